import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { kpi, openReady, withFreshPage } from './browser'
import { expectedKpis, served } from './expected'
import { useBrowserAndServer } from './suite'

const data = () => served()

const env = useBrowserAndServer()

const withPage = <T>(fn: (page: Page, errors: string[]) => Promise<T>) => withFreshPage(env.browser, fn)

async function platformKpis(page: Page) {
  return { 'platform-count': await kpi(page, 'platform-count'), 'postdoc-count': await kpi(page, 'postdoc-count') }
}

function wantPlatforms(e: Parameters<typeof expectedKpis>[1]) {
  const all = expectedKpis(data(), e)
  return { 'platform-count': all['platform-count'], 'postdoc-count': all['postdoc-count'] }
}

/** Page pixel of the middle of the largest stacked segment of one kind's bar. */
async function kindBarPoint(page: Page, kind: string) {
  return page.evaluate((k) => {
    type Item = { value: number; clickId: string }
    const el = document.querySelector('[data-testid="chart-innovation-kind"] .chart-canvas') as HTMLElement & {
      __chart: { getOption(): { series: { data: Item[] }[] }; convertToPixel(f: object, v: number[]): number[] }
    }
    const series = el.__chart.getOption().series
    const row = series[0]!.data.findIndex((d) => d.clickId === k)
    const values = series.map((s) => s.data[row]!.value)
    const best = values.indexOf(Math.max(...values))
    const start = values.slice(0, best).reduce((a, b) => a + b, 0)
    const [x, y] = el.__chart.convertToPixel({ gridIndex: 0 }, [start + values[best]! / 2, row])
    const r = el.getBoundingClientRect()
    return { x: r.left + x!, y: r.top + y! }
  }, kind)
}

/** A rendered platform marker that is not under an overlay (legend, tooltip), in page pixels. */
async function visiblePlatformPoint(page: Page) {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
      __map: { queryRenderedFeatures(o: object): unknown[] }
    }
    return el.__map.queryRenderedFeatures({ layers: ['platform-circle'] }).length > 0
  })
  return page.evaluate(() => {
    type F = { geometry: { coordinates: [number, number] }; properties: { id: string; level: string } }
    const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
      __map: { queryRenderedFeatures(o: object): F[]; project(c: [number, number]): { x: number; y: number } }
    }
    const r = el.getBoundingClientRect()
    const canvas = el.querySelector('canvas')
    const feats = el.__map.queryRenderedFeatures({ layers: ['platform-circle'] })
    for (const f of feats.sort((a, b) =>
      a.properties.level === 'national' ? -1 : b.properties.level === 'national' ? 1 : 0,
    )) {
      const p = el.__map.project(f.geometry.coordinates)
      const x = r.left + p.x
      const y = r.top + p.y
      if (document.elementFromPoint(x, y) === canvas) return { x, y, id: f.properties.id }
    }
    return null
  })
}

describe('innovation map #/innovation', () => {
  it('loads with no page error: map with platform markers, charts, network nodes, published figures', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/innovation')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      for (const id of ['innovation-kind', 'innovation-growth', 'innovation-postdocs', 'innovation-network']) {
        expect(await page.isVisible(`[data-testid="chart-${id}"] canvas`)).toBe(true)
      }
      expect(await page.isVisible('[data-testid="platform-legend"]')).toBe(true)
      expect(await visiblePlatformPoint(page)).not.toBeNull()
      const graph = await page.evaluate(() => {
        const el = document.querySelector('[data-testid="chart-innovation-network"] .chart-canvas') as HTMLElement & {
          __chart: { getOption(): { series: { data: { category: number }[]; links: unknown[] }[] } }
        }
        const s = el.__chart.getOption().series[0]!
        return { nodes: s.data.length, firms: s.data.filter((d) => d.category === 0).length, links: s.links.length }
      })
      expect(graph.nodes).toBeGreaterThan(10)
      expect(graph.nodes).toBeLessThanOrEqual(60)
      expect(graph.firms).toBeGreaterThan(0)
      expect(graph.links).toBeGreaterThan(0)
      const facts = await page.$$eval('[data-testid="published-facts"] li', (lis) =>
        lis.map((li) => [li.getAttribute('data-testid'), li.getAttribute('data-value')]),
      )
      expect(facts).toEqual(
        expect.arrayContaining([
          ['fact-postdoc-bases', '25'],
          ['fact-postdoc-workstations', '4'],
          ['fact-postdocs', '24'],
          ['fact-tech-edu-schools', '24'],
        ]),
      )
      expect(await page.textContent('[data-testid="published-facts"]')).toContain('枣庄新闻网')
      expect(errors).toEqual([])
    })
  })

  const cases: { hash: string; e: Parameters<typeof expectedKpis>[1] }[] = [
    { hash: '/innovation', e: {} },
    { hash: '/innovation?district=370481', e: { district: ['370481'] } },
    { hash: '/innovation?chain=chemical', e: { chain: 'chemical' } },
    { hash: '/innovation?platformKind=postdoc-base', e: { platformKind: 'postdoc-base' } },
    { hash: '/innovation?year=2019-2021', e: { years: [2019, 2021] } },
    {
      hash: '/innovation?district=370402,370481&chain=lithium&platformKind=postdoc-workstation&year=2022',
      e: { district: ['370402', '370481'], chain: 'lithium', platformKind: 'postdoc-workstation', years: [2022, 2022] },
    },
  ]
  for (const { hash, e } of cases) {
    it(`platform KPIs equal the values computed from the served JSON for ${hash}`, async () => {
      await withPage(async (page, errors) => {
        await openReady(page, env.server.url, hash)
        const want = wantPlatforms(e)
        expect(want['platform-count']).toBeGreaterThan(0)
        expect(await platformKpis(page)).toEqual(want)
        expect(errors).toEqual([])
      })
    })
  }

  it('reproduces the published figures: 25 postdoc bases, 24 postdocs in bases and workstations', () => {
    expect(wantPlatforms({ platformKind: 'postdoc-base' })['platform-count']).toBe(25)
    expect(wantPlatforms({ platformKind: 'postdoc-workstation' })['platform-count']).toBe(4)
    const inStations =
      wantPlatforms({ platformKind: 'postdoc-base' })['postdoc-count'] +
      wantPlatforms({ platformKind: 'postdoc-workstation' })['postdoc-count']
    expect(inStations).toBe(24)
    expect(wantPlatforms({})['postdoc-count']).toBe(24)
  })

  it('clicking a bar in chart-innovation-kind sets platformKind (chip, URL, KPI); again clears it', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/innovation')
      await page.waitForTimeout(600)
      const pt = await kindBarPoint(page, 'tech-center')
      await page.mouse.click(pt.x, pt.y)
      await page.waitForSelector('[data-testid="filter-chip-platformKind"]')
      expect(page.url()).toContain('platformKind=tech-center')
      expect(await platformKpis(page)).toEqual(wantPlatforms({ platformKind: 'tech-center' }))
      await page.waitForTimeout(600)
      const again = await kindBarPoint(page, 'tech-center')
      await page.mouse.click(again.x, again.y)
      await page.waitForSelector('[data-testid="filter-chip-platformKind"]', { state: 'detached' })
      expect(await platformKpis(page)).toEqual(wantPlatforms({}))
      expect(errors).toEqual([])
    })
  })

  it('clicking a kind in the map legend toggles the platformKind filter', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/innovation')
      await page.click('[data-testid="platform-legend-postdoc-base"]')
      await page.waitForSelector('[data-testid="filter-chip-platformKind"]')
      expect(page.url()).toContain('platformKind=postdoc-base')
      expect(await kpi(page, 'platform-count')).toBe(25)
      expect(await page.getAttribute('[data-testid="platform-legend-postdoc-base"]', 'aria-pressed')).toBe('true')
      await page.click('[data-testid="platform-legend-postdoc-base"]')
      await page.waitForSelector('[data-testid="filter-chip-platformKind"]', { state: 'detached' })
      expect(await kpi(page, 'platform-count')).toBe(wantPlatforms({})['platform-count'])
      expect(errors).toEqual([])
    })
  })

  it('the level checkboxes hide markers of a level without touching the URL or the KPIs', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/innovation')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      await visiblePlatformPoint(page)
      const count = (level: string) =>
        page.evaluate((lv) => {
          const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
            __map: { queryRenderedFeatures(o: object): { properties: { level: string } }[] }
          }
          return el.__map
            .queryRenderedFeatures({ layers: ['platform-circle'] })
            .filter((f) => f.properties.level === lv).length
        }, level)
      expect(await count('municipal')).toBeGreaterThan(0)
      await page.click('[data-testid="platform-level-municipal"]')
      await page.waitForFunction(
        () => {
          const el = document.querySelector('[data-testid="map"]') as HTMLElement & {
            __map: { queryRenderedFeatures(o: object): { properties: { level: string } }[] }
          }
          const feats = el.__map.queryRenderedFeatures({ layers: ['platform-circle'] })
          return feats.length > 0 && feats.every((f) => f.properties.level !== 'municipal')
        },
        undefined,
        { timeout: 10_000 },
      )
      expect(page.url()).not.toContain('level')
      expect(await kpi(page, 'platform-count')).toBe(wantPlatforms({})['platform-count'])
    })
  })

  it('clicking a platform on the map opens the detail drawer and leaves the district filter alone', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/innovation')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      const pt = await visiblePlatformPoint(page)
      expect(pt).not.toBeNull()
      await page.mouse.move(pt!.x, pt!.y)
      await page.waitForSelector('.map-tooltip')
      await page.mouse.click(pt!.x, pt!.y)
      await page.waitForSelector('[data-testid="detail-drawer"]')
      expect(await page.isVisible('[data-testid="filter-chip-district"]')).toBe(false)
      expect(errors).toEqual([])
    })
  })

  it('clicking a year in the growth chart sets that single year; again clears it', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/innovation')
      await page.waitForTimeout(600)
      const point = () =>
        page.evaluate(() => {
          const el = document.querySelector('[data-testid="chart-innovation-growth"] .chart-canvas') as HTMLElement & {
            __chart: {
              getOption(): { series: { data: { value: number }[] }[] }
              convertToPixel(f: object, v: number[]): number[]
            }
          }
          el.scrollIntoView({ block: 'center' })
          // The fourth year (2022 in the sample) has many foundings, so its bar is tall.
          const bars = el.__chart.getOption().series[0]!.data
          const [x, y] = el.__chart.convertToPixel({ seriesIndex: 0 }, [3, bars[3]!.value / 2])
          const r = el.getBoundingClientRect()
          return { x: r.left + x!, y: r.top + y! }
        })
      const year = data().meta.years[3]!
      const pt = await point()
      await page.mouse.click(pt.x, pt.y)
      await page.waitForSelector('[data-testid="filter-chip-year"]')
      expect(page.url()).toContain(`year=${year}`)
      expect(await platformKpis(page)).toEqual(wantPlatforms({ years: [year, year] }))
      await page.waitForTimeout(600)
      const again = await point()
      await page.mouse.click(again.x, again.y)
      await page.waitForSelector('[data-testid="filter-chip-year"]', { state: 'detached' })
      expect(errors).toEqual([])
    })
  })
})
