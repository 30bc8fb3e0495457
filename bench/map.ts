/**
 * Map figure (SPEC §10): on the built app's `#/`, a clustered GeoJSON source gets 200k
 * random points inside the city's bounding box; we time `setData` → the map's `idle`.
 * The in-page code is a plain string so no transpiler helper leaks into the page.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { openReady } from '../tests/e2e/browser'
import { median } from './filter'

export interface MapResult {
  points: number
  /** Median over the runs. */
  setDataToIdleMs: number
  /** Until the `setData` promise resolved (the worker has the data), median. */
  setDataResolvedMs: number
  runs: { setDataResolvedMs: number; setDataToIdleMs: number }[]
  bbox: [number, number, number, number]
}

/** [west, south, east, north] of every coordinate of the boundaries dataset. */
export function cityBbox(outDir: string): [number, number, number, number] {
  const text = readFileSync(path.join(outDir, 'api/v1/boundaries'), 'utf8')
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const m of text.matchAll(/\[\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\]/g)) {
    const x = Number(m[1])
    const y = Number(m[2])
    b[0] = Math.min(b[0], x)
    b[1] = Math.min(b[1], y)
    b[2] = Math.max(b[2], x)
    b[3] = Math.max(b[3], y)
  }
  return b
}

const PAGE_SCRIPT = `async ({ n, bbox, seed, first }) => {
  const map = document.querySelector('[data-testid=map]').__map
  if (!map) throw new Error('no map test hook')
  const withTimeout = (p, ms) => Promise.race([p, new Promise((_, no) => setTimeout(() => no(new Error('timeout')), ms))])
  const idle = () => withTimeout(new Promise((ok) => map.once('idle', ok)), 120000)
  let s = seed >>> 0
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296)
  const [w, so, e, no] = bbox
  const features = new Array(n)
  for (let i = 0; i < n; i++) {
    features[i] = { type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [w + rnd() * (e - w), so + rnd() * (no - so)] } }
  }
  const data = { type: 'FeatureCollection', features }
  if (first) {
    map.addSource('bench-points', { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, cluster: true, clusterRadius: 50, clusterMaxZoom: 14 })
    map.addLayer({ id: 'bench-clusters', type: 'circle', source: 'bench-points', paint: { 'circle-radius': ['step', ['get', 'point_count'], 6, 100, 12, 1000, 18], 'circle-color': '#ff8800' } })
    const ready = idle()
    map.triggerRepaint()
    await ready
  }
  const t0 = performance.now()
  const done = idle()
  await map.getSource('bench-points').setData(data)
  const t1 = performance.now()
  await done
  const t2 = performance.now()
  return { setDataResolvedMs: t1 - t0, setDataToIdleMs: t2 - t0 }
}`

/** Times setData → idle `runs` times (fresh random points each time) on the app served at `base`. */
export async function benchMap(
  browser: Browser,
  base: string,
  bbox: MapResult['bbox'],
  points = 200_000,
  runs = 3,
): Promise<MapResult> {
  // The app's CSP forbids eval; the injected bench script is a string, so this page bypasses it.
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, bypassCSP: true })
  const page = await context.newPage()
  try {
    await openReady(page, base, '/')
    await page.waitForFunction(`!!document.querySelector('[data-testid=map]')?.__map?.loaded()`, null, {
      timeout: 60_000,
    })
    const out: MapResult['runs'] = []
    for (let i = 0; i < runs; i++) {
      const arg = { n: points, bbox, seed: 42 + i, first: i === 0 }
      out.push(await page.evaluate(`(${PAGE_SCRIPT})(${JSON.stringify(arg)})`))
    }
    return {
      points,
      setDataToIdleMs: median(out.map((r) => r.setDataToIdleMs)),
      setDataResolvedMs: median(out.map((r) => r.setDataResolvedMs)),
      runs: out,
      bbox,
    }
  } finally {
    await context.close()
  }
}
