/**
 * The built app in server mode (`config.json` `"mode": "server"`) against the server mode API
 * on a throwaway PostgreSQL/PostGIS cluster holding the sample data: every route shows the KPIs
 * a plain recount of the served JSON gives, the point layers read vector tiles, filter changes
 * are answered by the server (the latest one wins), and nothing errors.
 */
import type { FastifyInstance } from 'fastify'
import type { Browser, Page } from 'playwright-core'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildApp } from '../../server/app'
import { createPool } from '../../server/pool'
import { freePort, startTestDb, type TestDb } from '../server/harness'
import { kpi, launch, withFreshPage } from './browser'
import { expectedKpis, served, type Expect } from './expected'
import { DIST } from './server'

let db: TestDb
let pool: pg.Pool
let app: FastifyInstance
let base: string
let browser: Browser
const requests: string[] = []

beforeAll(async () => {
  db = await startTestDb(1)
  pool = createPool(db.readerUrl, 4)
  app = await buildApp({ pool, distDir: DIST })
  app.addHook('onRequest', (req, _reply, done) => {
    requests.push(req.url)
    done()
  })
  const port = await freePort()
  await app.listen({ port, host: '127.0.0.1' })
  base = `http://127.0.0.1:${port}/`
  browser = await launch()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await app?.close()
  await pool?.end()
  db?.stop()
})

const KPIS_OF: Record<string, readonly string[]> = {
  '/': ['talent-stock', 'talent-inflow', 'enterprise-count', 'platform-count', 'postdoc-count'],
  '/talent': ['talent-stock', 'talent-inflow'],
  '/industry': ['enterprise-count', 'platform-count'],
  '/innovation': ['platform-count', 'postdoc-count'],
}

/** Waits until every KPI on the page shows the recount (the server answers asynchronously). */
async function expectKpis(page: Page, route: string, e: Expect) {
  const want = expectedKpis(served(), e)
  for (const id of KPIS_OF[route] ?? []) {
    await expect
      .poll(() => kpi(page, id), { timeout: 20_000, message: `${route} ${id}` })
      .toBe(want[id as keyof typeof want])
  }
}

const cases: { query: string; e: Expect }[] = [
  { query: '', e: {} },
  { query: 'district=370481&chain=lithium', e: { district: ['370481'], chain: 'lithium' } },
  {
    query: 'year=2019-2022&entType=specialized&platformKind=key-lab',
    e: { years: [2019, 2022], entType: 'specialized', platformKind: 'key-lab' },
  },
  {
    query: 'talentType=professional&education=master&segment=lithium-cathode',
    e: { talentType: 'professional', education: 'master', segment: 'lithium-cathode' },
  },
  // The name search narrows the firms and platforms in server mode too.
  { query: 'q=科技&chain=lithium', e: { q: '科技', chain: 'lithium' } },
]

describe('server mode', () => {
  for (const route of Object.keys(KPIS_OF)) {
    it(`${route}: the KPIs equal a recount of the served data for each filter set`, async () => {
      await withFreshPage(browser, async (page, errors) => {
        for (const { query, e } of cases) {
          // A full load per case: the permalink alone must reopen the view.
          await page.goto('about:blank')
          await page.goto(`${base}#${route}${query ? `?${query}` : ''}`)
          await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
          await expectKpis(page, route, e)
        }
        expect(errors).toEqual([])
      })
    })
  }

  it('asks the server, not the datasets: /query per filter change, point tiles, no talent cells', async () => {
    await withFreshPage(browser, async (page, errors) => {
      requests.length = 0
      await page.goto(`${base}#/industry`)
      await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      await expect.poll(() => requests.some((u) => u.startsWith('/api/v1/tiles/')), { timeout: 20_000 }).toBe(true)
      expect(requests.filter((u) => u.startsWith('/api/v1/talent'))).toEqual(['/api/v1/talent?cells=0'])
      expect(requests.some((u) => u.startsWith('/api/v1/query?'))).toBe(true)
      // Two quick changes: the last one's answer is what shows.
      await page.selectOption('[data-testid="chain-select"]', 'chemical')
      await page.selectOption('[data-testid="chain-select"]', 'lithium')
      await expectKpis(page, '/industry', { chain: 'lithium' })
      expect(page.url()).toContain('chain=lithium')
      expect(requests.some((u) => u.startsWith('/api/v1/tiles/') && u.includes('chain=lithium'))).toBe(true)
      await page.waitForSelector('[data-testid="server-loading"]', { state: 'detached' })
      expect(errors).toEqual([])
    })
  })

  it('search asks the server: KPIs, hits and tiles follow the text, a hit opens its drawer', async () => {
    const firm = served().enterprises.find((f) => f.chain === 'lithium' && f.district === '370481')!
    await withFreshPage(browser, async (page, errors) => {
      // As with a province's data, the first page of firms the SPA loads does not hold the firm.
      await page.route(
        (u) => u.pathname === '/api/v1/enterprises' && u.search === '?order=output&limit=10000',
        async (route) => {
          const res = await route.fetch()
          const body = (await res.json()) as { items: { id: string }[] }
          const items = body.items.filter((f) => f.id !== firm.id).slice(0, 5)
          await route.fulfill({ response: res, json: { ...body, items } })
        },
      )
      await page.goto(`${base}#/industry`)
      await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
      requests.length = 0
      await page.fill('[data-testid="filter-q"]', firm.name)
      await expectKpis(page, '/industry', { q: firm.name })
      expect(requests.some((u) => u.startsWith('/api/v1/query?') && u.includes('q='))).toBe(true)
      await page.click(`[data-testid="search-hit-${firm.id}"]`)
      await page.waitForSelector(`[data-testid="detail-drawer"][data-id="${firm.id}"]`)
      await expect.poll(() => page.textContent('[data-testid="detail-drawer"]')).toContain(firm.name)
      expect(requests).toContain(`/api/v1/enterprises?id=${firm.id}&limit=1`)
      await expect
        .poll(() => requests.some((u) => u.startsWith('/api/v1/tiles/') && u.includes('q=')), { timeout: 20_000 })
        .toBe(true)
      expect(errors).toEqual([])
    })
  })
})
