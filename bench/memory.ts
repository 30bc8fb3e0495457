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
  /**
   * The same ratio over heap-snapshot objects other than compiled code. V8 keeps optimising
   * the app's functions through the first few hundred steps; that code is not app state.
   */
  heapRatioExcludingCode?: number
  /** Bytes by heap-snapshot node type that grew most from step 20 to step 200. */
  growthByType?: Record<string, number>
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
    const byType = async () => {
      const chunks: string[] = []
      const onChunk = (e: { chunk: string }) => chunks.push(e.chunk)
      cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
      cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
      return sizesByType(JSON.parse(chunks.join('')) as HeapSnapshot)
    }
    const steps = stepCounter(page)
    await steps.until(20)
    const at20 = await heapAfterGc()
    const types20 = await byType()
    await steps.until(200)
    const at200 = await heapAfterGc()
    const types200 = await byType()
    const nonCode = (t: Map<string, number>) => [...t].reduce((n, [k, v]) => (k === 'code' ? n : n + v), 0)
    const growth = [...types200]
      .map(([k, v]) => [k, v - (types20.get(k) ?? 0)] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
    return {
      heapRatio: Math.round((at200.usedSize / at20.usedSize) * 1000) / 1000,
      heapRatioExcludingCode: Math.round((nonCode(types200) / nonCode(types20)) * 1000) / 1000,
      growthByType: Object.fromEntries(growth),
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

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
  nodes: number[]
}

/** Self sizes summed by V8 node type (object, code, string, native …). */
function sizesByType(s: HeapSnapshot): Map<string, number> {
  const fields = s.snapshot.meta.node_fields
  const width = fields.length
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  const names = s.snapshot.meta.node_types[0]
  const out = new Map<string, number>()
  for (let i = 0; i < s.nodes.length; i += width) {
    const type = names[s.nodes[i + typeAt] ?? 0] ?? '?'
    out.set(type, (out.get(type) ?? 0) + (s.nodes[i + sizeAt] ?? 0))
  }
  return out
}
