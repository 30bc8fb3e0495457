/**
 * Memory budget (SPEC §10): heap after 200 tour steps vs after 20, on `#/?tour=1&tourInterval=0.2`,
 * each read after a forced GC (CDP `HeapProfiler.collectGarbage`). Returns null with a note
 * while the app has no tour (`[data-testid=tour-toggle]` absent).
 */
import type { Browser, Page } from 'playwright-core'
import { openReady } from '../tests/e2e/browser'

export interface MemoryResult {
  /** The median over the snapshot-free passes (one unless `--memory-runs N`). */
  heapRatio: number | null
  /** Each snapshot-free pass's ratio, in run order. */
  heapRatioRuns?: number[]
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

export async function benchMemory(browser: Browser, base: string, runs = 1): Promise<MemoryResult> {
  // Passes on fresh pages: the ratio from heap usage alone (`runs` times: one reading lands on
  // whatever the 0.2 s tour is mounting at that moment, ±10 % run to run on a busy machine), then the
  // by-type diagnosis from heap snapshots (taking a snapshot at step 20 itself grows what is measured at step 200).
  const passes: NonNullable<Awaited<ReturnType<typeof tourPass>>>[] = []
  for (let i = 0; i < runs; i++) {
    const pass = await tourPass(browser, base, false)
    if (!pass)
      return { heapRatio: null, note: 'no tour yet ([data-testid=tour-toggle] absent); measured once the tour exists' }
    passes.push(pass)
  }
  const ratioOf = (p: (typeof passes)[number]) => Math.round((p.at200.usedSize / p.at20.usedSize) * 1000) / 1000
  const ratios = passes.map(ratioOf)
  const usage = [...passes].sort((a, b) => ratioOf(a) - ratioOf(b))[Math.floor((passes.length - 1) / 2)]!
  const snapshots = await tourPass(browser, base, true)
  const nonCode = (t: Map<string, number>) => [...t].reduce((n, [k, v]) => (k === 'code' ? n : n + v), 0)
  const t20 = snapshots?.types20 ?? new Map<string, number>()
  const t200 = snapshots?.types200 ?? new Map<string, number>()
  const growth = [...t200]
    .map(([k, v]) => [k, v - (t20.get(k) ?? 0)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
  return {
    heapRatio: ratioOf(usage),
    heapRatioRuns: ratios,
    ...(snapshots ? { heapRatioExcludingCode: Math.round((nonCode(t200) / nonCode(t20)) * 1000) / 1000 } : {}),
    growthByType: Object.fromEntries(growth),
    note:
      'tour steps counted as URL changes; heap = CDP Runtime.getHeapUsage after HeapProfiler.collectGarbage' +
      ' (a snapshot-free pass; a second pass takes the heap snapshots for the by-type figures)',
    heapAt20: usage.at20.usedSize,
    heapAt200: usage.at200.usedSize,
    performanceMemory: [usage.at20.perf, usage.at200.perf],
    seconds: usage.seconds,
  }
}

async function tourPass(browser: Browser, base: string, snapshots: boolean) {
  // A context of its own: a renderer process not shared with the pages benchmarked before.
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } })
  const page = await context.newPage()
  try {
    await openReady(page, base, `/?tour=1&tourInterval=${INTERVAL_S}`)
    if ((await page.$('[data-testid="tour-toggle"]')) === null) return null
    const cdp = await page.context().newCDPSession(page)
    // Full GCs until the heap stops shrinking (at most 6): V8 drops the bytecode of functions
    // unused over several GCs, so one GC still counts code of start-up paths never run again.
    const heapAfterGc = async () => {
      let usedSize = Infinity
      for (let i = 0; i < 6; i++) {
        await cdp.send('HeapProfiler.collectGarbage')
        const now = (await cdp.send('Runtime.getHeapUsage')).usedSize
        const shrank = now < usedSize * 0.995
        usedSize = Math.min(usedSize, now)
        if (!shrank && i > 0) break
      }
      const perf = await page.evaluate(
        () => (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null,
      )
      return { usedSize, perf }
    }
    const byType = async () => {
      if (!snapshots) return new Map<string, number>()
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
    return { at20, at200, types20, types200, seconds: steps.seconds() }
  } finally {
    await context.close()
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
