import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { kpi, openReady, withFreshPage } from './browser'
import { expectedKpis, served, type Expect } from './expected'
import { useBrowserAndServer } from './suite'

const data = () => served()

const CHARTS = ['education', 'type', 'age', 'trend', 'chain', 'gap', 'sources'].map((c) => `chart-talent-${c}`)

const env = useBrowserAndServer()

const withPage = <T>(fn: (page: Page, errors: string[]) => Promise<T>) => withFreshPage(env.browser, fn)

async function talentKpis(page: Page) {
  return { 'talent-stock': await kpi(page, 'talent-stock'), 'talent-inflow': await kpi(page, 'talent-inflow') }
}

function wantKpis(e: Expect) {
  const all = expectedKpis(data(), e)
  return { 'talent-stock': all['talent-stock'], 'talent-inflow': all['talent-inflow'] }
}

/** Scrolls a chart into view and waits until it has drawn data and its entry animation has settled. */
async function chartReady(page: Page, id: string) {
  await page.locator(`[data-testid="chart-${id}"]`).scrollIntoViewIfNeeded()
  await page.waitForFunction((id) => {
    const el = document.querySelector<HTMLElement & { __chart?: { getOption(): { series?: { data?: unknown[] }[] } } }>(
      `[data-testid="chart-${id}"] .chart-canvas`,
    )
    return (el?.__chart?.getOption().series?.[0]?.data?.length ?? 0) > 0
  }, id)
  await page.waitForTimeout(600)
}

type Finder = { key: string; value: string | number }

/**
 * The page pixel of the middle of the bar whose data item has `key === value`, found through the
 * chart instance (test hook `__chart`) and its option, projected with `convertToPixel`.
 */
async function barPixel(page: Page, id: string, find: Finder, horizontal: boolean) {
  await chartReady(page, id)
  return page.evaluate(
    ({ id, find, horizontal }) => {
      type Item = Record<string, unknown> | string
      const el = document.querySelector(`[data-testid="chart-${id}"] .chart-canvas`) as HTMLElement & {
        __chart: {
          getOption(): { series: { data: Item[] }[] }
          convertToPixel(f: { seriesIndex: number }, v: number[]): number[]
        }
      }
      const series = el.__chart.getOption().series
      for (let si = 0; si < series.length; si++) {
        const di = series[si]!.data.findIndex((d) => typeof d === 'object' && d[find.key] === find.value)
        if (di < 0) continue
        const v = Number((series[si]!.data[di] as Record<string, unknown>).value) / 2
        const [x, y] = el.__chart.convertToPixel({ seriesIndex: si }, horizontal ? [v, di] : [di, v])
        const r = el.getBoundingClientRect()
        return { x: r.left + x!, y: r.top + y! }
      }
      throw new Error(`no bar with ${find.key}=${find.value} in ${id}`)
    },
    { id, find, horizontal },
  )
}

/** The page pixel in the middle of a pie slice, from the slice layout ECharts computed. */
async function slicePixel(page: Page, id: string, code: string) {
  await chartReady(page, id)
  return page.evaluate(
    ({ id, code }) => {
      type Layout = { cx: number; cy: number; r: number; r0: number; startAngle: number; endAngle: number }
      const el = document.querySelector(`[data-testid="chart-${id}"] .chart-canvas`) as HTMLElement & {
        __chart: {
          getOption(): { series: { data: { clickId: string }[] }[] }
          getModel(): { getSeriesByIndex(i: number): { getData(): { getItemLayout(i: number): Layout } } }
        }
      }
      const di = el.__chart.getOption().series[0]!.data.findIndex((d) => d.clickId === code)
      const l = el.__chart.getModel().getSeriesByIndex(0).getData().getItemLayout(di)
      const a = (l.startAngle + l.endAngle) / 2
      const rr = (l.r + l.r0) / 2
      const r = el.getBoundingClientRect()
      return { x: r.left + l.cx + Math.cos(a) * rr, y: r.top + l.cy + Math.sin(a) * rr }
    },
    { id, code },
  )
}

async function clickAt(page: Page, pt: { x: number; y: number }) {
  await page.mouse.move(pt.x, pt.y)
  await page.mouse.click(pt.x, pt.y)
}

describe('talent map #/talent', () => {
  it('loads with no page error: KPIs, the map, the metric switch and every chart', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/talent')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      for (const id of CHARTS) expect(await page.isVisible(`[data-testid="${id}"] canvas`), id).toBe(true)
      expect(await page.isVisible('[data-testid="map-metric-switch"]')).toBe(true)
      expect(await page.textContent('[data-testid="chart-talent-gap"] .panel-title')).toContain('锂电')
      expect(await talentKpis(page)).toEqual(wantKpis({}))
      expect(await page.isVisible('[data-testid="error-panel"]')).toBe(false)
      expect(errors).toEqual([])
    })
  })

  const cases: { hash: string; e: Expect }[] = [
    { hash: '/talent?district=370481', e: { district: ['370481'] } },
    { hash: '/talent?chain=lithium&year=2021-2024', e: { chain: 'lithium', years: [2021, 2024] } },
    { hash: '/talent?education=doctor', e: { education: 'doctor' } },
    { hash: '/talent?talentType=high-skilled&year=2020', e: { talentType: 'high-skilled', years: [2020, 2020] } },
    {
      hash: '/talent?district=370403,370405&chain=it&education=master&talentType=professional&year=2019-2023',
      e: {
        district: ['370403', '370405'],
        chain: 'it',
        education: 'master',
        talentType: 'professional',
        years: [2019, 2023],
      },
    },
  ]
  it('KPIs equal the values computed from the served JSON for several filter URLs', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/talent')
      for (const { hash, e } of cases) {
        // A hash change inside the loaded app, as a pasted permalink or history step would do.
        await page.evaluate((h) => (location.hash = h), hash)
        const want = wantKpis(e)
        expect(want['talent-stock'], hash).toBeGreaterThan(0)
        await page
          .waitForFunction(
            (v) => document.querySelector('[data-testid="kpi-talent-stock"]')?.getAttribute('data-value') === v,
            String(want['talent-stock']),
            { timeout: 10_000 },
          )
          .catch(() => undefined)
        expect(await talentKpis(page), hash).toEqual(want)
      }
      expect(errors).toEqual([])
    })
  }, 120_000)

  it('clicking a chain bar sets the chain: chip, URL, KPIs; back and forward restore', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/talent')
      await clickAt(page, await barPixel(page, 'talent-chain', { key: 'clickId', value: 'chemical' }, true))
      await page.waitForSelector('[data-testid="filter-chip-chain"]')
      expect(page.url()).toContain('chain=chemical')
      expect(await talentKpis(page)).toEqual(wantKpis({ chain: 'chemical' }))
      expect(await page.textContent('[data-testid="chart-talent-gap"] .panel-title')).toContain('高端化工')
      await page.goBack()
      await page.waitForSelector('[data-testid="filter-chip-chain"]', { state: 'detached' })
      expect(await talentKpis(page)).toEqual(wantKpis({}))
      await page.goForward()
      await page.waitForSelector('[data-testid="filter-chip-chain"]')
      expect(await talentKpis(page)).toEqual(wantKpis({ chain: 'chemical' }))
      expect(errors).toEqual([])
    })
  })

  it('clicking an education slice and a talent-type bar sets both filters; a second click clears', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/talent')
      await clickAt(page, await slicePixel(page, 'talent-education', 'bachelor'))
      await page.waitForSelector('[data-testid="filter-chip-education"]')
      expect(page.url()).toContain('education=bachelor')
      expect(await talentKpis(page)).toEqual(wantKpis({ education: 'bachelor' }))
      await clickAt(page, await barPixel(page, 'talent-type', { key: 'clickId', value: 'professional' }, true))
      await page.waitForSelector('[data-testid="filter-chip-talentType"]')
      expect(await talentKpis(page)).toEqual(wantKpis({ education: 'bachelor', talentType: 'professional' }))
      await clickAt(page, await barPixel(page, 'talent-type', { key: 'clickId', value: 'professional' }, true))
      await page.waitForSelector('[data-testid="filter-chip-talentType"]', { state: 'detached' })
      expect(page.url()).not.toContain('talentType')
      expect(errors).toEqual([])
    })
  })

  it('clicking a year on the trend sets that year, a second click clears it', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/talent')
      await clickAt(page, await barPixel(page, 'talent-trend', { key: 'clickId', value: 2021 }, false))
      await page.waitForSelector('[data-testid="filter-chip-year"]')
      expect(page.url()).toContain('year=2021')
      expect(await talentKpis(page)).toEqual(wantKpis({ years: [2021, 2021] }))
      await clickAt(page, await barPixel(page, 'talent-trend', { key: 'clickId', value: 2021 }, false))
      await page.waitForSelector('[data-testid="filter-chip-year"]', { state: 'detached' })
      expect(await talentKpis(page)).toEqual(wantKpis({}))
      expect(errors).toEqual([])
    })
  })

  it('clicking a segment of the gap chart toggles the segment filter', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/talent')
      await clickAt(page, await barPixel(page, 'talent-gap', { key: 'clickId', value: 'lithium-cathode' }, true))
      await page.waitForSelector('[data-testid="filter-chip-segment"]')
      expect(page.url()).toContain('segment=lithium-cathode')
      // The segment filter does not apply to talent cells (SPEC §4).
      expect(await talentKpis(page)).toEqual(wantKpis({}))
      expect(errors).toEqual([])
    })
  })

  it('the metric switch changes the legend; density names the estimated populations', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/talent')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      const legend = () => page.textContent('[data-testid="map-legend"]')
      expect(await legend()).toContain('人才总量')
      await page.click('[data-testid="map-metric-density"]')
      await page.waitForSelector('[data-testid="map-legend-note"]')
      expect(await legend()).toContain('人才密度')
      expect(await page.textContent('[data-testid="map-legend-note"]')).toContain('市中区')
      await page.click('[data-testid="map-metric-youngShare"]')
      await page.waitForSelector('[data-testid="map-legend-note"]', { state: 'detached' })
      expect(await legend()).toContain('青年人才占比')
      expect(await legend()).toMatch(/\d+\.\d%/)
      await page.click('[data-testid="map-metric-inflow"]')
      expect(await legend()).toContain('人才流入')
      expect(await page.getAttribute('[data-testid="map"]', 'data-metric')).toBe('inflow')
      expect(errors).toEqual([])
    })
  })

  it('the 3D toggle shows the extrusion and pitches the camera, and back to flat', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/talent')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      type M = { getPitch(): number; getLayoutProperty(l: string, p: string): unknown }
      const state = () =>
        page.evaluate(() => {
          const m = (document.querySelector('[data-testid="map"]') as HTMLElement & { __map: M }).__map
          return { pitch: m.getPitch(), visibility: m.getLayoutProperty('district-extrusion', 'visibility') }
        })
      expect(await state()).toEqual({ pitch: 0, visibility: 'none' })
      await page.click('[data-testid="map-extrude"]')
      await page.waitForFunction(
        () => (document.querySelector('[data-testid="map"]') as HTMLElement & { __map: M }).__map.getPitch() > 45,
      )
      expect((await state()).visibility).toBe('visible')
      await page.click('[data-testid="map-extrude"]')
      await page.waitForFunction(
        () => (document.querySelector('[data-testid="map"]') as HTMLElement & { __map: M }).__map.getPitch() === 0,
      )
      expect((await state()).visibility).toBe('none')
      expect(errors).toEqual([])
    })
  })
})
