import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { kpi, openReady, withFreshPage } from './browser'
import { expectedKpis, served } from './expected'
import { useBrowserAndServer } from './suite'

const data = () => served()

const env = useBrowserAndServer()

const withPage = <T>(fn: (page: Page, errors: string[]) => Promise<T>) => withFreshPage(env.browser, fn)

async function allKpis(page: Page) {
  const ids = ['talent-stock', 'talent-inflow', 'enterprise-count', 'platform-count', 'postdoc-count'] as const
  return Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await kpi(page, id)])))
}

describe('overview #/', () => {
  it('loads with no page error, shows the map, the sample badge and the chart', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      expect(await page.isVisible('[data-testid="sample-badge"]')).toBe(true)
      expect(await page.isVisible('[data-testid="chart-talent-by-district"] canvas')).toBe(true)
      expect(await page.isVisible('[data-testid="error-panel"]')).toBe(false)
      expect(errors).toEqual([])
    })
  })

  const cases: { hash: string; e: Parameters<typeof expectedKpis>[1] }[] = [
    { hash: '/', e: {} },
    { hash: '/?district=370481', e: { district: ['370481'] } },
    { hash: '/?chain=lithium&year=2021-2024', e: { chain: 'lithium', years: [2021, 2024] } },
    {
      hash: '/?district=370403,370481&chain=lithium&segment=lithium-cathode',
      e: { district: ['370403', '370481'], chain: 'lithium', segment: 'lithium-cathode' },
    },
    { hash: '/?year=2020', e: { years: [2020, 2020] } },
  ]
  for (const { hash, e } of cases) {
    it(`KPIs equal the values computed from the served JSON for ${hash}`, async () => {
      await withPage(async (page, errors) => {
        await openReady(page, env.server.url, hash)
        const want = expectedKpis(data(), e)
        expect(want['talent-stock']).toBeGreaterThan(0)
        expect(await allKpis(page)).toEqual(want)
        expect(errors).toEqual([])
      })
    })
  }

  it('clicking a district on the map sets the filter, a chip, the URL and the KPIs', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      // A pixel inside 滕州市 with nothing but district layers under it (platform markers
      // sit on top of the overview map and would take the click).
      const pt = await page.evaluate(() => {
        type Feature = { layer: { id: string }; properties: { adcode?: string } }
        const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
          __map: {
            project(c: [number, number]): { x: number; y: number }
            queryRenderedFeatures(p: [number, number]): Feature[]
          }
        }
        const r = el.getBoundingClientRect()
        for (let lon = 116.95; lon <= 117.4; lon += 0.025) {
          for (let lat = 34.9; lat <= 35.3; lat += 0.025) {
            const p = el.__map.project([lon, lat])
            const hits = el.__map.queryRenderedFeatures([p.x, p.y])
            const onlyDistricts = hits.length > 0 && hits.every((h) => h.layer.id.startsWith('district'))
            if (onlyDistricts && hits.some((h) => h.layer.id === 'district-fill' && h.properties.adcode === '370481'))
              return { x: r.left + p.x, y: r.top + p.y }
          }
        }
        throw new Error('no clear pixel in 滕州市')
      })
      await page.mouse.click(pt.x, pt.y)
      await page.waitForSelector('[data-testid="filter-chip-district"]')
      expect(page.url()).toContain('district=370481')
      expect(await kpi(page, 'talent-stock')).toBe(expectedKpis(data(), { district: ['370481'] })['talent-stock'])
      await page.goBack()
      await page.waitForSelector('[data-testid="filter-chip-district"]', { state: 'detached' })
      expect(await kpi(page, 'talent-stock')).toBe(expectedKpis(data(), {})['talent-stock'])
    })
  })

  it('a dataset answering 500 shows error-panel naming it while the other KPIs still show', async () => {
    env.server.overrides.set('/api/v1/platforms', (_req, res) => void res.writeHead(500).end('boom'))
    try {
      await withPage(async (page, errors) => {
        await openReady(page, env.server.url, '/')
        const panel = await page.textContent('[data-testid="error-panel"]')
        expect(panel).toContain('platforms')
        expect(await kpi(page, 'platform-count')).toBeNull()
        expect(await kpi(page, 'talent-stock')).toBe(expectedKpis(data(), {})['talent-stock'])
        expect(await kpi(page, 'enterprise-count')).toBe(expectedKpis(data(), {})['enterprise-count'])
        expect(errors).toEqual([])
        // Retry once the server recovers.
        env.server.overrides.delete('/api/v1/platforms')
        await page.click('[data-testid="retry-platforms"]')
        await page.waitForSelector('[data-testid="error-panel"]', { state: 'detached' })
        // The panel goes as the retry starts; the KPI follows once the data has arrived.
        await page.waitForSelector('[data-testid="kpi-platform-count"]:not([data-value=""])')
        expect(await kpi(page, 'platform-count')).toBe(expectedKpis(data(), {})['platform-count'])
      })
    } finally {
      env.server.overrides.delete('/api/v1/platforms')
    }
  })

  it('ignores invalid URL values with a notice and keeps the valid ones', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/?district=999999,370481&chain=nope&year=abc')
      await page.waitForSelector('[data-testid="url-notice"]')
      await page.waitForFunction(() => !location.hash.includes('nope'))
      expect(page.url()).toContain('district=370481')
      expect(await page.isVisible('[data-testid="filter-chip-chain"]')).toBe(false)
      expect(errors).toEqual([])
    })
  })
})
