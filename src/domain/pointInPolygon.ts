import type { Boundaries } from './types'

type Ring = number[][]

interface Indexed {
  bbox: [number, number, number, number]
  polygons: Ring[][]
}

const NONE: number[] = []

/** Ray casting over one ring; indexed reads (no destructuring) keep 200k points against six districts fast. */
function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false
  const n = ring.length
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = ring[i] ?? NONE
    const b = ring[j] ?? NONE
    const xi = a[0] ?? 0
    const yi = a[1] ?? 0
    const xj = b[0] ?? 0
    const yj = b[1] ?? 0
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

function inPolygon(x: number, y: number, rings: Ring[]): boolean {
  const [outer, ...holes] = rings
  if (!outer || !inRing(x, y, outer)) return false
  return !holes.some((h) => inRing(x, y, h))
}

/** Cells per side of each district's lookup grid. */
const GRID = 64
const OUTSIDE = 0
const INSIDE = 1
const EDGE = 2

/**
 * A GRID × GRID raster over the bbox: cells no ring edge's bbox touches lie wholly inside or
 * outside (decided once at their centre); only EDGE cells need ray casting. 200k firms against
 * rings of thousands of vertices went from ≈ 1.3 s to a few tens of ms.
 */
function cellOf(v: number, origin: number, size: number): number {
  return Math.min(GRID - 1, Math.max(0, Math.floor((v - origin) / size)))
}

function cellSize(d: Indexed): [number, number] {
  const [x0, y0, x1, y1] = d.bbox
  return [(x1 - x0) / GRID || 1, (y1 - y0) / GRID || 1]
}

function rasterize(d: Indexed): Uint8Array {
  const [x0, y0] = d.bbox
  const [w, h] = cellSize(d)
  // One cell of margin around each edge's bbox: rounding can never leave a crossed cell unmarked.
  const cell = (v: number, o: number, size: number, pad: number) => cellOf(v, o, size) + pad
  const grid = new Uint8Array(GRID * GRID)
  for (const rings of d.polygons)
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i] ?? NONE
        const b = ring[j] ?? NONE
        const [ax = 0, ay = 0] = a
        const [bx = 0, by = 0] = b
        const cx0 = Math.max(0, cell(Math.min(ax, bx), x0, w, -1))
        const cx1 = Math.min(GRID - 1, cell(Math.max(ax, bx), x0, w, 1))
        const cy0 = Math.max(0, cell(Math.min(ay, by), y0, h, -1))
        const cy1 = Math.min(GRID - 1, cell(Math.max(ay, by), y0, h, 1))
        for (let cy = cy0; cy <= cy1; cy++) for (let cx = cx0; cx <= cx1; cx++) grid[cy * GRID + cx] = EDGE
      }
  for (let cy = 0; cy < GRID; cy++)
    for (let cx = 0; cx < GRID; cx++) {
      const k = cy * GRID + cx
      if (grid[k] === EDGE) continue
      const inside = d.polygons.some((p) => inPolygon(x0 + (cx + 0.5) * w, y0 + (cy + 0.5) * h, p))
      grid[k] = inside ? INSIDE : OUTSIDE
    }
  return grid
}

/** A lookup "is (lon, lat) inside district adcode": bbox, then the district's grid, then the rings. */
export function districtLocator(boundaries: Boundaries): (adcode: string, lon: number, lat: number) => boolean {
  const index = new Map<string, Indexed>()
  for (const f of boundaries.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
    const bbox: Indexed['bbox'] = [Infinity, Infinity, -Infinity, -Infinity]
    for (const p of polygons)
      for (const [x = 0, y = 0] of p[0] ?? []) {
        bbox[0] = Math.min(bbox[0], x)
        bbox[1] = Math.min(bbox[1], y)
        bbox[2] = Math.max(bbox[2], x)
        bbox[3] = Math.max(bbox[3], y)
      }
    const prev = index.get(f.properties.adcode)
    index.set(
      f.properties.adcode,
      prev ? { bbox: mergeBbox(prev.bbox, bbox), polygons: [...prev.polygons, ...polygons] } : { bbox, polygons },
    )
  }
  const grids = new Map<string, Uint8Array>()
  return (adcode, lon, lat) => {
    const d = index.get(adcode)
    if (!d) return false
    const [x0, y0, x1, y1] = d.bbox
    if (!(lon >= x0 && lon <= x1 && lat >= y0 && lat <= y1)) return false
    let grid = grids.get(adcode)
    if (!grid) grids.set(adcode, (grid = rasterize(d)))
    const [w, h] = cellSize(d)
    const state = grid[cellOf(lat, y0, h) * GRID + cellOf(lon, x0, w)]
    if (state !== EDGE) return state === INSIDE
    return d.polygons.some((p) => inPolygon(lon, lat, p))
  }
}

function mergeBbox(a: Indexed['bbox'], b: Indexed['bbox']): Indexed['bbox'] {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]
}
