/**
 * What the API needs from the loaded data besides the rows: meta (to validate parameters as
 * the SPA does), the documents served as they are, and each cube's dimension keys. Read
 * once, and again whenever a new load has been swapped in.
 */
import type pg from 'pg'
import type { Meta } from '../src/domain/types.ts'
import { SCHEMA } from './db/schema.ts'
import { levelKey, type GridLevels } from './sql/gridSql.ts'
import type { DimValue, DimValues } from './sql/shape.ts'

export interface Catalog {
  loadedAt: string
  meta: Meta
  /** `/meta` and `/boundaries` bodies, as stored. */
  docs: Record<'meta' | 'boundaries', string>
  dims: Record<string, DimValues>
  /** asOf's year: the default and upper bound of the year filter (as the SPA's data store). */
  lastYear: number
  /** The point grids' filter combinations kept per layer and zoom (none: tiles read the points). */
  grid: GridLevels
}

/** Thrown when the database holds no loaded data (yet). */
export class NotLoaded extends Error {}

/** Which point-grid combinations the load kept per layer and zoom. */
async function gridLevels(pool: pg.Pool): Promise<GridLevels> {
  const grid = new Map<string, Set<number>>()
  try {
    const { rows } = await pool.query<{ layer: string; gs: number; z: number }>(
      `SELECT layer, gs, z FROM ${SCHEMA}.grid_levels`,
    )
    for (const r of rows) {
      const key = levelKey(r.layer, r.z)
      grid.set(key, (grid.get(key) ?? new Set()).add(r.gs))
    }
  } catch (e) {
    // 42P01: a load made before the grids existed; its tiles read the points.
    if ((e as { code?: string }).code !== '42P01') throw e
  }
  return grid
}

async function read(pool: pg.Pool, loadedAt: string): Promise<Catalog> {
  const docs = await pool.query<{ name: 'meta' | 'boundaries'; body: string }>(`SELECT name, body FROM ${SCHEMA}.docs`)
  const body = Object.fromEntries(docs.rows.map((r) => [r.name, r.body])) as Catalog['docs']
  if (!body.meta || !body.boundaries) throw new NotLoaded('no meta or boundaries loaded')
  const meta = JSON.parse(body.meta) as Meta
  const dimRows = await pool.query<{ cube: string; dim: string; value: DimValue }>(
    `SELECT cube, dim, value FROM ${SCHEMA}.dim_values ORDER BY cube, dim, pos`,
  )
  const dims: Record<string, Record<string, DimValue[]>> = {}
  for (const r of dimRows.rows) ((dims[r.cube] ??= {})[r.dim] ??= []).push(r.value)
  const grid = await gridLevels(pool)
  const lastYear = meta.years.length ? Math.max(...meta.years) : Number(meta.asOf.slice(0, 4))
  return { loadedAt, meta, docs: body, dims, lastYear, grid }
}

/** The catalog, re-read when `load_info` says another load is in place (checked at most every `ttlMs`). */
export function createCatalog(pool: pg.Pool, ttlMs = 2000) {
  let current: Promise<Catalog> | null = null
  let checkedAt = 0
  async function loadedAt(): Promise<string> {
    try {
      const { rows } = await pool.query<{ t: string }>(`SELECT max(loaded_at)::text AS t FROM ${SCHEMA}.load_info`)
      if (!rows[0]?.t) throw new NotLoaded('nothing loaded')
      return rows[0].t
    } catch (e) {
      if (e instanceof NotLoaded) throw e
      // 42P01/3F000: the schema or table does not exist: nothing was loaded into this database.
      const code = (e as { code?: string }).code
      if (code === '42P01' || code === '3F000') throw new NotLoaded('nothing loaded: run npm run db:load')
      throw e
    }
  }
  return async function get(): Promise<Catalog> {
    const now = Date.now()
    if (current && now - checkedAt < ttlMs) return current
    checkedAt = now
    const stamp = await loadedAt()
    const prev = current ? await current.catch(() => null) : null
    if (prev?.loadedAt === stamp) return prev
    current = read(pool, stamp)
    current.catch(() => {
      current = null
    })
    return current
  }
}
