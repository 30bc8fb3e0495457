/** Runs the generated SQL: the engine-shaped `/query` and `/kpis`, paged lists, tiles. */
import type pg from 'pg'
import { domainEntries } from '../src/domain/engine/build.ts'
import type { Filters } from '../src/domain/filters.ts'
import type { KpiId } from '../src/domain/kpis.ts'
import type { Catalog } from './catalog.ts'
import { RAW_TABLE, SCHEMA } from './db/schema.ts'
import { CUBES } from './sql/catalog.ts'
import { cubeQuerySql, dimPredicates, namedKeysSql, Params, type NamedRows } from './sql/cubeSql.ts'
import { listSql, toEnterprise, toPlatform, type ListName, type ListRequest } from './sql/listSql.ts'
import { searchTerms } from './sql/search.ts'
import { shapeCube, type CubeRow, type DimValue, type DimValues } from './sql/shape.ts'
import { talentCube, type CubeSpec } from './sql/specs.ts'
import { tileSql, type TileRequest } from './sql/tileSql.ts'

type Aggregates = Record<string, unknown>

/** The engine's `EngineResult`: the five KPIs and each cube's aggregates (Maps). */
export interface QueryResult {
  kpis: Record<KpiId, number | null>
  talent: Aggregates | null
  enterprises: Aggregates | null
  platforms: Aggregates | null
}

/** Which cube total each KPI is (as src/domain/engine builds `kpis`). */
const KPI_SOURCE: Record<KpiId, [cube: 'talent' | 'enterprises' | 'platforms', measure: string]> = {
  'talent-stock': ['talent', 'stock'],
  'talent-inflow': ['talent', 'inflow'],
  'enterprise-count': ['enterprises', 'count'],
  'platform-count': ['platforms', 'count'],
  'postdoc-count': ['platforms', 'postdocs'],
}

function kpisOf(parts: Record<string, Aggregates>): QueryResult['kpis'] {
  const out = {} as QueryResult['kpis']
  for (const [id, [cube, m]] of Object.entries(KPI_SOURCE)) out[id as KpiId] = (parts[cube]?.[m] as number) ?? null
  return out
}

/** The spec with only its totals group: what `/kpis` needs. */
function totalsOnly(spec: CubeSpec<unknown>): CubeSpec<unknown> {
  return { ...spec, groups: Object.fromEntries(Object.entries(spec.groups).filter(([, g]) => g.by.length === 0)) }
}

/** The cubes a name search narrows: the firms and platforms, as in the browser (talent has no names). */
const SEARCHED = new Set(['enterprises', 'platforms'])

/**
 * A search's dim keys, as the browser's cube of the named records has them: meta's ids first (in
 * meta's order), then the other values of the named rows as first seen; ascending dims sorted.
 */
async function namedDims(pool: pg.Pool, cat: Catalog, spec: CubeSpec<unknown>, named: NamedRows): Promise<DimValues> {
  const q = namedKeysSql(spec, SCHEMA, named)
  const { rows } = await pool.query<{ d: number; k: DimValue }>(q.text, q.values)
  const out: Record<string, DimValue[]> = {}
  Object.entries(spec.dims).forEach(([name, dim], i) => {
    const ids: DimValue[] = dim.domain ? domainEntries(cat.meta, dim.domain).map(([id]) => id) : []
    const known = new Set(ids)
    const seen = rows.filter((r) => r.d === i && !known.has(r.k)).map((r) => r.k)
    const keys = [...ids, ...seen]
    out[name] = dim.order === 'ascending' ? keys.sort((a, b) => Number(a) - Number(b)) : keys
  })
  return out
}

async function cubes(pool: pg.Pool, cat: Catalog, f: Filters, totals: boolean): Promise<Record<string, Aggregates>> {
  const terms = searchTerms(f.q)
  const results = await Promise.all(
    CUBES.map(async (c) => {
      const spec = totals ? totalsOnly(c) : c
      const raw = RAW_TABLE[c.name]
      const named = raw && SEARCHED.has(c.name) && terms.length ? { raw, terms } : null
      const q = cubeQuerySql(spec, SCHEMA, f, cat.lastYear, named)
      const [{ rows }, dims] = await Promise.all([
        pool.query<CubeRow>(q.text, q.values),
        named ? namedDims(pool, cat, spec, named) : (cat.dims[c.name] ?? {}),
      ])
      return [c.name, shapeCube(spec, q.groups, rows, dims)] as const
    }),
  )
  return Object.fromEntries(results)
}

export async function runQuery(pool: pg.Pool, cat: Catalog, f: Filters): Promise<QueryResult> {
  const parts = await cubes(pool, cat, f, false)
  return {
    kpis: kpisOf(parts),
    talent: parts.talent ?? null,
    enterprises: parts.enterprises ?? null,
    platforms: parts.platforms ?? null,
  }
}

export async function runKpis(pool: pg.Pool, cat: Catalog, f: Filters): Promise<QueryResult['kpis']> {
  return kpisOf(await cubes(pool, cat, f, true))
}

export async function runList(pool: pg.Pool, name: ListName, r: ListRequest) {
  const q = listSql(SCHEMA, name, r)
  const [rows, count] = await Promise.all([
    pool.query(q.rows.text, q.rows.values),
    pool.query<{ n: number }>(q.count.text, q.count.values),
  ])
  const items = name === 'enterprises' ? rows.rows.map(toEnterprise) : rows.rows.map(toPlatform)
  return { items, total: count.rows[0]?.n ?? 0, limit: r.limit, offset: r.offset }
}

export async function runTile(pool: pg.Pool, r: TileRequest): Promise<Buffer> {
  const q = tileSql(SCHEMA, r)
  const { rows } = await pool.query<{ tile: Buffer | null }>(q.text, q.values)
  return rows[0]?.tile ?? Buffer.alloc(0)
}

/**
 * The v1 talent dataset: cells come from the roll-up cube (each record sharing every dimension
 * with another already summed: the same answer to every aggregate). `cells`: `all`, `none`
 * (server mode SPA: the server aggregates them), or `filtered` (those the filters select, for exports).
 */
export async function runTalent(pool: pg.Pool, cells: 'all' | 'none' | 'filtered', f: Filters, lastYear: number) {
  const p = new Params()
  const where = cells === 'filtered' ? [...dimPredicates(talentCube, f, lastYear, p).values()] : []
  const [cellRows, demand, sources] = await Promise.all([
    cells === 'none'
      ? Promise.resolve({ rows: [] })
      : pool.query(
          `SELECT district, chain, talent_type AS "talentType", education, age_band AS "ageBand", year,
             m_stock AS stock, m_inflow AS inflow
           FROM ${SCHEMA}.cube_talent ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
          p.values,
        ),
    pool.query(`SELECT district, chain, segment, year, demand, supply FROM ${SCHEMA}.talent_demand`),
    pool.query(`SELECT year, chain, source, source_type AS "sourceType", introduced FROM ${SCHEMA}.talent_sources`),
  ])
  return { cells: cellRows.rows, demand: demand.rows, sources: sources.rows }
}
