import { bbox, hexGrid } from '@turf/turf'

export type BBox = [west: number, south: number, east: number, north: number]

export interface HexProps {
  /** Index of the hex in the grid. */
  hex: number
  count: number
}

/** A hex grid with a bucket index of its centres, so binning a point costs O(1). */
export interface HexIndex {
  features: GeoJSON.Feature<GeoJSON.Polygon>[]
  centres: [number, number][]
  /** Hex radius in degrees along x and y (turf's hexes are regular in km, not in degrees). */
  rx: number
  ry: number
  origin: [number, number]
  /** Dense buckets of hex ids, `nx` × `ny`, each 2·rx wide and 2·ry high. */
  buckets: number[][]
  nx: number
  ny: number
}

const KM_PER_DEG_LAT = 111.2

/** The bbox grown by `km` on every side, so edge points still fall in a whole hex. */
export function padBBox([w, s, e, n]: BBox, km: number): BBox {
  const dLat = km / KM_PER_DEG_LAT
  const dLon = dLat / Math.cos((((s + n) / 2) * Math.PI) / 180)
  return [w - dLon, s - dLat, e + dLon, n + dLat]
}

/** turf `hexGrid` over the bbox (padded by one cell) with cells of `cellKm` per side. */
export function buildHexIndex(bbox: BBox, cellKm: number): HexIndex {
  const grid = hexGrid(padBBox(bbox, cellKm * 2), cellKm, { units: 'kilometers' })
  const features = grid.features
  const centres = features.map((f) => {
    const ring = f.geometry.coordinates[0] ?? []
    let x = 0
    let y = 0
    for (let k = 0; k < 6; k++) {
      x += ring[k]?.[0] ?? 0
      y += ring[k]?.[1] ?? 0
    }
    return [x / 6, y / 6] as [number, number]
  })
  const ring0 = features[0]?.geometry.coordinates[0] ?? []
  const xs = ring0.map((c) => c[0] ?? 0)
  const ys = ring0.map((c) => c[1] ?? 0)
  const rx = (Math.max(...xs) - Math.min(...xs)) / 2
  const ry = (Math.max(...ys) - Math.min(...ys)) / Math.sqrt(3)
  const origin: [number, number] = [Math.min(...centres.map((c) => c[0])), Math.min(...centres.map((c) => c[1]))]
  const col = (x: number) => Math.floor((x - origin[0]) / (2 * rx))
  const row = (y: number) => Math.floor((y - origin[1]) / (2 * ry))
  const nx = Math.max(0, ...centres.map((c) => col(c[0]))) + 1
  const ny = Math.max(0, ...centres.map((c) => row(c[1]))) + 1
  const buckets = Array.from({ length: nx * ny }, (): number[] => [])
  centres.forEach(([x, y], h) => buckets[col(x) * ny + row(y)]?.push(h))
  return { features, centres, rx, ry, origin, buckets, nx, ny }
}

/** The hex holding (lon, lat): the nearest centre once x is scaled so the hexes are regular. */
export function hexOf(index: HexIndex, lon: number, lat: number): number {
  const { rx, ry, origin, buckets, centres, nx, ny } = index
  const i = Math.floor((lon - origin[0]) / (2 * rx))
  const j = Math.floor((lat - origin[1]) / (2 * ry))
  const scale = ry / rx
  let best = -1
  let bestD = Infinity
  for (let bi = Math.max(0, i - 1); bi <= Math.min(nx - 1, i + 1); bi++) {
    for (let bj = Math.max(0, j - 1); bj <= Math.min(ny - 1, j + 1); bj++) {
      for (const h of buckets[bi * ny + bj] as number[]) {
        const c = centres[h] as [number, number]
        const dx = (c[0] - lon) * scale
        const dy = c[1] - lat
        const d = dx * dx + dy * dy
        if (d < bestD) {
          best = h
          bestD = d
        }
      }
    }
  }
  return bestD <= ry * ry * 1.34 ? best : -1
}

/** Points (those at `indices`, or all) per hex, as polygons with `count` (only hexes with points), plus the max count. */
export function hexbinCounts(
  index: HexIndex,
  points: { readonly lon: ArrayLike<number>; readonly lat: ArrayLike<number> },
  indices: ArrayLike<number> | null = null,
): { data: GeoJSON.FeatureCollection<GeoJSON.Polygon, HexProps>; max: number; binned: number } {
  const counts = new Uint32Array(index.features.length)
  let binned = 0
  const n = indices ? indices.length : points.lon.length
  for (let k = 0; k < n; k++) {
    const i = indices ? (indices[k] as number) : k
    const h = hexOf(index, points.lon[i] as number, points.lat[i] as number)
    if (h < 0) continue
    counts[h] = (counts[h] ?? 0) + 1
    binned += 1
  }
  let max = 0
  const features: GeoJSON.Feature<GeoJSON.Polygon, HexProps>[] = []
  counts.forEach((count, hex) => {
    if (!count) return
    max = Math.max(max, count)
    const f = index.features[hex] as GeoJSON.Feature<GeoJSON.Polygon>
    features.push({ type: 'Feature', id: hex, geometry: f.geometry, properties: { hex, count } })
  })
  return { data: { type: 'FeatureCollection', features }, max, binned }
}

/** The hex index over the city: the bbox of the district boundaries. */
export function cityHexIndex(boundaries: GeoJSON.FeatureCollection, cellKm: number): HexIndex {
  return buildHexIndex(bbox(boundaries) as BBox, cellKm)
}
