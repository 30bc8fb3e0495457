/**
 * The point grid behind low-zoom tiles: per zoom up to `GRID_MAX_ZOOM`, the firms (platforms)
 * counted per cluster cell of that zoom (a 16 × 16 grid per tile, global) × the filter dims,
 * with their summed Web Mercator x/y (the cluster's centroid) and their least order number (the
 * point a cell of one shows). A tile then sums the rows of its 256 cells instead of grouping
 * every point under it (2M at province size). Like the cubes' roll-ups (rollups.ts), the grid
 * is kept per combination of filters (`gs`): with no filter a cell is one row per founding-year
 * bucket, whatever the dims under it.
 */
import type { Filters } from '../../src/domain/filters.ts'
import { dimPredicates, Params } from './cubeSql.ts'
import { column, ident } from './names.ts'
import { bucketExpr, groupSet, type RollupSet, type YearBounds } from './rollups.ts'
import type { CubeSpec, DimSpec } from './specs.ts'

/**
 * The zooms the grid is kept at: above the last, tiles read the points (through the GiST index);
 * below the first, a tile regroups the first zoom's cells (4^k of them per cell of its own).
 */
export const GRID_MIN_ZOOM = 5
export const GRID_MAX_ZOOM = 9
/**
 * A combination of filters is kept at a zoom when its rows are few (cheap to read whatever
 * the gain) or at least this many times fewer than the points; else tiles read the points.
 */
const SMALL_ROWS = 50_000
const MIN_GAIN = 4
/** Cluster cells per tile side (≈ 32 px on a 512 px tile). */
export const CELLS = 16
/** Web Mercator's width in metres. */
export const WORLD = 2 * 20037508.342789244

/** A cell's side at zoom z: a power-of-two fraction of the world, so the cells of z+1 nest in those of z. */
export const cellSize = (z: number) => WORLD / 2 ** z / CELLS

export const gridTable = (schema: string, layer: string) => `${schema}.${ident(`grid_${layer}`)}`

const dimColumn = (spec: CubeSpec<unknown>, dim: string) => ident(column((spec.dims[dim] as DimSpec<unknown>).field))

const OPTIONAL = new Set(['any-of', 'exact', 'list-contains'])

/**
 * The grid's filter combinations: every subset of `narrow` (dims with few values per cell) and
 * all filter dims at once (any other combination: a wide dim such as the firms' 40 segments,
 * kept separately, would make the grid as large as the points).
 */
export function gridSets(spec: CubeSpec<unknown>, narrow: readonly string[]): RollupSet[] {
  const entries = Object.entries(spec.dims).filter(([, d]) => d.kind !== undefined)
  const always = entries.filter(([, d]) => !OPTIONAL.has(d.kind as string)).map(([n]) => n)
  const optional = entries.filter(([, d]) => OPTIONAL.has(d.kind as string)).map(([n]) => n)
  const subsets = narrow.reduce<string[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]])
  const sets = new Map<number, RollupSet>()
  for (const sub of [...subsets, optional]) {
    const s = groupSet(spec, [], [], [...sub, ...always])
    sets.set(s.id, s)
  }
  return [...sets.values()].sort((a, b) => a.dims.length - b.dims.length || a.id - b.id)
}

/** Which grid sets a load kept at which zoom (table `grid_levels`). */
export type GridLevels = ReadonlyMap<string, ReadonlySet<number>>

export const levelKey = (layer: string, z: number) => `${layer}/${z}`

/** The smallest grid set kept at zoom `z` that holds every filtered dim, or null (read the points). */
export function gridSetFor(
  sets: readonly RollupSet[],
  kept: ReadonlySet<number> | undefined,
  filtered: Iterable<string>,
): RollupSet | null {
  const need = [...filtered]
  return sets.find((s) => kept?.has(s.id) && need.every((d) => s.dims.includes(d))) ?? null
}

/**
 * Statements that build a layer's grid from its raw table `raw` (points in `geom_3857`, order
 * number `ord`): the finest zoom over every filter dim from the points, each coarser zoom from
 * the one above (cells nest: floor(floor(x / c) / 2) = floor(x / 2c)), then the other sets
 * from the full one. Rows are stored by set, zoom and cell, with an index in that order.
 */
export function gridBuildSql(
  spec: CubeSpec<unknown>,
  sets: readonly RollupSet[],
  s: string,
  layer: string,
  raw: string,
  years: YearBounds | null,
): { text: string; values: unknown[] }[] {
  const table = gridTable(s, layer)
  const full = sets.at(-1) as RollupSet
  const cols = (set: RollupSet) => set.dims.map((d) => dimColumn(spec, d))
  const stage = `${s}.${ident(`grid_${layer}_build`)}`
  const out: { text: string; values: unknown[] }[] = []
  const p = new Params()
  const keys = full.dims.map((d) => {
    const col = dimColumn(spec, d)
    return years && !full.exact.has(d) ? `${bucketExpr(col, years, p)} AS ${col}` : col
  })
  const n = keys.length
  out.push({
    text: `CREATE UNLOGGED TABLE ${stage} AS
      SELECT ${GRID_MAX_ZOOM}::smallint AS z, floor(ST_X(geom_3857) / ${p.add(cellSize(GRID_MAX_ZOOM), 'float8')})::int AS cx,
        floor(ST_Y(geom_3857) / ${p.add(cellSize(GRID_MAX_ZOOM), 'float8')})::int AS cy, ${keys.join(', ')},
        count(*)::int AS k, sum(ST_X(geom_3857)) AS sx, sum(ST_Y(geom_3857)) AS sy, min(ord) AS o
      FROM ${s}.${ident(raw)} GROUP BY ${Array.from({ length: n + 3 }, (_, i) => i + 1).join(', ')}`,
    values: p.values,
  })
  const sums = 'sum(k)::int AS k, sum(sx) AS sx, sum(sy) AS sy, min(o) AS o'
  for (let z = GRID_MAX_ZOOM - 1; z >= GRID_MIN_ZOOM; z--)
    out.push({
      text: `INSERT INTO ${stage} SELECT ${z}, floor(cx::float8 / 2)::int, floor(cy::float8 / 2)::int, ${cols(full).join(', ')}, ${sums}
        FROM ${stage} WHERE z = ${z + 1} GROUP BY 2, 3, ${cols(full).join(', ')}`,
      values: [],
    })
  out.push({
    text: `CREATE TABLE ${table} AS SELECT 0::int AS gs, z, cx, cy, ${cols(full).join(', ')}, k, sx, sy, o FROM ${stage} LIMIT 0`,
    values: [],
  })
  const part = `${s}.${ident(`grid_${layer}_part`)}`
  for (const set of sets) {
    const c = cols(set)
    const dims = c.length ? `, ${c.join(', ')}` : ''
    const q = new Params()
    const keep = `SELECT z FROM ${part} GROUP BY z
      HAVING count(*) <= ${q.add(SMALL_ROWS, 'int')} OR count(*) * ${q.add(MIN_GAIN, 'int')} <= (SELECT count(*) FROM ${s}.${ident(raw)})`
    out.push(
      {
        text: `CREATE UNLOGGED TABLE ${part} AS SELECT z, cx, cy${dims}, ${sums} FROM ${stage} GROUP BY z, cx, cy${dims}`,
        values: [],
      },
      {
        text: `INSERT INTO ${table} (gs, z, cx, cy${dims}, k, sx, sy, o)
          SELECT ${set.id}, z, cx, cy${dims}, k, sx, sy, o FROM ${part} WHERE z IN (${keep}) ORDER BY z, cx, cy`,
        values: q.values,
      },
      {
        text: `INSERT INTO ${s}.grid_levels (layer, gs, z, rows)
          SELECT $1::text, ${set.id}, z, count(*) FROM ${table} WHERE gs = ${set.id} GROUP BY z`,
        values: [layer],
      },
      { text: `DROP TABLE ${part}`, values: [] },
    )
  }
  out.push({ text: `DROP TABLE ${stage}`, values: [] })
  out.push({ text: `CREATE INDEX ON ${table} (gs, z, cx, cy)`, values: [] })
  out.push({ text: `ANALYZE ${table}`, values: [] })
  return out
}

/** The cells of tile (z, x, y) in the grid's cell numbers: x grows east, y north (tile rows grow south). */
export function tileCells(z: number, x: number, y: number) {
  const half = 2 ** (z - 1) * CELLS
  return {
    x0: x * CELLS - half,
    x1: (x + 1) * CELLS - 1 - half,
    y0: half - (y + 1) * CELLS,
    y1: half - y * CELLS - 1,
  }
}

/**
 * The grid rows of one tile summed per cell (`cx, cy, k, sx, sy, o`) from grid set `set`, every
 * filter a predicate on the grid's own columns. Below the grid's first zoom the cells of that
 * zoom are regrouped into the tile's own (cells nest).
 */
export function gridCellsSql(
  spec: CubeSpec<unknown>,
  set: RollupSet,
  table: string,
  tile: { z: number; x: number; y: number },
  f: Filters,
  lastYear: number,
  p: Params,
): string {
  const preds = dimPredicates(spec, f, lastYear, p, 'g.')
  const zg = Math.max(tile.z, GRID_MIN_ZOOM)
  const k = 2 ** (zg - tile.z)
  const c = tileCells(tile.z, tile.x, tile.y)
  const conds = [
    `g.gs = ${set.id}`,
    `g.z = ${p.add(zg, 'int')}`,
    `g.cx BETWEEN ${p.add(c.x0 * k, 'int')} AND ${p.add((c.x1 + 1) * k - 1, 'int')}`,
    `g.cy BETWEEN ${p.add(c.y0 * k, 'int')} AND ${p.add((c.y1 + 1) * k - 1, 'int')}`,
    ...preds.values(),
  ]
  const cell = (col: string) => (k === 1 ? `g.${col}` : `floor(g.${col}::float8 / ${k})::int`)
  return `SELECT ${cell('cx')} AS cx, ${cell('cy')} AS cy, sum(g.k)::int AS k, sum(g.sx) AS sx, sum(g.sy) AS sy,
      min(g.o) AS o
    FROM ${table} g WHERE ${conds.join(' AND ')} GROUP BY 1, 2`
}
