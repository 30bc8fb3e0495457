/**
 * Vector tiles of a large point set, made on demand (in the firm tile worker) from the points' columns
 * and the selection mask, so a filter change costs the visible tiles, not an upload of every point:
 * - clusters: below `CLUSTER_MAX_ZOOM`, points falling in the same cell of a grid (CELLS × CELLS per
 *   tile, aligned to the tile) become one cluster at their centroid with `point_count`; a cell holding one
 *   point shows that point. A cell lies in one tile, so no cluster is cut or doubled at a tile edge.
 * - heat: points summed per small cell into weighted points (`n`), the heatmap's `heatmap-weight`.
 * Points carry `i` (their record index) and `chain`, clusters the bounds of their points (`w s e n`).
 */
import { encodePointTile, EXTENT, type TilePoint } from './mvt'

/** Clusters up to this zoom; single points above it (as MapLibre's clustered sources here). */
export const CLUSTER_MAX_ZOOM = 14
/** The name of the tiles' one layer (`source-layer`). */
export const POINT_TILE_LAYER = 'points'

/** Cluster cells per tile side: 8 of a 512 px tile, 64 px each. */
const CELLS = 8
/** Heat cells per tile side: 4 px each. */
const HEAT_CELLS = 128
/** The index's grid per side, over the points' extent. */
const GRID = 256

export type TileMode = 'clusters' | 'heat'

export interface PointSet {
  lon: ArrayLike<number>
  lat: ArrayLike<number>
  /** Per point, the index into `chains` of its chain (the colour of a single point). */
  chain: ArrayLike<number>
  chains: readonly string[]
}

/** Points in Web Mercator world coordinates (0…1), bucketed in a grid for tile queries. */
export interface PointIndex {
  set: PointSet
  x: Float64Array
  y: Float64Array
  /** Point indices by grid cell: cell c holds order[start[c]] … order[start[c + 1] - 1]. */
  order: Uint32Array
  start: Uint32Array
  box: [minX: number, minY: number, maxX: number, maxY: number]
}

const mercX = (lon: number) => (lon + 180) / 360
function mercY(lat: number): number {
  const s = Math.sin((lat * Math.PI) / 180)
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)
}

export function indexPoints(set: PointSet): PointIndex {
  const n = set.lon.length
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
  for (let i = 0; i < n; i++) {
    x[i] = mercX(set.lon[i] as number)
    y[i] = mercY(set.lat[i] as number)
    minX = Math.min(minX, x[i] as number)
    maxX = Math.max(maxX, x[i] as number)
    minY = Math.min(minY, y[i] as number)
    maxY = Math.max(maxY, y[i] as number)
  }
  const box: PointIndex['box'] = n ? [minX, minY, maxX, maxY] : [0, 0, 0, 0]
  const cell = cellOf(box)
  const start = new Uint32Array(GRID * GRID + 1)
  const cells = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    const c = cell(x[i] as number, y[i] as number)
    cells[i] = c
    start[c + 1] = (start[c + 1] as number) + 1
  }
  for (let c = 0; c < GRID * GRID; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number)
  const fill = start.slice(0, GRID * GRID)
  const order = new Uint32Array(n)
  for (let i = 0; i < n; i++) {
    const c = cells[i] as number
    order[fill[c] as number] = i
    fill[c] = (fill[c] as number) + 1
  }
  return { set, x, y, order, start, box }
}

function gridPos(v: number, min: number, max: number): number {
  const span = max - min || 1
  return Math.min(GRID - 1, Math.max(0, Math.floor(((v - min) / span) * GRID)))
}

function cellOf([minX, minY, maxX, maxY]: PointIndex['box']) {
  return (x: number, y: number) => gridPos(x, minX, maxX) * GRID + gridPos(y, minY, maxY)
}

/** Calls `fn` for each selected point inside tile (z, x, y), with its position in tile coordinates. */
function forEachInTile(
  index: PointIndex,
  mask: Uint8Array | null,
  z: number,
  tx: number,
  ty: number,
  fn: (i: number, px: number, py: number) => void,
) {
  const scale = 2 ** z
  const x0 = tx / scale
  const y0 = ty / scale
  const x1 = (tx + 1) / scale
  const y1 = (ty + 1) / scale
  const [minX, minY, maxX, maxY] = index.box
  if (x1 < minX || x0 > maxX || y1 < minY || y0 > maxY) return
  const gx0 = gridPos(x0, minX, maxX)
  const gx1 = gridPos(x1, minX, maxX)
  const gy0 = gridPos(y0, minY, maxY)
  const gy1 = gridPos(y1, minY, maxY)
  for (let gx = gx0; gx <= gx1; gx++) {
    for (let gy = gy0; gy <= gy1; gy++) {
      const c = gx * GRID + gy
      for (let k = index.start[c] as number; k < (index.start[c + 1] as number); k++) {
        const i = index.order[k] as number
        if (mask && !mask[i]) continue
        const px = ((index.x[i] as number) - x0) * scale * EXTENT
        const py = ((index.y[i] as number) - y0) * scale * EXTENT
        if (px >= 0 && px < EXTENT && py >= 0 && py < EXTENT) fn(i, px, py)
      }
    }
  }
}

function pointFeature(index: PointIndex, i: number, px: number, py: number): TilePoint {
  const { chain, chains } = index.set
  return { id: i, x: px, y: py, properties: { i, chain: chains[chain[i] as number] ?? '' } }
}

/** 1234 → "1.2k", as MapLibre's clustered sources abbreviate `point_count`. */
export function abbreviate(n: number): string {
  if (n >= 10000) return `${Math.round(n / 1000)}k`
  if (n >= 1000) return `${Math.round(n / 100) / 10}k`
  return String(n)
}

interface Cell {
  n: number
  sx: number
  sy: number
  first: number
  fx: number
  fy: number
  w: number
  s: number
  e: number
  north: number
}

/** The features of tile (z, x, y): clusters or points, or weighted heat points. */
export function tileFeatures(
  index: PointIndex,
  mask: Uint8Array | null,
  z: number,
  tx: number,
  ty: number,
  mode: TileMode,
): TilePoint[] {
  const aggregate = mode === 'heat' || z <= CLUSTER_MAX_ZOOM
  if (!aggregate) {
    const out: TilePoint[] = []
    forEachInTile(index, mask, z, tx, ty, (i, px, py) => out.push(pointFeature(index, i, px, py)))
    return out
  }
  const cells = mode === 'heat' ? HEAT_CELLS : CELLS
  const size = EXTENT / cells
  const grid = new Map<number, Cell>()
  forEachInTile(index, mask, z, tx, ty, (i, px, py) => {
    const key = Math.floor(px / size) * cells + Math.floor(py / size)
    const lon = index.set.lon[i] as number
    const lat = index.set.lat[i] as number
    const c = grid.get(key)
    if (!c) {
      grid.set(key, { n: 1, sx: px, sy: py, first: i, fx: px, fy: py, w: lon, s: lat, e: lon, north: lat })
      return
    }
    c.n++
    c.sx += px
    c.sy += py
    c.w = Math.min(c.w, lon)
    c.e = Math.max(c.e, lon)
    c.s = Math.min(c.s, lat)
    c.north = Math.max(c.north, lat)
  })
  const out: TilePoint[] = []
  for (const [key, c] of grid) {
    const x = c.sx / c.n
    const y = c.sy / c.n
    if (mode === 'heat') out.push({ id: key, x, y, properties: { n: c.n } })
    else if (c.n === 1) out.push(pointFeature(index, c.first, c.fx, c.fy))
    else
      out.push({
        // Cluster ids above any record index: the tile's cell, unique within the tile.
        id: index.set.lon.length + key,
        x,
        y,
        properties: {
          cluster: true,
          point_count: c.n,
          point_count_abbreviated: abbreviate(c.n),
          w: c.w,
          s: c.s,
          e: c.e,
          n: c.north,
        },
      })
  }
  return out
}

/** Tile (z, x, y) encoded as a vector tile. */
export function pointTile(
  index: PointIndex,
  mask: Uint8Array | null,
  z: number,
  x: number,
  y: number,
  mode: TileMode,
): Uint8Array {
  return encodePointTile(POINT_TILE_LAYER, tileFeatures(index, mask, z, x, y, mode))
}
