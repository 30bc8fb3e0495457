import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { KpiId } from '../../src/domain/kpis'
import type { DatasetName } from '../../src/domain/types'
import { launch, openPage } from './browser'
import { corpus, installOverrides, type CorpusCase, type Outcome } from './corpus'
import { expectedKpis } from './expected'
import { DIST, startServer, type StaticServer } from './server'

/** E2E_DIST lets a run use its own build (others may be rebuilding dist/ meanwhile). */
const ROOT = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : DIST
const KPIS: readonly KpiId[] = ['talent-stock', 'talent-inflow', 'enterprise-count', 'platform-count', 'postdoc-count']
const NEEDS: Partial<Record<DatasetName, KpiId[]>> = {
  talent: ['talent-stock', 'talent-inflow'],
  enterprises: ['enterprise-count'],
  platforms: ['platform-count', 'postdoc-count'],
}
const ROUTE_KPI: Record<string, KpiId> = {
  '/talent': 'talent-stock',
  '/industry': 'enterprise-count',
  '/innovation': 'platform-count',
}

// Two cases at a time, each with its own server: page loads overlap the cases' deliberate waits.
vi.setConfig({ maxConcurrency: 2 })

let browser: Browser
let baseline: Record<KpiId, number>

function readServed() {
  const read = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'api/v1', name), 'utf8')) as never
  const e = read('enterprises') as { items: never[] }
  const p = read('platforms') as { items: never[] }
  return { meta: read('meta'), talent: read('talent'), enterprises: e.items, platforms: p.items }
}

beforeAll(async () => {
  browser = await launch()
  baseline = expectedKpis(readServed(), {})
})
afterAll(async () => {
  await browser?.close()
})

async function kpiValues(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate((ids) => {
    const out: Record<string, string | null> = {}
    for (const id of ids)
      out[id] = document.querySelector(`[data-testid="kpi-${id}"]`)?.getAttribute('data-value') ?? null
    return out
  }, KPIS)
}

async function notice(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="data-notice"]')
    if (!el) return null
    const reasons: Record<string, number> = {}
    for (const s of el.querySelectorAll('[data-reason]'))
      reasons[s.getAttribute('data-reason')!] = Number(s.getAttribute('data-count'))
    return { count: Number(el.getAttribute('data-count')), reasons }
  })
}

async function failedNames(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="error-panel"] [data-dataset]', (els) =>
    els.map((e) => e.getAttribute('data-dataset')!).sort(),
  )
}

async function checkOutcome(page: Page, want: Outcome): Promise<void> {
  if ('failed' in want) {
    expect(await failedNames(page)).toEqual([...want.failed].sort())
    for (const name of want.failed) expect(await page.isVisible(`[data-testid="retry-${name}"]`)).toBe(true)
    expect(await notice(page)).toBeNull()
    return
  }
  expect(await page.$('[data-testid="error-panel"]')).toBeNull()
  if ('ok' in want) {
    expect(await notice(page)).toBeNull()
    return
  }
  const total = Object.values(want.dropped).reduce((a, b) => a + b, 0)
  expect(await notice(page)).toEqual({ count: total, reasons: want.dropped })
}

/** KPIs of views that do not need a failed dataset still show; those that do show "unavailable". */
async function checkKpis(page: Page, c: CorpusCase): Promise<void> {
  const failed = 'failed' in c.expect ? c.expect.failed : []
  const blank = new Set(failed.flatMap((n) => NEEDS[n] ?? []))
  const values = await kpiValues(page)
  for (const id of KPIS) {
    if (blank.has(id)) expect(values[id], id).toBe('')
    else expect(values[id], id).toMatch(/^\d+$/)
  }
  const exact = c.kpis === 'baseline' ? baseline : c.kpis
  if (exact) for (const [id, v] of Object.entries(exact)) expect(Number(values[id]), id).toBe(v)
  if (failed.length && !failed.includes('meta')) {
    for (const id of KPIS) if (!blank.has(id)) expect(Number(values[id]), id).toBe(baseline[id])
  }
}

/**
 * The page still answers within 2 s once its work is done, stays settled and ran no injected script.
 * "Done" = the map (if any) has loaded and the main thread went idle once; a page stuck in a loop never gets there.
 */
async function checkAlive(page: Page): Promise<void> {
  if (await page.$('[data-testid="map"]'))
    await page.waitForSelector('[data-testid="map"][data-loaded="1"]', { state: 'attached', timeout: 20_000 })
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })))
  const answer = await Promise.race([page.evaluate(() => 1), new Promise((r) => setTimeout(() => r('frozen'), 2000))])
  expect(answer).toBe(1)
  expect(await page.getAttribute('body', 'data-ready')).toBe('1')
  const injected = await page.evaluate(() => ({
    xss: (window as { __xss?: unknown }).__xss ?? null,
    img: document.querySelectorAll('img[src="x"]').length,
  }))
  expect(injected).toEqual({ xss: null, img: 0 })
}

async function visit(page: Page, route: string): Promise<void> {
  await page.evaluate((h) => (location.hash = h), route)
  await page.waitForSelector(`[data-testid="kpi-${ROUTE_KPI[route] ?? 'talent-stock'}"]`, { timeout: 15_000 })
  await page.waitForTimeout(600)
}

/** Clicks retry for each failed dataset; once loaded, the panel is gone and every KPI is back. */
async function retry(page: Page, names: DatasetName[]): Promise<void> {
  for (const name of names) {
    await page.click(`[data-testid="retry-${name}"]`)
    await page.waitForSelector(`[data-testid="error-panel"] [data-dataset="${name}"]`, {
      state: 'detached',
      timeout: 20_000,
    })
  }
  const want = Object.fromEntries(KPIS.map((id) => [id, String(baseline[id])]))
  await page.waitForFunction(
    (w) =>
      Object.entries(w).every(
        ([id, v]) => document.querySelector(`[data-testid="kpi-${id}"]`)?.getAttribute('data-value') === v,
      ),
    want,
    { timeout: 30_000 },
  )
  await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 10_000 })
  expect(await page.$('[data-testid="error-panel"]')).toBeNull()
  expect(await kpiValues(page)).toEqual(want)
}

async function run(c: CorpusCase): Promise<void> {
  const server: StaticServer = await startServer(ROOT)
  const uninstall = installOverrides(server, ROOT, [{ path: c.path, response: c.response }, ...(c.also ?? [])])
  // Page errors, plus unhandled rejections and uncaught errors reported on the console.
  const { page, errors, close } = await openPage(browser, {
    viewport: { width: 1100, height: 760 },
    consoleErrors: (m) => /unhandled|uncaught/i.test(m.text()),
  })
  try {
    await page.goto(`${server.url}#/`)
    await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
    await checkOutcome(page, c.expect)
    await checkKpis(page, c)
    if (c.route) {
      await visit(page, c.route)
      await checkOutcome(page, c.expect)
      await visit(page, '/')
    }
    await checkAlive(page)
    if (c.retry && 'failed' in c.expect) {
      uninstall()
      await retry(page, c.expect.failed)
      await checkAlive(page)
    }
    expect(errors).toEqual([])
  } finally {
    uninstall()
    await close()
    await server.close()
  }
}

describe.concurrent('bad-input corpus against the built app', () => {
  it('has at least 25 cases with distinct names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25)
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length)
  })
  for (const c of corpus) it(c.name, () => run(c), 90_000)
})
