/**
 * Live refresh (issue 19) against the built app: the server's data and its dataVersion change under
 * a running page; the new KPIs appear without a navigation, nothing else the user set moves, and a
 * broken update leaves the last good figures with a quiet notice.
 */
import type { ServerResponse } from 'node:http'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Enterprise, Talent } from '../../src/domain/types'
import { kpi, launch, openReady, withFreshPage } from './browser'
import { expectedKpis, served, type Expect } from './expected'
import { startServer, type StaticServer } from './server'

type Served = ReturnType<typeof served>

let browser: Browser
let server: StaticServer
const base = served()

/** What the server answers now: the data, its version, and a dataset to break. */
const now: { data: Served; version: string; broken: 'enterprises' | 'meta' | null } = {
  data: base,
  version: 'v1',
  broken: null,
}

function sendJson(res: ServerResponse, body: unknown, status = 200) {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
}

beforeAll(async () => {
  browser = await launch()
  server = await startServer()
  const config = { apiBase: './api/v1', basemap: null, title: '枣庄人才·产业·科创地图', refreshSeconds: 1 }
  server.overrides.set('/config.json', (_req, res) => sendJson(res, config))
  server.overrides.set('/api/v1/meta', (_req, res) =>
    now.broken === 'meta'
      ? sendJson(res, { error: 'down' }, 503)
      : sendJson(res, { ...now.data.meta, dataVersion: now.version }),
  )
  server.overrides.set('/api/v1/talent', (_req, res) => sendJson(res, now.data.talent))
  server.overrides.set('/api/v1/enterprises', (_req, res) =>
    sendJson(res, now.broken === 'enterprises' ? { items: 'not a list' } : { items: now.data.enterprises }),
  )
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})
beforeEach(() => {
  now.data = base
  now.version = 'v1'
  now.broken = null
})

/** A new data version: talent stock doubled, and every third firm gone (but `keep`). */
function nextData(d: Served, keep = ''): Served {
  const talent: Talent = { ...d.talent, cells: d.talent.cells.map((c) => ({ ...c, stock: c.stock * 2 })) }
  const enterprises: Enterprise[] = d.enterprises.filter((f, i) => i % 3 !== 0 || f.id === keep)
  return { ...d, talent, enterprises }
}

const KPI_IDS = ['talent-stock', 'talent-inflow', 'enterprise-count', 'platform-count', 'postdoc-count']

/** The SPEC §11 KPIs the view shows, by id. */
async function kpis(page: Page): Promise<Record<string, number | null>> {
  const present = await page.$$eval('[data-testid^="kpi-"]', (els) =>
    els.map((e) => e.getAttribute('data-testid')!.slice(4)),
  )
  const on = KPI_IDS.filter((id) => present.includes(id))
  expect(on.length).toBeGreaterThan(0)
  return Object.fromEntries(await Promise.all(on.map(async (id) => [id, await kpi(page, id)])))
}

/** `all` restricted to the KPIs the view shows. */
async function shown(page: Page, all: Record<string, number>) {
  const ids = Object.keys(await kpis(page))
  return Object.fromEntries(ids.map((id) => [id, all[id]]))
}

async function waitKpi(page: Page, id: string, value: number | null) {
  await page.waitForSelector(`[data-testid="kpi-${id}"][data-value="${value}"]`, { timeout: 20_000 })
}

/** Counts frames in which the page showed no data: data-ready gone, a KPI empty, an error panel. */
const WATCH_BLANK = () => {
  const w = window as unknown as { __blank: string[]; __marker: number }
  w.__blank = []
  w.__marker = 42
  const check = () => {
    if (document.body.dataset.ready !== '1') w.__blank.push('not ready')
    if (document.querySelector('[data-testid="error-panel"]')) w.__blank.push('error panel')
    for (const el of document.querySelectorAll('[data-testid^="kpi-"]'))
      if (!el.getAttribute('data-value')) w.__blank.push(`empty ${el.getAttribute('data-testid')}`)
    requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

const pageState = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __blank: string[]; __marker?: number }
    return { marker: w.__marker, blank: [...new Set(w.__blank)], hash: location.hash }
  })

describe('live refresh', () => {
  it('desk: new KPIs appear in place; filters, drawer and map view stay; a broken update keeps them', async () => {
    await withFreshPage(browser, async (page, errors) => {
      const filters: Expect = { district: ['370481'], chain: 'lithium' }
      await openReady(page, server.url, '/industry?district=370481&chain=lithium')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      await page.waitForSelector('[data-testid="data-checked"]')
      expect(await kpis(page)).toEqual(await shown(page, expectedKpis(base, filters)))
      const first = page.locator('[data-testid="chart-industry-top"] [data-testid^="top-firm-"]').first()
      const firmId = (await first.getAttribute('data-testid'))!.replace('top-firm-', '')
      await first.click()
      await page.waitForSelector(`[data-testid="detail-drawer"][data-id="${firmId}"]`)
      const view = () =>
        page.evaluate(() => {
          type M = { getCenter(): { lng: number; lat: number }; getZoom(): number }
          const m = (document.querySelector('[data-testid="map"]') as unknown as { __map: M }).__map
          return { center: m.getCenter(), zoom: m.getZoom() }
        })
      await page.evaluate(() => {
        type M = { jumpTo(o: object): void }
        const m = (document.querySelector('[data-testid="map"]') as unknown as { __map: M }).__map
        m.jumpTo({ center: [117.2, 34.9], zoom: 11.5 })
      })
      const viewBefore = await view()
      await page.evaluate(WATCH_BLANK)
      const { hash } = await pageState(page)

      now.data = nextData(base, firmId)
      now.version = 'v2'
      const v2 = expectedKpis(now.data, filters)
      expect(v2['enterprise-count']).not.toBe(expectedKpis(base, filters)['enterprise-count'])
      await waitKpi(page, 'enterprise-count', v2['enterprise-count'])
      expect(await kpis(page)).toEqual(await shown(page, v2))
      expect(await page.isVisible('[data-testid="data-updated"]')).toBe(true)
      expect(await page.textContent('[data-testid="data-updated"]')).toContain('数据已更新')
      expect(await pageState(page)).toEqual({ marker: 42, blank: [], hash })
      expect(await page.isVisible('[data-testid="filter-chip-district"]')).toBe(true)
      expect(await page.isVisible('[data-testid="filter-chip-chain"]')).toBe(true)
      expect(await page.getAttribute('[data-testid="detail-drawer"]', 'data-id')).toBe(firmId)
      expect(await view()).toEqual(viewBefore)

      // A new version whose firms fail validation as a whole: reported, not swapped in.
      now.data = nextData(now.data, firmId)
      now.version = 'v3'
      now.broken = 'enterprises'
      const notice = page.locator('[data-testid="refresh-failed"]')
      await notice.waitFor({ timeout: 20_000 })
      expect(await notice.textContent()).toMatch(/更新失败（企业数据不可用），显示 \d\d:\d\d 的数据/)
      // The server is down altogether: still the v2 figures, the plain notice.
      now.broken = 'meta'
      await page.waitForFunction(
        () =>
          /^更新失败，显示 \d\d:\d\d 的数据$/.test(
            document.querySelector('[data-testid="refresh-failed"]')?.textContent?.trim() ?? '',
          ),
        undefined,
        { timeout: 20_000 },
      )
      expect(await kpis(page)).toEqual(await shown(page, v2))
      expect(await page.isVisible('[data-testid="error-panel"]')).toBe(false)

      // Repaired: v3 comes in, the notice goes.
      now.broken = null
      const v3 = expectedKpis(now.data, filters)
      await waitKpi(page, 'enterprise-count', v3['enterprise-count'])
      await notice.waitFor({ state: 'detached' })
      expect(await pageState(page)).toEqual({ marker: 42, blank: [], hash })
      expect(errors).toEqual([])
    })
  }, 120_000)

  it('big screen: the tour keeps its step and pause while the data changes', async () => {
    await withFreshPage(browser, async (page, errors) => {
      await openReady(page, server.url, '/?screen=1&tour=1&tourInterval=1')
      await page.waitForFunction(
        () => Number(document.querySelector('[data-testid="tour-caption"]')?.getAttribute('data-visited')) >= 1,
        undefined,
        { timeout: 20_000 },
      )
      await page.keyboard.press('Shift')
      await page.waitForSelector('[data-testid="tour-caption"][data-paused="1"]')
      const caption = () =>
        page.$eval('[data-testid="tour-caption"]', (el) => ({
          step: el.getAttribute('data-step'),
          visited: el.getAttribute('data-visited'),
          route: el.getAttribute('data-route'),
          focus: el.getAttribute('data-focus'),
        }))
      const before = await caption()
      await page.evaluate(WATCH_BLANK)
      const { hash } = await pageState(page)

      now.data = nextData(base)
      now.version = 'v2'
      await page.waitForSelector('[data-testid="data-updated"]', { state: 'attached', timeout: 20_000 })
      expect(await caption()).toEqual(before)
      expect(await pageState(page)).toEqual({ marker: 42, blank: [], hash })
      expect(errors).toEqual([])
    })
  }, 120_000)
})
