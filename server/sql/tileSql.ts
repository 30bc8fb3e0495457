/**
 * Vector tiles of firm and platform points (PostGIS `ST_AsMVT`), filtered like everything
 * else. A tile with more points than `maxPoints` of a layer carries grid clusters instead
 * (one feature per occupied cell with `point_count`, and the point's own properties when a
 * cell holds one point), so low zooms stay small at any data size. Up to `GRID_MAX_ZOOM` the
 * cells come pre-counted from the point grid (gridSql.ts); above it from the points in the tile.
 */
import type { Filters } from '../../src/domain/filters.ts'
import { dimPredicates, Params } from './cubeSql.ts'
import {
  cellSize,
  GRID_MAX_ZOOM,
  GRID_MIN_ZOOM,
  gridCellsSql,
  gridSetFor,
  gridSets,
  gridTable,
  levelKey,
  type GridLevels,
} from './gridSql.ts'
import type { RollupSet } from './rollups.ts'
import { nameConditions, searchTerms } from './search.ts'
import { enterpriseCube, platformCube, type CubeSpec } from './specs.ts'

export type TileLayer = 'enterprises' | 'platforms'
export const TILE_LAYERS: readonly TileLayer[] = ['enterprises', 'platforms']

export const EXTENT = 4096
const MAX_POINTS: Record<TileLayer, number> = { enterprises: 1500, platforms: 3000 }

export const TILE_SPEC: Record<TileLayer, CubeSpec<unknown>> = {
  enterprises: enterpriseCube,
  platforms: platformCube,
}

/**
 * The grid's filter combinations per layer: every subset of these dims, and all filter dims at
 * once. The firms' segment (40 values, most in every cell) stays out: with it the grid would
 * hold nearly a row per firm; a segment filter reads the all-dims rows.
 */
export const GRID_SETS: Record<TileLayer, RollupSet[]> = {
  enterprises: gridSets(enterpriseCube, ['district', 'chain', 'type']),
  platforms: gridSets(platformCube, ['district', 'chain', 'kind']),
}

/** Properties a single point carries (what the map's tooltip and click need). */
const PROPS: Record<TileLayer, string[]> = {
  enterprises: ['id', 'name', 'district', 'chain', 'segment', 'talent_total AS talent'],
  platforms: ['id', 'name', 'kind', 'level', 'district', 'founded', 'researchers', 'postdocs'],
}

/** The count label MapLibre's own clusters carry (1.2k, 15k). */
const ABBREVIATED = `CASE WHEN k >= 10000 THEN round(k / 1000.0)::text || 'k'
  WHEN k >= 1000 THEN round(k / 1000.0, 1)::text || 'k' WHEN k > 1 THEN k::text END`

export interface TileRequest {
  z: number
  x: number
  y: number
  layers: readonly TileLayer[]
  filters: Filters
  lastYear: number
  /** The grid sets the load kept (Catalog.grid). */
  grid: GridLevels
}

/**
 * One layer: the tile's cells (`cx, cy, k, sx, sy, o`: count, summed x/y, least order number),
 * from the grid or from the filtered points in the tile; if they hold few points, each point
 * with its properties (read again through the index: no join back), else a feature per cell at
 * its points' mean position, a lone point in its cell keeping its properties (looked up by order
 * number one by one: the planner, counting on as many cells as points, would hash every point).
 */
function layerSql(schema: string, layer: TileLayer, r: TileRequest, p: Params, env: string): string {
  const spec = TILE_SPEC[layer]
  const table = `${schema}.${layer}`
  const preds = dimPredicates(spec, r.filters, r.lastYear, p, 't.', 'any')
  const named = nameConditions(searchTerms(r.filters.q), p, 't.')
  const inTile = [`t.geom_3857 && ${env}`, ...preds.values(), ...named].join(' AND ')
  const kept = r.grid.get(levelKey(layer, Math.max(r.z, GRID_MIN_ZOOM)))
  // The grid counts keep no names: a search reads the points (it names few).
  const set = r.z <= GRID_MAX_ZOOM && !named.length ? gridSetFor(GRID_SETS[layer], kept, preds.keys()) : null
  const cells = set
    ? gridCellsSql(spec, set, gridTable(schema, layer), r, r.filters, r.lastYear, p)
    : `SELECT floor(mx / ${p.add(cellSize(r.z), 'float8')}) AS cx, floor(my / ${p.add(cellSize(r.z), 'float8')}) AS cy,
           count(*)::int AS k, sum(mx) AS sx, sum(my) AS sy, min(ord) AS o
         FROM (SELECT t.ord, ST_X(t.geom_3857) AS mx, ST_Y(t.geom_3857) AS my FROM ${table} t WHERE ${inTile}) pts
         GROUP BY 1, 2`
  const props = PROPS[layer].map((e) => `t.${e}`).join(', ')
  const max = p.add(MAX_POINTS[layer], 'int')
  return `(WITH cells AS MATERIALIZED (${cells}),
    n AS (SELECT coalesce(sum(k), 0) AS c FROM cells),
    feats AS (
      SELECT ST_AsMVTGeom(t.geom_3857, ${env}, ${EXTENT}, 64, true) AS geom, NULL::int AS point_count,
        NULL::text AS point_count_abbreviated, ${props}
      FROM ${table} t WHERE (SELECT c FROM n) <= ${max} AND ${inTile}
      UNION ALL
      SELECT ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(sx / k, sy / k), 3857), ${env}, ${EXTENT}, 64, true),
        CASE WHEN k > 1 THEN k END, ${ABBREVIATED}, ${props}
      FROM cells LEFT JOIN LATERAL (SELECT * FROM ${table} t WHERE cells.k = 1 AND t.ord = cells.o LIMIT 1) t ON true
      WHERE (SELECT c FROM n) > ${max}
    )
    SELECT coalesce(ST_AsMVT(feats, '${layer}', ${EXTENT}, 'geom'), ''::bytea) FROM feats)`
}

/** One statement returning the tile's bytes (layers concatenated, as MVT allows). */
export function tileSql(schema: string, r: TileRequest) {
  const p = new Params()
  const env = `ST_TileEnvelope(${p.add(r.z, 'int')}, ${p.add(r.x, 'int')}, ${p.add(r.y, 'int')})`
  const parts = r.layers.map((l) => layerSql(schema, l, r, p, env))
  return { text: `SELECT ${parts.join(' || ')} AS tile`, values: p.values }
}
