/**
 * Click figure (SPEC §10, issue 13): on the scale-S `#/industry` (Arrow), the five filter clicks of
 * `tests/e2e/scale.test.ts`, each timed by the longest script in one long animation frame from the
 * click until the map is idle again (the app's and its libraries' code, without the frame's rendering).
 */
import type { Browser } from 'playwright-core'
import { instrument, mapIdle, SCALE_CLICKS, type PerfWindow } from '../tests/e2e/scaleClicks'
import type { StaticServer } from '../tests/e2e/server'

export interface ClicksResult {
  scale: number
  /** The longest script in one frame over the five clicks. */
  longestScriptMs: number
  steps: { step: string; longestScriptMs: number; longestTaskMs: number }[]
}

const KPI = '[data-testid="kpi-enterprise-count"]'

export async function benchClicks(browser: Browser, server: StaticServer, scale: number): Promise<ClicksResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  try {
    const page = await context.newPage()
    await page.goto(`${server.url}#/industry`)
    await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 180_000 })
    await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
    await mapIdle(page)
    // tsx keeps function names with a `__name` helper that a function sent to the page does not carry.
    await page.evaluate('window.__name = (f) => f')
    await page.evaluate(instrument)
    const steps: ClicksResult['steps'] = []
    for (const step of SCALE_CLICKS) {
      await page.waitForTimeout(1500)
      const before = await page.getAttribute(KPI, 'data-value')
      await page.evaluate(() => {
        Object.assign((window as unknown as PerfWindow).__perf, { act: 0, kpi: 0, long: [], frameScripts: [] })
      })
      await step.act(page)
      // Every step changes the firm count (616 → 200,800 → 5,800 → 2,016 → 200,800 at scale 50).
      await page.waitForFunction(([sel, v]) => document.querySelector(sel)?.getAttribute('data-value') !== v, [
        KPI,
        before,
      ] as const)
      await mapIdle(page)
      await page.waitForTimeout(1000)
      const p = await page.evaluate(() => (window as unknown as PerfWindow).__perf)
      steps.push({
        step: step.name,
        longestScriptMs: Math.round(Math.max(0, ...p.frameScripts)),
        longestTaskMs: Math.round(Math.max(0, ...p.long)),
      })
    }
    return { scale, longestScriptMs: Math.max(...steps.map((s) => s.longestScriptMs)), steps }
  } finally {
    await context.close()
  }
}
