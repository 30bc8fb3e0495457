import { readFileSync } from 'node:fs'
import { distance } from '@turf/turf'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { kpi, openReady, withFreshPage } from './browser'
import { expectedKpis, served } from './expected'
import { useBrowserAndServer } from './suite'

let cached: ReturnType<typeof served> | null = null
const data = () => (cached ??= served())

const env = useBrowserAndServer()

const withPage = <T>(fn: (page: Page, errors: string[]) => Promise<T>) =>
  withFreshPage(env.browser, fn, { viewport: { width: 1600, height: 1000 }, downloads: true })

const hashQuery = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '')

type MapHook = HTMLElement & {
  __map: {
    jumpTo(o: object): void
    getCenter(): { lng: number; lat: number }
    once(ev: string, fn: () => void): void
    triggerRepaint(): void
    getStyle(): { layers: { id: string }[] }
    project(c: [number, number]): { x: number; y: number }
    queryRenderedFeatures(o?: object): { properties: Record<string, unknown>; layer: { id: string } }[]
  }
}

async function mapIdle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const m = (document.querySelector('[data-testid="map"]') as MapHook).__map
        m.once('idle', () => resolve())
        m.triggerRepaint()
      }),
  )
}

/** Clicks `selector` and returns the downloaded file's name and text. */
async function downloadOf(page: Page, selector: string) {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click(selector)])
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') }
}

describe('URL state of the analyst desk', () => {
  it('a reversed year range is normalised and the URL rewritten, with no notice', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/industry?year=2024-2019')
      await page.waitForFunction(() => location.hash.includes('year=2019-2024'))
      expect(page.url()).not.toContain('2024-2019')
      expect(await page.isVisible('[data-testid="url-notice"]')).toBe(false)
      expect(await page.inputValue('[data-testid="year-from"]')).toBe('2019')
      expect(await page.inputValue('[data-testid="year-to"]')).toBe('2024')
      expect(await kpi(page, 'enterprise-count')).toBe(
        expectedKpis(data(), { years: [2019, 2024] })['enterprise-count'],
      )
      expect(errors).toEqual([])
    })
  })

  it('repeated parameters are merged: district=370481&district=370403 keeps both', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/?district=370481&district=370403')
      await page.waitForFunction(() => location.hash.includes('district=370403,370481'))
      expect(hashQuery(page).getAll('district')).toEqual(['370403,370481'])
      const chip = await page.textContent('[data-testid="filter-chip-district"]')
      expect(chip).toContain('薛城区')
      expect(chip).toContain('滕州市')
      const want = expectedKpis(data(), { district: ['370403', '370481'] })
      for (const id of ['talent-stock', 'enterprise-count', 'platform-count'] as const) {
        expect(await kpi(page, id)).toBe(want[id])
      }
    })
  })

  it('a notice about ignored values goes with the next valid change, and with the next valid link', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/?chain=nope&district=370481')
      await page.waitForSelector('[data-testid="url-notice"]')
      // A tab switch is no change of filters: the notice stays.
      await page.click('[data-testid="nav-talent"]')
      await page.waitForFunction(() => location.hash.startsWith('#/talent'))
      expect(await page.isVisible('[data-testid="url-notice"]')).toBe(true)
      await page.selectOption('[data-testid="filter-education"]', 'doctor')
      await page.waitForSelector('[data-testid="url-notice"]', { state: 'detached' })
      // Again from a bad link, then a valid link.
      await page.goto(`${env.server.url}#/?year=1900`)
      await page.waitForSelector('[data-testid="url-notice"]')
      await page.goto(`${env.server.url}#/?year=2022`)
      await page.waitForSelector('[data-testid="url-notice"]', { state: 'detached' })
      expect(await page.inputValue('[data-testid="year-from"]')).toBe('2022')
    })
  })

  it('the map layer (layer=) and the talent metric (metric=) are in the link and survive a reload', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/industry?layer=heat')
      await page.waitForSelector('[data-testid="map-layer-legend"][data-mode="heatmap"]')
      await page.click('[data-testid="map-layer-hexbin"]')
      await page.waitForFunction(() => location.hash.includes('layer=hex'))
      await page.reload()
      await page.waitForSelector('body[data-ready="1"]', { state: 'attached' })
      await page.waitForSelector('[data-testid="map-layer-legend"][data-mode="hexbin"]')
      await page.click('[data-testid="map-layer-clusters"]')
      await page.waitForFunction(() => !location.hash.includes('layer='))

      await openReady(page, env.server.url, '/talent?metric=inflow')
      await page.waitForSelector('[data-testid="map"][data-metric="inflow"]')
      await page.click('[data-testid="map-metric-youngShare"]')
      await page.waitForFunction(() => location.hash.includes('metric=youngShare'))
      await page.reload()
      await page.waitForSelector('[data-testid="map"][data-metric="youngShare"]')
      expect(await page.getAttribute('[data-testid="map-metric-youngShare"]', 'aria-pressed')).toBe('true')
    })
  })
})

describe('search that shows', () => {
  it('q filters firms and platforms by name: KPIs, the firm chart and the top-firms list follow', async () => {
    const q = '锂电'
    const want = expectedKpis(data(), { q })
    const names = data()
      .enterprises.filter((f) => f.name.includes(q))
      .sort((a, b) => b.outputValue - a.outputValue)
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, `/industry?q=${encodeURIComponent(q)}`)
      expect(await kpi(page, 'enterprise-count')).toBe(want['enterprise-count'])
      expect(await kpi(page, 'platform-count')).toBe(want['platform-count'])
      expect(want['enterprise-count']).toBeLessThan(data().enterprises.length)
      const top = await page.$$eval('[data-testid="chart-industry-top"] tbody button', (b) =>
        b.map((x) => x.textContent?.trim()),
      )
      expect(top.every((n) => n?.includes(q))).toBe(true)
      expect(top[0]).toBe(names[0]?.name)
      expect(await page.textContent('[data-testid="filter-chip-q"]')).toContain(q)
      expect(errors).toEqual([])
    })
  })

  it('the picked firm is marked on the map above every cluster, with its drawer open', async () => {
    const firm = data().enterprises.find((f) => f.district === '370481' && f.chain === 'lithium')!
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/industry')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      await page.fill('[data-testid="filter-q"]', firm.name)
      await page.click(`[data-testid="search-hit-${firm.id}"]`)
      await page.waitForSelector(`[data-testid="detail-drawer"][data-id="${firm.id}"]`)
      await page.waitForSelector(`[data-testid="map-highlight"][data-id="${firm.id}"]`, { state: 'attached' })
      await page.waitForTimeout(1200) // the fly-to
      await mapIdle(page)
      const seen = await page.evaluate(
        ([lon, lat]) => {
          const m = (document.querySelector('[data-testid="map"]') as MapHook).__map
          const p = m.project([lon!, lat!])
          const hits = m.queryRenderedFeatures([p.x, p.y] as never)
          const ids = m.getStyle().layers.map((l) => l.id)
          return {
            top: hits[0]?.layer.id,
            id: hits[0]?.properties.id,
            above: ids.indexOf('highlight-point') > ids.indexOf('firm-clusters'),
          }
        },
        [firm.lon, firm.lat],
      )
      expect(seen.top).toBe('highlight-point')
      expect(seen.id).toBe(firm.id)
      expect(seen.above).toBe(true)
    })
  })
})

describe('radius tool', () => {
  it('lists the firms and platforms inside like a turf recount, opens their drawers and exports them', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/industry?chain=lithium')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      const centre = await page.evaluate(() => {
        const m = (document.querySelector('[data-testid="map"]') as MapHook).__map
        const c = m.getCenter()
        return { lon: c.lng, lat: c.lat }
      })
      await page.click('[data-testid="radius-here"]')
      const list = page.locator('[data-testid="radius-list"]')
      await list.waitFor()
      const km = Number(await page.getAttribute('[data-testid="radius-result"]', 'data-km'))
      const near = (p: { lon: number; lat: number }) =>
        distance([centre.lon, centre.lat], [p.lon, p.lat], { units: 'kilometers' }) <= km
      const last = Math.max(...data().meta.years)
      const firms = data().enterprises.filter((f) => f.chain === 'lithium' && f.founded <= last && near(f))
      const plats = data().platforms.filter((p) => p.chain === 'lithium' && p.founded <= last && near(p))
      expect(firms.length + plats.length).toBeGreaterThan(0)
      expect(Number(await list.getAttribute('data-firms'))).toBe(firms.length)
      expect(Number(await list.getAttribute('data-platforms'))).toBe(plats.length)
      const shown = await page.$$eval('[data-testid^="radius-item-"]', (b) =>
        b.map((x) => x.getAttribute('data-testid')!.slice('radius-item-'.length)).sort(),
      )
      expect(shown).toEqual([...firms, ...plats].map((x) => x.id).sort())
      const first = [...firms, ...plats][0]!
      await page.click(`[data-testid="radius-item-${first.id}"]`)
      await page.waitForSelector(`[data-testid="detail-drawer"][data-id="${first.id}"]`)
      await page.click('[data-testid="detail-close"]')
      const file = await downloadOf(page, '[data-testid="radius-export"]')
      expect(file.name).toMatch(/\.csv$/)
      expect(file.text.startsWith('\uFEFF')).toBe(true)
      const lines = file.text.trim().split('\r\n')
      expect(lines).toHaveLength(1 + firms.length + plats.length)
      for (const x of [...firms, ...plats]) expect(file.text).toContain(x.id)
      expect(errors).toEqual([])
    })
  })
})

describe('district comparison', () => {
  it('compare= puts districts side by side: KPIs and chain coverage equal a recount, 缺链 where a segment has no firm', async () => {
    const d = data()
    const districts = ['370402', '370481']
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/talent?compare=370481,370402&chain=lithium')
      const view = page.locator('[data-testid="compare-view"]')
      await view.waitFor()
      expect(await view.getAttribute('data-districts')).toBe('370402,370481')
      for (const a of districts) {
        const want = expectedKpis(d, { district: [a], chain: 'lithium' })
        for (const id of [
          'talent-stock',
          'talent-inflow',
          'enterprise-count',
          'platform-count',
          'postdoc-count',
        ] as const) {
          const cell = view.locator(`[data-line="kpis:${id}"] td[data-adcode="${a}"]`)
          expect(Number(await cell.getAttribute('data-value')), `${a} ${id}`).toBe(want[id])
        }
        const lithium = d.meta.chains.find((c) => c.id === 'lithium')!
        const last = Math.max(...d.meta.years)
        for (const s of lithium.segments) {
          const n = d.enterprises.filter((f) => f.district === a && f.segment === s.id && f.founded <= last).length
          const cell = view.locator(`[data-line="chain:${s.id}"] td[data-adcode="${a}"]`)
          expect(Number(await cell.getAttribute('data-value')), `${a} ${s.id}`).toBe(n)
          if (n === 0) expect(await cell.getAttribute('data-flag')).toBe('missing')
        }
      }
      const csv = await downloadOf(page, '[data-testid="compare-export-csv"]')
      expect(csv.name).toMatch(/\.csv$/)
      const header = csv.text.replace('\uFEFF', '').split('\r\n')[0]
      expect(header).toContain('市中区')
      expect(header).toContain('滕州市')
      const xlsx = await downloadOf(page, '[data-testid="compare-export-xlsx"]')
      expect(xlsx.name).toMatch(/\.xlsx$/)
      // Closing returns focus to the bar's button and takes compare= out of the link.
      await page.click('[data-testid="compare-close"]')
      await view.waitFor({ state: 'detached' })
      expect(page.url()).not.toContain('compare=')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('compare-open')
      expect(errors).toEqual([])
    })
  })

  it('the filter bar opens it from the selected districts, by keyboard, and the link keeps it', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/?district=370403,370404')
      await page.focus('[data-testid="compare-open"]')
      await page.keyboard.press('Enter')
      await page.waitForSelector('[data-testid="compare-view"]')
      await page.waitForFunction(() => location.hash.includes('compare=370403,370404'))
      await page.check('[data-testid="compare-pick-370481"]')
      await page.waitForFunction(() => location.hash.includes('compare=370403,370404,370481'))
      await page.reload()
      await page.waitForSelector('[data-testid="compare-view"][data-districts="370403,370404,370481"]')
    })
  })
})
