/**
 * The five filter clicks on `#/industry` that `scale.test.ts` checks (every KPI against a recount) and
 * `npm run bench` times (the longest script in one frame, SPEC §10), and the page probes both read.
 */
import type { Page } from 'playwright-core'
import type { Expect } from './expected'

export interface ClickStep {
  name: string
  act: (page: Page) => Promise<void>
  expect: Expect
}

export type PerfWindow = Window & {
  __perf: { act: number; kpi: number; long: number[]; frameScripts: number[] }
}

/** Observers for long tasks, long animation frames, the last user input and the KPI's last change. */
export function instrument() {
  const w = window as unknown as PerfWindow
  w.__perf = { act: 0, kpi: 0, long: [], frameScripts: [] }
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) w.__perf.long.push(e.duration)
  }).observe({ type: 'longtask' })
  new PerformanceObserver((l) => {
    for (const e of l.getEntries() as (PerformanceEntry & { scripts?: { duration: number }[] })[])
      w.__perf.frameScripts.push(Math.max(0, ...(e.scripts ?? []).map((s) => s.duration)))
  }).observe({ type: 'long-animation-frame' })
  const mark = () => {
    if (!w.__perf.act) w.__perf.act = performance.now()
  }
  window.addEventListener('pointerdown', mark, true)
  window.addEventListener('change', mark, true)
  new MutationObserver(() => (w.__perf.kpi = performance.now())).observe(document.body, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-value'],
  })
}

export async function mapIdle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
          __map: { once(ev: string, fn: () => void): void; triggerRepaint(): void }
        }
        el.__map.once('idle', () => resolve())
        el.__map.triggerRepaint()
      }),
  )
}

async function districtBar(page: Page, adcode: string) {
  await page.locator('[data-testid="chart-industry-district"]').scrollIntoViewIfNeeded()
  return page.evaluate((id) => {
    type Opt = { series: { data: { clickId: string; value: number }[] }[] }
    const el = document.querySelector('[data-testid="chart-industry-district"] .chart-canvas') as HTMLElement & {
      __chart: { getOption(): Opt; convertToPixel(f: object, v: number[]): number[] }
    }
    const rows = el.__chart.getOption().series[0]!.data
    const row = rows.findIndex((d) => d.clickId === id)
    const [x, y] = el.__chart.convertToPixel({ gridIndex: 0 }, [rows[row]!.value / 2, row])
    const r = el.getBoundingClientRect()
    return { x: r.left + x!, y: r.top + y! }
  }, adcode)
}

export const SCALE_CLICKS: ClickStep[] = [
  {
    name: 'segment box click (narrow)',
    act: (p) => p.click('[data-testid="chain-segment-lithium-cathode"]'),
    expect: { segment: 'lithium-cathode' },
  },
  {
    name: 'same box again (widen to all)',
    act: (p) => p.click('[data-testid="chain-segment-lithium-cathode"]'),
    expect: {},
  },
  {
    name: 'chain selector → lithium',
    act: async (p) => void (await p.selectOption('[data-testid="chain-select"]', 'lithium')),
    expect: { chain: 'lithium' },
  },
  {
    name: 'district bar 滕州市',
    act: async (p) => {
      const pt = await districtBar(p, '370481')
      await p.mouse.click(pt.x, pt.y)
    },
    expect: { chain: 'lithium', district: ['370481'] },
  },
  { name: 'reset (widen to all)', act: (p) => p.click('[data-testid="filter-reset"]'), expect: {} },
]
