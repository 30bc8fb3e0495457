/**
 * Export timings (issue 17: every export of the sample data under 5 s): opens each view of the
 * built app in Chromium, exports each format through the menu as a user does, and times the click
 * to the download (lazy code and the CJK font included: each view runs in a fresh browser context,
 * as a first visit does: its first PDF fetches the CJK font, its first export the export code).
 */
import { statSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { openReady } from '../tests/e2e/browser'

export interface ExportTiming {
  route: string
  format: 'png' | 'pdf' | 'csv' | 'xlsx'
  /** Click on the menu item → the browser's download event. */
  ms: number
  /** The app's own figure (`export-last` data-ms): from the click to the file handed to the browser. */
  appMs: number | null
  bytes: number
  file: string
}

export interface ExportBenchResult {
  budgetMs: number
  maxMs: number
  runs: ExportTiming[]
}

export const EXPORT_BUDGET_MS = 5000

const ROUTES = ['/', '/talent', '/industry?district=370481&chain=lithium', '/innovation', '/?screen=1']
const FORMATS: ExportTiming['format'][] = ['png', 'pdf', 'csv', 'xlsx']

async function exportOnce(page: Page, route: string, format: ExportTiming['format']): Promise<ExportTiming> {
  await page.click('[data-testid="export-menu"]')
  const t0 = performance.now()
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.click(`[data-testid="export-${format}"]`),
  ])
  const ms = performance.now() - t0
  const { size } = statSync(await download.path())
  await page.waitForSelector('[data-testid="export-progress"]', { state: 'detached' })
  const appMs = await page.getAttribute('[data-testid="export-last"]', 'data-ms')
  return {
    route,
    format,
    ms,
    appMs: appMs === null ? null : Number(appMs),
    bytes: size,
    file: download.suggestedFilename(),
  }
}

export async function benchExport(
  browser: Browser,
  base: string,
  log: (m: string) => void,
): Promise<ExportBenchResult> {
  const runs: ExportTiming[] = []
  for (const route of ROUTES) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })
    const page = await context.newPage()
    try {
      await openReady(page, base, route)
      if (await page.$('[data-testid="map"]')) await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      await page.waitForTimeout(1000)
      for (const format of FORMATS) {
        const r = await exportOnce(page, route, format)
        log(`export ${route} ${format}: ${Math.round(r.ms)} ms (${Math.round(r.bytes / 1024)} KB)`)
        runs.push(r)
      }
    } finally {
      await context.close()
    }
  }
  return { budgetMs: EXPORT_BUDGET_MS, maxMs: Math.max(...runs.map((r) => r.ms)), runs }
}
