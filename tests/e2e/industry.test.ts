import { readFileSync } from 'node:fs'
import path from 'node:path'
import { distance } from '@turf/turf'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { kpi, openReady, withFreshPage } from './browser'
import { expectedKpis, served } from './expected'
import { DIST } from './server'
import { useBrowserAndServer } from './suite'

let cached: ReturnType<typeof served> | null = null
const data = () => (cached ??= served())

const env = useBrowserAndServer()

const withPage = <T>(fn: (page: Page, errors: string[]) => Promise<T>) => withFreshPage(env.browser, fn)

type MapHook = HTMLElement & {
  __map: {
    project(c: [number, number]): { x: number; y: number }
    jumpTo(o: object): void
    loaded(): boolean
    areTilesLoaded(): boolean
    getLayoutProperty(id: string, p: string): unknown
    getLayer(id: string): unknown
    queryRenderedFeatures(
      o?: object,
    ): { properties: Record<string, unknown>; layer: { id: string }; geometry: { coordinates: number[] } }[]
    getZoom(): number
    once(ev: string, fn: () => void): void
    triggerRepaint(): void
  }
}

/** Waits until the map has drawn everything it was asked to (MapLibre `idle`). */
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

/** Page pixel of a coordinate on the live map. */
async function mapPoint(page: Page, lon: number, lat: number) {
  return page.evaluate(
    ([x, y]) => {
      const el = document.querySelector('[data-testid="map"]') as MapHook
      const r = el.getBoundingClientRect()
      const p = el.__map.project([x!, y!])
      return { x: r.left + p.x, y: r.top + p.y }
    },
    [lon, lat],
  )
}

const within = (a: { lon: number; lat: number }, b: { lon: number; lat: number }, km: number) =>
  distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' }) <= km

describe('industry map #/industry', () => {
  it('loads with no page error: map with firm layers, chain diagram and charts', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/industry')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      await page.waitForSelector('[data-testid="chain-diagram"] [data-testid^="chain-segment-"]')
      for (const id of ['industry-district', 'industry-type', 'industry-output']) {
        expect(await page.isVisible(`[data-testid="chart-${id}"] canvas`)).toBe(true)
      }
      expect(await page.locator('[data-testid="chart-industry-top"] tbody tr').count()).toBe(10)
      await page.waitForFunction(
        () => !!(document.querySelector('[data-testid="map"]') as MapHook).__map.getLayer('firm-clusters'),
      )
      await mapIdle(page)
      expect(await page.textContent('[data-testid="chain-default"]')).toContain('锂电')
      expect(errors).toEqual([])
    })
  })

  const cases: { hash: string; e: Parameters<typeof expectedKpis>[1] }[] = [
    { hash: '/industry', e: {} },
    { hash: '/industry?district=370481', e: { district: ['370481'] } },
    { hash: '/industry?chain=lithium', e: { chain: 'lithium' } },
    { hash: '/industry?chain=lithium&segment=lithium-cathode', e: { chain: 'lithium', segment: 'lithium-cathode' } },
    { hash: '/industry?year=2020', e: { years: [2020, 2020] } },
    { hash: '/industry?entType=specialized', e: { entType: 'specialized' } },
    {
      hash: '/industry?district=370402,370403&entType=high-tech&year=2019-2022',
      e: { district: ['370402', '370403'], entType: 'high-tech', years: [2019, 2022] },
    },
  ]
  for (const { hash, e } of cases) {
    it(`kpi-enterprise-count equals the served JSON for ${hash}`, async () => {
      await withPage(async (page, errors) => {
        await openReady(page, env.server.url, hash)
        const want = expectedKpis(data(), e)['enterprise-count']
        expect(want).toBeGreaterThan(0)
        expect(await kpi(page, 'enterprise-count')).toBe(want)
        expect(errors).toEqual([])
      })
    })
  }

  it('the map multisamples on a GPU only: software WebGL (this SwiftShader) draws without it', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/industry')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      const got = await page.evaluate(() => {
        const probe = document.createElement('canvas').getContext('webgl2')
        const info = probe?.getExtension('WEBGL_debug_renderer_info')
        const renderer = probe && info ? String(probe.getParameter(info.UNMASKED_RENDERER_WEBGL)) : ''
        const canvas = document.querySelector('[data-testid="map"] canvas.maplibregl-canvas') as HTMLCanvasElement
        return { renderer, antialias: canvas.getContext('webgl2')?.getContextAttributes()?.antialias }
      })
      expect(got.renderer).toMatch(/SwiftShader/)
      expect(got.antialias).toBe(false)
    })
  })

  it('software WebGL: the map draws unseen (small, hidden, a status says so) until the data has settled, then shows at full size', async () => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const rel = '/api/v1/enterprises.arrow'
    const bytes = readFileSync(path.join(DIST, rel))
    env.server.overrides.set(rel, (_req, res) => {
      void held.then(() => res.writeHead(200, { 'Content-Type': 'application/octet-stream' }).end(bytes))
    })
    try {
      await withPage(async (page, errors) => {
        await page.goto(`${env.server.url}#/industry`)
        await page.waitForFunction(() => document.querySelector<MapHook>('[data-testid="map"]')?.__map?.loaded())
        const state = () =>
          page.evaluate(() => {
            const host = document.querySelector('[data-testid="map"]') as HTMLElement
            const canvas = host.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement
            return {
              visibility: getComputedStyle(canvas).visibility,
              pixels: Math.round((canvas.width / host.clientWidth) * 8) / 8,
              busy: host.getAttribute('aria-busy'),
              loaded: host.dataset.loaded,
              status: document.querySelector('.map-drawing[role="status"]')?.textContent ?? null,
            }
          })
        // The page's data has not settled (the firms are held): the map is built, drawn small and unseen.
        await page.waitForTimeout(300)
        expect(await state()).toEqual({
          visibility: 'hidden',
          pixels: 0.125,
          busy: 'true',
          loaded: '0',
          status: '地图绘制中…',
        })
        release()
        await page.waitForSelector('[data-testid="map"][data-loaded="1"]', { timeout: 30_000 })
        const shown = await state()
        expect(shown).toEqual({ visibility: 'visible', pixels: 1, busy: 'false', loaded: '1', status: null })
        expect(await page.getAttribute('body', 'data-ready')).toBe('1')
        expect(errors).toEqual([])
      })
    } finally {
      release()
      env.server.overrides.delete(rel)
    }
  })

  it('the chain diagram flags lithium-resources 缺链 and a 弱链 segment, with firm counts from the data', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/industry')
      const missing = page.locator('[data-testid="chain-segment-lithium-resources"]')
      expect(await missing.getAttribute('data-flag')).toBe('missing')
      expect(await missing.textContent()).toContain('缺链')
      const weak = page.locator('[data-testid^="chain-segment-"][data-flag="weak"]')
      expect(await weak.count()).toBeGreaterThan(0)
      expect(await weak.first().textContent()).toContain('弱链')
      const last = Math.max(...data().meta.years)
      const lithium = data().meta.chains.find((c) => c.id === 'lithium')!
      for (const s of lithium.segments) {
        const n = data().enterprises.filter((f) => f.segment === s.id && f.founded <= last).length
        expect(Number(await page.getAttribute(`[data-testid="chain-segment-${s.id}"]`, 'data-firms'))).toBe(n)
      }
      expect(await page.getAttribute('[data-testid="chain-segment-lithium-bms"]', 'data-flag')).toBe('weak')
    })
  })

  it('clicking a chain segment sets the segment filter (chip, URL, KPI); a second click clears it', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/industry')
      await page.click('[data-testid="chain-segment-lithium-cathode"]')
      await page.waitForSelector('[data-testid="filter-chip-segment"]')
      expect(page.url()).toContain('segment=lithium-cathode')
      expect(await kpi(page, 'enterprise-count')).toBe(
        expectedKpis(data(), { segment: 'lithium-cathode' })['enterprise-count'],
      )
      expect(await page.getAttribute('[data-testid="chain-segment-lithium-cathode"]', 'aria-pressed')).toBe('true')
      // The diagram is not filtered by its own selection: other segments keep their firms.
      expect(
        Number(await page.getAttribute('[data-testid="chain-segment-lithium-anode"]', 'data-firms')),
      ).toBeGreaterThan(0)
      await page.click('[data-testid="chain-segment-lithium-cathode"]')
      await page.waitForSelector('[data-testid="filter-chip-segment"]', { state: 'detached' })
      expect(await kpi(page, 'enterprise-count')).toBe(expectedKpis(data(), {})['enterprise-count'])
      expect(errors).toEqual([])
    })
  })

  it('clicking a district bar filters this view and the others', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/industry')
      await page.waitForSelector('[data-testid="chart-industry-district"] canvas')
      const pt = await page.evaluate(() => {
        type Opt = { series: { data: { clickId: string; value: number }[] }[] }
        const el = document.querySelector('[data-testid="chart-industry-district"] .chart-canvas') as HTMLElement & {
          __chart: { getOption(): Opt; convertToPixel(f: object, v: number[]): number[] }
        }
        const rows = el.__chart.getOption().series[0]!.data
        const row = rows.findIndex((d) => d.clickId === '370481')
        const [x, y] = el.__chart.convertToPixel({ gridIndex: 0 }, [rows[row]!.value / 2, row])
        const r = el.getBoundingClientRect()
        return { x: r.left + x!, y: r.top + y! }
      })
      await page.mouse.click(pt.x, pt.y)
      await page.waitForSelector('[data-testid="filter-chip-district"]')
      expect(page.url()).toContain('district=370481')
      const want = expectedKpis(data(), { district: ['370481'] })
      expect(await kpi(page, 'enterprise-count')).toBe(want['enterprise-count'])
      await page.click('[data-testid="nav-overview"]')
      await page.waitForSelector('[data-testid="kpi-talent-stock"]')
      expect(page.url()).toContain('district=370481')
      expect(await kpi(page, 'talent-stock')).toBe(want['talent-stock'])
      expect(errors).toEqual([])
    })
  })

  it('the detail drawer opens from the top firms and lists the platforms within 5 km', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/industry')
      const first = page.locator('[data-testid="chart-industry-top"] [data-testid^="top-firm-"]').first()
      const id = (await first.getAttribute('data-testid'))!.replace('top-firm-', '')
      const last = Math.max(...data().meta.years)
      const top = [...data().enterprises]
        .filter((f) => f.founded <= last)
        .sort((a, b) => b.outputValue - a.outputValue)[0]!
      expect(id).toBe(top.id)
      await first.click()
      const drawer = page.locator('[data-testid="detail-drawer"]')
      await drawer.waitFor()
      expect(await drawer.getAttribute('data-kind')).toBe('enterprise')
      expect(await page.textContent('[data-testid="detail-name"]')).toBe(top.name)
      const near = data().platforms.filter((p) => within(p, top, 5))
      expect(Number(await page.getAttribute('[data-testid="detail-nearby"]', 'data-count'))).toBe(near.length)
      expect(await page.locator('[data-testid="detail-nearby"] li').count()).toBe(near.length)
      await page.keyboard.press('Escape')
      await drawer.waitFor({ state: 'detached' })
      expect(errors).toEqual([])
    })
  })

  it('clicking a single firm on the map opens its detail, not a district filter', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/industry')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      const firm = data().enterprises[0]!
      await page.evaluate(
        ([lon, lat]) => {
          const m = (document.querySelector('[data-testid="map"]') as MapHook).__map
          m.jumpTo({ center: [lon, lat], zoom: 17 })
        },
        [firm.lon, firm.lat],
      )
      await page.waitForFunction(() => {
        const m = (document.querySelector('[data-testid="map"]') as MapHook).__map
        return m.queryRenderedFeatures().some((f) => f.layer.id === 'firm-points')
      })
      await mapIdle(page)
      const pt = await mapPoint(page, firm.lon, firm.lat)
      await page.mouse.click(pt.x, pt.y)
      await page.waitForSelector('[data-testid="detail-drawer"][data-kind="enterprise"]')
      expect(await page.getAttribute('[data-testid="detail-drawer"]', 'data-id')).toBe(firm.id)
      expect(await page.isVisible('[data-testid="filter-chip-district"]')).toBe(false)
      await page.click('[data-testid="detail-close"]')
      await page.waitForSelector('[data-testid="detail-drawer"]', { state: 'detached' })
      expect(errors).toEqual([])
    })
  })

  it('clicking a cluster zooms in to its expansion zoom', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/industry')
      await page.waitForFunction(() =>
        (document.querySelector('[data-testid="map"]') as MapHook).__map
          .queryRenderedFeatures()
          .some((f) => f.layer.id === 'firm-clusters'),
      )
      await mapIdle(page)
      const before = await page.evaluate(() => {
        const el = document.querySelector('[data-testid="map"]') as MapHook
        // The largest cluster: well inside the map, under no overlay.
        const f = el.__map
          .queryRenderedFeatures({ layers: ['firm-clusters'] })
          .sort((a, b) => Number(b.properties.point_count) - Number(a.properties.point_count))[0]
        const r = el.getBoundingClientRect()
        const p = el.__map.project(f!.geometry.coordinates as [number, number])
        return { zoom: el.__map.getZoom(), x: r.left + p.x, y: r.top + p.y }
      })
      await page.mouse.click(before.x, before.y)
      await page.waitForFunction(
        // getClusterExpansionZoom gives the next whole zoom where the cluster splits.
        (z) => (document.querySelector('[data-testid="map"]') as MapHook).__map.getZoom() >= Math.floor(z) + 1 - 1e-6,
        before.zoom,
      )
      expect(await page.isVisible('[data-testid="filter-chip-district"]')).toBe(false)
      expect(errors).toEqual([])
    })
  })

  it('switches to the heatmap and hexbin layers and back without error', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/industry')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      const visible = (id: string) =>
        page.evaluate(
          (l) => (document.querySelector('[data-testid="map"]') as MapHook).__map.getLayoutProperty(l, 'visibility'),
          id,
        )
      for (const [mode, layer] of [
        ['heatmap', 'firm-heat'],
        ['hexbin', 'firm-hex'],
        ['clusters', 'firm-clusters'],
      ] as const) {
        await page.click(`[data-testid="map-layer-${mode}"]`)
        await page.waitForSelector(`[data-testid="map-layer-legend"][data-mode="${mode}"]`)
        expect(await visible(layer)).toBe('visible')
        await mapIdle(page)
      }
      await page.click('[data-testid="map-layer-hexbin"]')
      await page.waitForFunction(() =>
        (document.querySelector('[data-testid="map"]') as MapHook).__map
          .queryRenderedFeatures()
          .some((f) => f.layer.id === 'firm-hex'),
      )
      expect(await visible('firm-points')).toBe('none')
      // A filter change updates the hexes in place.
      await page.click('[data-testid="chain-segment-lithium-cathode"]')
      await mapIdle(page)
      expect(errors).toEqual([])
    })
  })

  it('the radius tool counts firms, platforms and talent like turf over the served JSON', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/industry')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      await mapIdle(page)
      await page.click('[data-testid="radius-arm"]')
      const pt = await mapPoint(page, 117.17, 35.08)
      await page.mouse.click(pt.x, pt.y)
      const result = page.locator('[data-testid="radius-result"]')
      await result.waitFor()
      // The pick must not also toggle the district under it.
      expect(await page.isVisible('[data-testid="filter-chip-district"]')).toBe(false)
      const last = Math.max(...data().meta.years)
      const check = async () => {
        const c = {
          lon: Number(await result.getAttribute('data-lon')),
          lat: Number(await result.getAttribute('data-lat')),
        }
        const km = Number(await result.getAttribute('data-km'))
        const firms = data().enterprises.filter((f) => f.founded <= last && within(f, c, km))
        const plats = data().platforms.filter((p) => p.founded <= last && within(p, c, km))
        expect(Number(await result.getAttribute('data-firms'))).toBe(firms.length)
        expect(Number(await result.getAttribute('data-platforms'))).toBe(plats.length)
        expect(Number(await result.getAttribute('data-talent'))).toBe(firms.reduce((n, f) => n + f.talent.total, 0))
        return firms.length
      }
      expect(await check()).toBeGreaterThan(0)
      await page.fill('[data-testid="radius-km"]', '12')
      await page.waitForSelector('[data-testid="radius-result"][data-km="12"]')
      await check()
      expect(errors).toEqual([])
    })
  })
})
