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

/** A lookup "is (lon, lat) inside district adcode", with a bbox test before the rings. */
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
    index.set(f.properties.adcode, prev ? { bbox: mergeBbox(prev.bbox, bbox), polygons: [...prev.polygons, ...polygons] } : { bbox, polygons })
  }
  return (adcode, lon, lat) => {
    const d = index.get(adcode)
    if (!d) return false
    const [x0, y0, x1, y1] = d.bbox
    if (lon < x0 || lon > x1 || lat < y0 || lat > y1) return false
    return d.polygons.some((p) => inPolygon(lon, lat, p))
  }
}

function mergeBbox(a: Indexed['bbox'], b: Indexed['bbox']): Indexed['bbox'] {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]
}
