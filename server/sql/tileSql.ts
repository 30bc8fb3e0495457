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
const ABBREVIATED = `CASE WHEN count(*) >= 10000 THEN round(count(*) / 1000.0)::text || 'k'
  WHEN count(*) >= 1000 THEN round(count(*) / 1000.0, 1)::text || 'k' WHEN count(*) > 1 THEN count(*)::text END`

const alias = (expr: string) => expr.split(' AS ').at(-1) as string

export interface TileRequest {
  z: number
  x: number
  y: number
  layers: readonly TileLayer[]
  filters: Filters
  lastYear: number
}

function layerSql(schema: string, layer: TileLayer, r: TileRequest, p: Params, env: string): string {
  const conds = [`t.geom_3857 && ${env}`, ...dimPredicates(SPEC[layer], r.filters, r.lastYear, p, 't.').values()]
  const props = PROPS[layer]
  const points = `SELECT ST_AsMVTGeom(geom_3857, ${env}, ${EXTENT}, 64, true) AS geom, NULL::int AS point_count, NULL::text AS point_count_abbreviated, ${props.map(alias).join(', ')} FROM pts`
  const cell = p.add(WORLD / 2 ** r.z / CELLS, 'float8')
  const single = props.map((e) => `CASE WHEN count(*) = 1 THEN min(${alias(e)}) END AS ${alias(e)}`)
  const clusters = `SELECT ST_AsMVTGeom(ST_Centroid(ST_Collect(geom_3857)), ${env}, ${EXTENT}, 64, true) AS geom,
      CASE WHEN count(*) > 1 THEN count(*)::int END AS point_count, ${ABBREVIATED} AS point_count_abbreviated,
      ${single.join(', ')}
    FROM pts GROUP BY ST_SnapToGrid(geom_3857, ${cell})`
  const max = p.add(MAX_POINTS[layer], 'int')
  return `(WITH pts AS MATERIALIZED (
      SELECT t.geom_3857, ${props.map((e) => `t.${e}`).join(', ')}
      FROM ${schema}.${layer} t WHERE ${conds.join(' AND ')}
    ),
    feats AS (${points} WHERE (SELECT count(*) FROM pts) <= ${max}
      UNION ALL ${clusters} HAVING (SELECT count(*) FROM pts) > ${max})
    SELECT coalesce(ST_AsMVT(feats, '${layer}', ${EXTENT}, 'geom'), ''::bytea) FROM feats)`
}

/** One statement returning the tile's bytes (layers concatenated, as MVT allows). */
export function tileSql(schema: string, r: TileRequest) {
  const p = new Params()
  const env = `ST_TileEnvelope(${p.add(r.z, 'int')}, ${p.add(r.x, 'int')}, ${p.add(r.y, 'int')})`
  const parts = r.layers.map((l) => layerSql(schema, l, r, p, env))
  return { text: `SELECT ${parts.join(' || ')} AS tile`, values: p.values }
}
