/**
 * Memory budget (SPEC §10): heap after 200 tour steps vs after 20, on `#/?tour=1&tourInterval=0.2`,
 * each read after a forced GC (CDP `HeapProfiler.collectGarbage`). Returns null with a note
 * while the app has no tour (`[data-testid=tour-toggle]` absent).
 */
import type { Browser, Page } from 'playwright-core'
import { openReady } from '../tests/e2e/browser'

export interface MemoryResult {
  heapRatio: number | null
  note: string
  /** Used JS heap (bytes) after GC at step 20 and step 200. */
  heapAt20?: number
  heapAt200?: number
  /** `performance.memory.usedJSHeapSize` at the same two moments (coarse in Chromium). */
  performanceMemory?: [number | null, number | null]
  seconds?: number
}

/** Counts tour steps as changes of the page URL (the tour calls router.replace once per step). */
function stepCounter(page: Page) {
  const started = Date.now()
  let last = page.url()
  let count = 0
  return {
    async until(step: number) {
      const deadline = Date.now() + step * INTERVAL_S * 1000 * 20 + 60_000
      while (count < step) {
        if (Date.now() > deadline) throw new Error(`tour reached only step ${count} of ${step}`)
        await page.waitForTimeout(20)
        const url = page.url()
        if (url !== last) count += 1
        last = url
      }
    },
    seconds: () => Math.round((Date.now() - started) / 100) / 10,
  }
}

const INTERVAL_S = 0.2

export async function benchMemory(browser: Browser, base: string): Promise<MemoryResult> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
  try {
    await openReady(page, base, `/?tour=1&tourInterval=${INTERVAL_S}`)
    if ((await page.$('[data-testid="tour-toggle"]')) === null) {
      return { heapRatio: null, note: 'no tour yet ([data-testid=tour-toggle] absent); measured once the tour exists' }
    }
    const cdp = await page.context().newCDPSession(page)
    const heapAfterGc = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      const { usedSize } = await cdp.send('Runtime.getHeapUsage')
      const perf = await page.evaluate(
        () => (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
      )
      return { usedSize, perf }
    }
    const steps = stepCounter(page)
    await steps.until(20)
    const at20 = await heapAfterGc()
    await steps.until(200)
    const at200 = await heapAfterGc()
    return {
      heapRatio: Math.round((at200.usedSize / at20.usedSize) * 1000) / 1000,
      note: 'tour steps counted as URL changes; heap = CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage',
      heapAt20: at20.usedSize,
      heapAt200: at200.usedSize,
      performanceMemory: [at20.perf, at200.perf],
      seconds: steps.seconds(),
    }
  } finally {
    await page.close()
  }
}
