import { readFileSync } from 'node:fs'
import path from 'node:path'
import { pointOnFeature } from '@turf/turf'
import type { Feature, Polygon, MultiPolygon } from 'geojson'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, openPage, type OpenPage } from './browser'
import { hostileOverrides, installOverrides } from './corpus'
import { DIST, startServer, type StaticServer } from './server'

/**
 * Every data string (names, hosts, partners, district / chain / segment names, source titles, fact labels,
 * record ids) is served as markup that would set `window.__xss`. Nothing may run and no element from the
 * data may appear, on any route, in tooltips, chips, the search list or the detail drawer.
 */
const ROOT = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : DIST
const FILTERS =
  'district=370481&chain=lithium&segment=lithium-cathode&talentType=professional&education=doctor&entType=specialized&platformKind=postdoc-base'
const ROUTES = [
  `/?${FILTERS}`,
  `/talent?${FILTERS}`,
  `/industry?${FILTERS}&lang=en`,
  `/innovation?${FILTERS}`,
  '/industry',
  '/innovation?lang=en',
  '/?screen=1&tour=1&tourInterval=1',
]

let browser: Browser
let server: StaticServer
let opened: OpenPage | undefined
let page: Page
let errors: string[] = []

const read = (name: string): unknown => JSON.parse(readFileSync(path.join(ROOT, 'api/v1', name), 'utf8'))
const served = (name: string) => read(name) as { items: { name: string }[] }
/** A point inside each district polygon. */
const insideDistricts = () =>
  (read('boundaries') as { features: Feature<Polygon | MultiPolygon>[] }).features.map(
    (f) => pointOnFeature(f).geometry.coordinates as [number, number],
  )

beforeAll(async () => {
  browser = await launch()
  server = await startServer(ROOT)
  installOverrides(server, ROOT, hostileOverrides())
  opened = await openPage(browser, { viewport: { width: 1280, height: 860 }, downloads: true, dialogsAsErrors: true })
  ;({ page, errors } = opened)
})
afterAll(async () => {
  await opened?.close()
  await browser?.close()
  await server?.close()
})

/** Nothing ran, and nothing the payloads would create is in the document. */
async function assertClean(where: string): Promise<void> {
  const found = await page.evaluate(() => ({
    xss: (window as { __xss?: unknown }).__xss ?? null,
    imgX: document.querySelectorAll('img[src="x"]').length,
    handlers: document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('__xss')).length,
    svgFromData: [...document.querySelectorAll('svg')].filter((s) => s.outerHTML.includes('__xss')).length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
  }))
  expect(found, where).toEqual({ xss: null, imgX: 0, handlers: 0, scripts: 0, svgFromData: 0, jsLinks: 0 })
  expect(errors, where).toEqual([])
}

/** A fresh load of the route (about:blank first: a hash change alone would keep the SPA's state). */
async function open(hash: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(`${server.url}#${hash}`)
  await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
  if (await page.$('[data-testid="map"]'))
    await page.waitForSelector('[data-testid="map"][data-loaded="1"]', { timeout: 20_000 })
  await page.waitForTimeout(400)
}

/** Moves the mouse over every district (a point inside each polygon, projected by the live map). */
async function hoverDistricts(): Promise<number> {
  const points = await page.evaluate((inside) => {
    const el = document.querySelector<
      HTMLElement & { __map?: { project(c: [number, number]): { x: number; y: number } } }
    >('[data-testid="map"]')
    if (!el?.__map) return []
    const r = el.getBoundingClientRect()
    return inside.map((c) => el.__map!.project(c)).map((p) => ({ x: r.left + p.x, y: r.top + p.y }))
  }, insideDistricts())
  for (const p of points) {
    await page.mouse.move(p.x, p.y, { steps: 2 })
    await page.waitForTimeout(60)
  }
  return points.length
}

interface ChartItem {
  x: number
  y: number
}

/** Pixel centres of the first items of every series that has a layout (bars, points, pie sectors). */
async function chartItems(): Promise<ChartItem[][]> {
  return page.evaluate(() => {
    type Layout =
      | {
          x?: number
          y?: number
          width?: number
          height?: number
          cx?: number
          cy?: number
          r?: number
          startAngle?: number
          endAngle?: number
        }
      | number[]
    type Chart = {
      getModel(): { getSeries(): { getData(): { count(): number; getItemLayout(i: number): Layout | null } }[] }
      convertToPixel(finder: object, value: unknown): number[] | number
    }
    const out: ChartItem[][] = []
    for (const host of document.querySelectorAll<HTMLElement>('.chart-canvas')) {
      const chart = (host as HTMLElement & { __chart?: Chart }).__chart
      if (!chart || host.clientWidth === 0) continue
      const r = host.getBoundingClientRect()
      const items: ChartItem[] = []
      for (const s of chart.getModel().getSeries()) {
        const data = s.getData()
        for (let i = 0; i < Math.min(data.count(), 8); i++) {
          const l = data.getItemLayout(i)
          if (!l) continue
          if (Array.isArray(l)) items.push({ x: r.left + (l[0] ?? 0), y: r.top + (l[1] ?? 0) })
          else if (l.width !== undefined && l.x !== undefined && l.y !== undefined)
            items.push({ x: r.left + l.x + l.width / 2, y: r.top + l.y + (l.height ?? 0) / 2 })
          else if (l.cx !== undefined && l.cy !== undefined && l.r !== undefined) {
            const a = ((l.startAngle ?? 0) + (l.endAngle ?? 0)) / 2
            items.push({ x: r.left + l.cx + Math.cos(a) * l.r * 0.8, y: r.top + l.cy + Math.sin(a) * l.r * 0.8 })
          } else if (l.x !== undefined && l.y !== undefined) items.push({ x: r.left + l.x, y: r.top + l.y })
        }
      }
      out.push(items)
    }
    return out
  })
}

/**
 * Hovers chart items with the mouse, then asks every chart to show its tooltip for its first items.
 * Returns the hovered items and how many tooltips showed a payload (escaped, as text).
 */
async function hoverCharts(): Promise<{ hovered: number; tooltips: number }> {
  const charts = await chartItems()
  let hovered = 0
  for (const items of charts) {
    for (const p of items) {
      if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue
      await page.mouse.move(p.x, p.y, { steps: 2 })
      await page.waitForTimeout(40)
      hovered++
    }
  }
  const tooltips = await page.evaluate(() => {
    type Chart = { getOption(): { series?: unknown[] }; dispatchAction(a: object): void }
    let shown = 0
    for (const host of document.querySelectorAll('.chart-canvas')) {
      const chart = (host as Element & { __chart?: Chart }).__chart
      const series = chart?.getOption().series ?? []
      series.forEach((_s, seriesIndex) => {
        for (let dataIndex = 0; dataIndex < 6; dataIndex++) {
          chart?.dispatchAction({ type: 'showTip', seriesIndex, dataIndex })
          // ECharts' HTML tooltip: a div with z-index 9999999 inside the chart host.
          const tip = [...host.querySelectorAll<HTMLElement>('div')].find((d) => d.style.zIndex === '9999999')
          if (tip?.innerHTML.includes('&lt;')) shown++
        }
      })
    }
    return shown
  })
  await page.waitForTimeout(200)
  return { hovered, tooltips }
}

async function openDetailBySearch(text: string): Promise<void> {
  await page.fill('[data-testid="search-input"]', text)
  // A locator, not a handle: the list re-renders when the debounced query lands.
  await page.locator('[data-testid^="search-hit-"]').first().click({ timeout: 10_000 })
  await page.waitForSelector('[data-testid="detail-drawer"]', { state: 'visible', timeout: 10_000 })
  await page.waitForTimeout(300)
}

describe('XSS: hostile strings in every data field', () => {
  it('runs nothing on any route while hovering the map and the charts', async () => {
    let hovered = 0
    let tooltips = 0
    for (const route of ROUTES) {
      await open(route)
      await hoverDistricts()
      const seen = await hoverCharts()
      hovered += seen.hovered
      tooltips += seen.tooltips
      await assertClean(route)
    }
    expect(hovered).toBeGreaterThan(10)
    // The payloads did reach the tooltips, as text.
    expect(tooltips).toBeGreaterThan(10)
  }, 360_000)

  it('shows chips and search results as text, and the detail drawer of a firm and of a platform', async () => {
    await open(`/industry?${FILTERS}`)
    expect(await page.$$('[data-testid^="filter-chip-"]')).not.toHaveLength(0)
    const chipText = await page.textContent('[data-testid="filter-bar"]')
    expect(chipText).toContain('<')
    await openDetailBySearch(served('enterprises').items[0]!.name.slice(0, 6))
    expect(await page.textContent('[data-testid="detail-name"]')).toContain('<')
    await assertClean('enterprise drawer')
    await openDetailBySearch(served('platforms').items[0]!.name.slice(0, 8))
    await assertClean('platform drawer')
    await openDetailBySearch('<img src=x onerror')
    await assertClean('payload typed into the search')
  }, 120_000)

  it('opens the export menu and exports a PNG (DOM snapshot + caption) with hostile titles and names', async () => {
    await open(`/innovation?${FILTERS}`)
    await page.click('[data-testid="export-menu"]')
    await page.waitForSelector('[data-testid="export-png"]', { timeout: 5000 })
    await assertClean('export menu')
    const download = page.waitForEvent('download', { timeout: 60_000 })
    await page.click('[data-testid="export-png"]')
    await download
    await page.waitForTimeout(300)
    await assertClean('PNG export')
  }, 90_000)
})
