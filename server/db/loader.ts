/**
 * Loads a source into a fresh schema and swaps it in: raw tables by streaming COPY, their
 * indexes, the spec-generated cube tables and their roll-ups, the point grids of the tiles, the dimension keys, then the read-only role's
 * grants. The API keeps answering from the old schema until the swap commits.
 */
import pg from 'pg'
import { DimCollector, measureFlags } from '../sql/dimValues.ts'
import { cubeBuildSql } from '../sql/cubeSql.ts'
import { CUBES } from '../sql/catalog.ts'
import { gridBuildSql, gridTable } from '../sql/gridSql.ts'
import type { YearBounds } from '../sql/rollups.ts'
import { GRID_SETS, TILE_LAYERS, TILE_SPEC } from '../sql/tileSql.ts'
import type { Meta } from '../../src/domain/types.ts'
import type { DimValues } from '../sql/shape.ts'
import { copyRows } from './copy.ts'
import {
  DEMAND_COLUMNS,
  ENTERPRISE_COLUMNS,
  LOAD_SCHEMA,
  PLATFORM_COLUMNS,
  RAW_TABLE,
  rawIndexesDdl,
  rawTablesDdl,
  SCHEMA,
  SOURCE_COLUMNS,
  TALENT_COLUMNS,
} from './schema.ts'
import type { LoadSource } from './sources.ts'

export interface LoadOptions {
  /** Connection string of a role that may create schemas and roles (the cluster's owner locally). */
  adminUrl: string
  /** The role the API connects as; created (LOGIN, no password) when missing, granted SELECT only. */
  readerRole: string
  log?: (line: string) => void
}

export interface LoadReport {
  counts: Record<string, number>
  seconds: number
}

export async function load(source: LoadSource, opts: LoadOptions): Promise<LoadReport> {
  const log = opts.log ?? (() => undefined)
  const t0 = performance.now()
  const pool = new pg.Pool({ connectionString: opts.adminUrl, max: 1 })
  const client = await pool.connect()
  const s = LOAD_SCHEMA
  try {
    await client.query('SET statement_timeout = 0')
    await client.query('CREATE EXTENSION IF NOT EXISTS postgis')
    await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`)
    await client.query(`CREATE SCHEMA ${s}`)
    for (const ddl of rawTablesDdl(s)) await client.query(ddl)
    const { meta, boundaries } = source
    await client.query(`INSERT INTO ${s}.docs (name, body) VALUES ('meta', $1), ('boundaries', $2)`, [
      JSON.stringify(meta),
      JSON.stringify(boundaries),
    ])
    for (const f of boundaries.features) {
      await client.query(
        `INSERT INTO ${s}.districts (adcode, name, geom) VALUES ($1, $2, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON($3), 4326)))
         ON CONFLICT (adcode) DO NOTHING`,
        [f.properties.adcode, f.properties.name, JSON.stringify(f.geometry)],
      )
    }
    const collectors = new Map(CUBES.map((c) => [c.name, new DimCollector(c, meta)]))
    const counts = { talent: 0, demand: 0, sources: 0, enterprises: 0, platforms: 0 } as Record<string, number> &
      Record<'talent' | 'demand' | 'sources' | 'enterprises' | 'platforms', number>
    const track = <R>(cube: string, rows: readonly R[]) => {
      const col = collectors.get(cube) as DimCollector<unknown>
      return (function* () {
        for (const r of rows) {
          col.add(r)
          yield r
        }
      })()
    }
    for (const chunk of source.chunks()) {
      const ordE = counts.enterprises
      const ordP = counts.platforms
      counts.talent += await copyRows(client, `${s}.talent_cells`, TALENT_COLUMNS, track('talent', chunk.talent.cells))
      counts.demand += await copyRows(client, `${s}.talent_demand`, DEMAND_COLUMNS, chunk.talent.demand)
      counts.sources += await copyRows(client, `${s}.talent_sources`, SOURCE_COLUMNS, chunk.talent.sources)
      const firms = chunk.enterprises.map((e, i) => ({ ...e, ord: ordE + i }))
      counts.enterprises += await copyRows(client, `${s}.enterprises`, ENTERPRISE_COLUMNS, track('enterprises', firms))
      const plats = chunk.platforms.map((p, i) => ({ ...p, ord: ordP + i }))
      counts.platforms += await copyRows(client, `${s}.platforms`, PLATFORM_COLUMNS, track('platforms', plats))
      log(`  copied ${fmt(counts)}`)
    }
    log('indexing')
    for (const ddl of rawIndexesDdl(s)) await client.query(ddl)
    log('building cubes')
    for (const spec of CUBES) {
      const raw = RAW_TABLE[spec.name] as string
      for (const q of cubeBuildSql(spec, s, raw, measureFlags(spec, meta), yearBounds(meta)))
        await client.query(q.text, q.values)
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${s}.cube_${spec.name}`)
      counts[`cube_${spec.name}`] = rows[0]?.n ?? 0
    }
    log('building the point grids')
    for (const layer of TILE_LAYERS) {
      for (const q of gridBuildSql(TILE_SPEC[layer], GRID_SETS[layer], s, layer, layer, yearBounds(meta)))
        await client.query(q.text, q.values)
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${gridTable(s, layer)}`)
      counts[`grid_${layer}`] = rows[0]?.n ?? 0
    }
    for (const [cube, col] of collectors) await insertDimValues(client, s, cube, col.values())
    await client.query(`INSERT INTO ${s}.load_info (source, data_version, counts) VALUES ($1, $2, $3)`, [
      source.label,
      meta.dataVersion,
      JSON.stringify({ ...counts, dropped: source.dropped }),
    ])
    await client.query(`ANALYZE`)
    await grantReader(client, s, opts.readerRole)
    log('swapping in')
    await client.query('BEGIN')
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`)
    await client.query(`ALTER SCHEMA ${s} RENAME TO ${SCHEMA}`)
    await client.query('COMMIT')
    return { counts, seconds: (performance.now() - t0) / 1000 }
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw e
  } finally {
    client.release()
    await pool.end()
  }
}

const yearBounds = (meta: Meta): YearBounds | null =>
  meta.years.length ? { first: Math.min(...meta.years), last: Math.max(...meta.years) } : null

const fmt = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
    .join(', ')

async function insertDimValues(client: pg.PoolClient, s: string, cube: string, dims: DimValues) {
  for (const [dim, values] of Object.entries(dims)) {
    await client.query(
      `INSERT INTO ${s}.dim_values (cube, dim, pos, value)
       SELECT $1, $2, ord - 1, v FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS t(v, ord)`,
      [cube, dim, JSON.stringify(values)],
    )
  }
}

/** The API's role: LOGIN, read-only by default, a statement timeout, SELECT on the schema and nothing else. */
async function grantReader(client: pg.PoolClient, s: string, role: string) {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`reader role must be a plain lower-case name, got ${role}`)
  const { rows } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])
  if (rows.length === 0) await client.query(`CREATE ROLE ${role} LOGIN`)
  await client.query(`ALTER ROLE ${role} SET default_transaction_read_only = on`)
  await client.query(`ALTER ROLE ${role} SET statement_timeout = '10s'`)
  await client.query(`GRANT USAGE ON SCHEMA ${s} TO ${role}`)
  await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${s} TO ${role}`)
}
