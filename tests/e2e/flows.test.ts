/**
 * The talent map's flows (SPEC §6, issue 15): arcs from meta's origins to the districts, width by
 * size; a click on an origin and a click on its sankey node focus the same origin in both views;
 * the dashes move on the big screen only (and not for viewers asking for reduced motion); no
 * flows when the data names no origins.
 */
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { openReady, withFreshPage } from './browser'
import { served } from './expected'
import { useBrowserAndServer } from './suite'

const env = useBrowserAndServer()
afterEach(() => env.server.overrides.clear())

interface MapHook {
  __map: {
    getLayer(id: string): unknown
    getPaintProperty(id: string, p: string): unknown
    getSource(
      id: string,
    ): { serialize(): { data: { features: { properties: Record<string, unknown> }[] } } } | undefined
    project(p: [number, number]): { x: number; y: number }
    isMoving(): boolean
    queryRenderedFeatures(): { layer: { id: string } }[]
  }
}

async function openTalent(page: Page, query = '') {
  await openReady(page, env.server.url, `/talent${query}`)
  await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
  await page.waitForSelector('[data-testid="map-flows"]')
  await page.waitForFunction(() =>
    (document.querySelector('[data-testid="map"]') as unknown as MapHook).__map
      .queryRenderedFeatures()
      .some((f) => f.layer.id === 'flow-lines'),
  )
}

/** The flows drawn: origin → district with the value, read from the map's source. */
const drawnFlows = (page: Page) =>
  page.evaluate(() => {
    const m = (document.querySelector('[data-testid="map"]') as unknown as MapHook).__map
    return m
      .getSource('flows')!
      .serialize()
      .data.features.map((f) => f.properties)
  })

/** The middle of an origin's sankey node, in page coordinates (scrolled into view). */
async function sankeyNode(page: Page, origin: string) {
  return page.evaluate((id) => {
    type Rect = { x: number; y: number; width: number; height: number; applyTransform(m: unknown): void }
    type El = { getBoundingRect(): Rect & { clone(): Rect }; transform?: unknown }
    const host = document.querySelector('[data-testid="chart-talent-sources"] [_echarts_instance_]') as HTMLElement & {
      __chart: {
        getModel(): {
          getSeriesByIndex(i: number): {
            getData(): {
              count(): number
              getRawDataItem(i: number): { origin?: string }
              getItemGraphicEl(i: number): El
            }
          }
        }
      }
    }
    host.scrollIntoView({ block: 'center' })
    const data = host.__chart.getModel().getSeriesByIndex(0).getData()
    for (let i = 0; i < data.count(); i++) {
      if (data.getRawDataItem(i).origin !== id) continue
      const el = data.getItemGraphicEl(i)
      const b = el.getBoundingRect().clone()
      if (el.transform) b.applyTransform(el.transform)
      const r = host.getBoundingClientRect()
      return { x: r.left + b.x + b.width / 2, y: r.top + b.y + b.height / 2 }
    }
    return null
  }, origin)
}

describe('talent flows', () => {
  it("draws one arc per origin and district, the origins' talent split by the districts' inflow", async () => {
    await withFreshPage(env.browser, async (page, errors) => {
      await openTalent(page)
      const d = served()
      const last = Math.max(...d.meta.years)
      const origins = new Set((d.meta.origins ?? []).map((o) => o.id))
      const total = new Map<string, number>()
      for (const s of d.talent.sources)
        if (s.year === last && origins.has(s.source)) total.set(s.source, (total.get(s.source) ?? 0) + s.introduced)
      const inflow = new Map<string, number>()
      for (const c of d.talent.cells)
        if (c.year === last) inflow.set(c.district, (inflow.get(c.district) ?? 0) + c.inflow)
      const all = [...inflow.values()].reduce((a, b) => a + b, 0)
      const flows = await drawnFlows(page)
      expect(flows.length).toBe(total.size * [...inflow.values()].filter((v) => v > 0).length)
      for (const f of flows) {
        const want = ((total.get(String(f.origin)) ?? 0) * (inflow.get(String(f.district)) ?? 0)) / all
        expect(Number(f.value)).toBeCloseTo(want, 6)
      }
      // A district filter keeps only the flows into it.
      await page.goto(`${env.server.url}#/talent?district=370481`)
      await page.waitForFunction(() =>
        (document.querySelector('[data-testid="map"]') as unknown as MapHook).__map
          .getSource('flows')!
          .serialize()
          .data.features.every((f) => f.properties.district === '370481'),
      )
      expect(errors).toEqual([])
    })
  })

  it('a click on an origin and on its sankey node focus the same origin in both views', async () => {
    await withFreshPage(env.browser, async (page, errors) => {
      await openTalent(page)
      const focus = () => page.getAttribute('[data-testid="map-flows"]', 'data-focus')
      // 枣庄学院 lies inside the city, so its dot is in view: click it on the map. The map may still be
      // settling (the panel's size, the city framed again), so the dot is projected anew before each try
      // and clicked again only while the focus has not moved to it.
      const clickDot = async () => {
        if ((await focus()) === 'u-uzz') return 'u-uzz'
        await page.waitForFunction(
          () => !(document.querySelector('[data-testid="map"]') as unknown as MapHook).__map.isMoving(),
        )
        const dot = await page.evaluate(() => {
          const el = document.querySelector('[data-testid="map"]') as HTMLElement & MapHook
          const p = el.__map.project([117.56, 34.85])
          const r = el.getBoundingClientRect()
          return { x: r.left + p.x, y: r.top + p.y }
        })
        await page.mouse.click(dot.x, dot.y)
        return focus()
      }
      await expect.poll(clickDot, { timeout: 30_000, interval: 1_000 }).toBe('u-uzz')
      const opacity = await page.evaluate(() =>
        (document.querySelector('[data-testid="map"]') as unknown as MapHook).__map.getPaintProperty(
          'flow-lines',
          'line-opacity',
        ),
      )
      expect(JSON.stringify(opacity)).toContain('u-uzz')
      // The sankey outlines the same source.
      const border = () =>
        page.evaluate(() => {
          const host = document.querySelector(
            '[data-testid="chart-talent-sources"] [_echarts_instance_]',
          ) as HTMLElement & {
            __chart: { getOption(): { series: { data: { origin?: string; itemStyle: { borderWidth?: number } }[] }[] } }
          }
          return host.__chart
            .getOption()
            .series[0]!.data.filter((n) => (n.itemStyle.borderWidth ?? 0) > 0)
            .map((n) => n.origin)
        })
      await expect.poll(border).toEqual(['u-uzz'])
      // A click on its sankey node clears it; a click on another's focuses that one. The sankey animates
      // to each new focus, so a node is looked up anew before each try and clicked again only while the
      // focus has not moved where the click should take it.
      const clickNodeUntil = (origin: string, want: string) => async () => {
        if ((await focus()) === want) return want
        const node = await sankeyNode(page, origin)
        if (node) await page.mouse.click(node.x, node.y)
        return focus()
      }
      expect(await sankeyNode(page, 'u-uzz')).not.toBeNull()
      await expect.poll(clickNodeUntil('u-uzz', ''), { timeout: 30_000, interval: 1_000 }).toBe('')
      await expect.poll(border).toEqual([])
      // The largest source of the year is surely among the sankey's named ones.
      const d = served()
      const last = Math.max(...d.meta.years)
      const sums = new Map<string, number>()
      for (const r of d.talent.sources)
        if (r.year === last) sums.set(r.source, (sums.get(r.source) ?? 0) + r.introduced)
      const top = [...sums].sort((a, b) => b[1] - a[1]).find(([id]) => id !== 'u-uzz')![0]
      expect(await sankeyNode(page, top)).not.toBeNull()
      await expect.poll(clickNodeUntil(top, top), { timeout: 30_000, interval: 1_000 }).toBe(top)
      expect(await focus()).not.toBe('u-uzz')
      expect(errors).toEqual([])
    })
  })

  it('moves the dashes on the big screen, with one timer that stops with the view; still for reduced motion', async () => {
    const dashes = (page: Page) =>
      page.evaluate(() =>
        JSON.stringify(
          (document.querySelector('[data-testid="map"]') as unknown as MapHook).__map.getPaintProperty(
            'flow-dash',
            'line-dasharray',
          ),
        ),
      )
    await withFreshPage(
      env.browser,
      async (page, errors) => {
        await openTalent(page, '?screen=1')
        const seen = new Set<string>()
        for (let i = 0; i < 6; i++) {
          seen.add(await dashes(page))
          await page.waitForTimeout(150)
        }
        expect(seen.size).toBeGreaterThan(1)
        // Leaving the view stops the timer with it: no error from a layer that is gone.
        await page.click('[data-testid="nav-industry"]')
        await page.waitForSelector('[data-testid="chain-diagram"]')
        await page.waitForTimeout(600)
        expect(errors).toEqual([])
      },
      { viewport: { width: 1920, height: 1080 } },
    )
    await withFreshPage(
      env.browser,
      async (page) => {
        await openTalent(page, '?screen=1')
        const first = await dashes(page)
        await page.waitForTimeout(700)
        expect(await dashes(page)).toBe(first)
      },
      { viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' },
    )
    // On the desk the flows are still.
    await withFreshPage(env.browser, async (page) => {
      await openTalent(page)
      const first = await dashes(page)
      await page.waitForTimeout(700)
      expect(await dashes(page)).toBe(first)
    })
  })

  it('shows no flows when the data names no origins, and the sankey still shows every source', async () => {
    const meta = served().meta
    delete meta.origins
    env.server.overrides.set('/api/v1/meta', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(meta))
    })
    await withFreshPage(env.browser, async (page, errors) => {
      await openReady(page, env.server.url, '/talent')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
      await page.waitForSelector('[data-testid="chart-talent-sources"] canvas')
      expect(await page.$('[data-testid="map-flows"]')).toBeNull()
      const layer = await page.evaluate(
        () => !!(document.querySelector('[data-testid="map"]') as unknown as MapHook).__map.getLayer('flow-lines'),
      )
      expect(layer).toBe(false)
      // Sources are then shown as they are named (ids here): kept, not dropped.
      const names = await page.evaluate(() => {
        const host = document.querySelector(
          '[data-testid="chart-talent-sources"] [_echarts_instance_]',
        ) as HTMLElement & {
          __chart: { getOption(): { series: { data: { name: string }[] }[] } }
        }
        return host.__chart.getOption().series[0]!.data.map((n) => n.name)
      })
      expect(names.some((n) => n.startsWith('u-') || n.startsWith('c-'))).toBe(true)
      expect(errors).toEqual([])
    })
  })
})
