/**
 * Vector tiles of firm and platform points (PostGIS `ST_AsMVT`), filtered like everything
 * else. A tile with more points than `maxPoints` of a layer carries grid clusters instead
 * (one feature per occupied cell with `point_count`, and the point's own properties when a
 * cell holds one point), so low zooms stay small at any data size.
 */
import type { Filters } from '../../src/domain/filters.ts'
import { dimPredicates, Params } from './cubeSql.ts'
import { enterpriseCube, platformCube, type CubeSpec } from './specs.ts'

export type TileLayer = 'enterprises' | 'platforms'
export const TILE_LAYERS: readonly TileLayer[] = ['enterprises', 'platforms']

export const EXTENT = 4096
/** Grid cells per tile side for clusters (≈ 32 px on a 512 px tile). */
const CELLS = 16
const MAX_POINTS: Record<TileLayer, number> = { enterprises: 1500, platforms: 3000 }
/** Web Mercator's width in metres. */
const WORLD = 2 * 20037508.342789244

const SPEC: Record<TileLayer, CubeSpec<unknown>> = {
  enterprises: enterpriseCube,
  platforms: platformCube,
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
}

/**
 * One layer: the filtered points in the tile as narrow rows (order number and Web Mercator x/y
 * only); if they are few, each point with its properties (joined back by order number), else
 * grid cells of a global grid (so neighbouring tiles agree) at their points' mean position,
 * a lone point in its cell keeping its properties.
 */
function layerSql(schema: string, layer: TileLayer, r: TileRequest, p: Params, env: string): string {
  const conds = [`t.geom_3857 && ${env}`, ...dimPredicates(SPEC[layer], r.filters, r.lastYear, p, 't.').values()]
  const props = PROPS[layer].map((e) => `t.${e}`).join(', ')
  const cell = p.add(WORLD / 2 ** r.z / CELLS, 'float8')
  const max = p.add(MAX_POINTS[layer], 'int')
  const table = `${schema}.${layer}`
  return `(WITH pts AS MATERIALIZED (
      SELECT t.ord, ST_X(t.geom_3857) AS mx, ST_Y(t.geom_3857) AS my FROM ${table} t WHERE ${conds.join(' AND ')}
    ),
    n AS (SELECT count(*) AS c FROM pts),
    cells AS (
      SELECT count(*)::int AS k, avg(mx) AS ax, avg(my) AS ay, min(ord) AS o FROM pts
      WHERE (SELECT c FROM n) > ${max} GROUP BY floor(mx / ${cell}), floor(my / ${cell})
    ),
    feats AS (
      SELECT ST_AsMVTGeom(t.geom_3857, ${env}, ${EXTENT}, 64, true) AS geom, NULL::int AS point_count,
        NULL::text AS point_count_abbreviated, ${props}
      FROM pts JOIN ${table} t ON t.ord = pts.ord WHERE (SELECT c FROM n) <= ${max}
      UNION ALL
      SELECT ST_AsMVTGeom(ST_SetSRID(ST_MakePoint(ax, ay), 3857), ${env}, ${EXTENT}, 64, true),
        CASE WHEN k > 1 THEN k END, ${ABBREVIATED}, ${props}
      FROM cells LEFT JOIN ${table} t ON cells.k = 1 AND t.ord = cells.o
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
