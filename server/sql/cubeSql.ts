/**
 * SQL from the dataset specs: the roll-up cube tables a load builds, and the one statement per
 * cube that answers every group-by of `/query` — each group-by keeps every filter but those of
 * its own dimensions (dc.js semantics, as the browser engine). Values are always bind
 * parameters; names come from the specs only.
 */
import { effectiveYears, type Filters, type YearRange } from '../../src/domain/filters.ts'
import { column, cubeTable, ident, measureColumn } from './names.ts'
import { groupSet, rollupBuildSql, rollupTable, type YearBounds } from './rollups.ts'
import { nameConditions } from './search.ts'
import type { CubeSpec, DimSpec } from './specs.ts'

/** Collects bind parameters; returns their placeholders. */
export class Params {
  readonly values: unknown[] = []
  add(v: unknown, cast: string): string {
    this.values.push(v)
    return `$${this.values.length}::${cast}`
  }
}

const dimColumn = (spec: CubeSpec<unknown>, dim: string) => ident(column((spec.dims[dim] as DimSpec<unknown>).field))

/** The SQL test a dimension's filter puts on its column, or null when it selects everything. */
/**
 * How a list's test is written: `@>` (a GIN index can answer it) or `= ANY` (none can: for tiles,
 * whose points the GiST index on the tile finds, as the planner would otherwise AND in a GIN
 * scan of every firm of a common type — 250k at province size — to keep a few hundred).
 */
export type ListTest = 'contains' | 'any'

export function predicate(
  col: string,
  dim: DimSpec<unknown>,
  f: Filters,
  years: YearRange,
  p: Params,
  list: ListTest = 'contains',
): string | null {
  switch (dim.kind) {
    case 'any-of': {
      const ids = f[dim.filter]
      return ids.length === 0 ? null : `${col} = ANY(${p.add(ids, 'text[]')})`
    }
    case 'exact': {
      const id = f[dim.filter]
      return !id ? null : `${col} = ${p.add(id, 'text')}`
    }
    case 'list-contains': {
      const id = f[dim.filter]
      if (!id) return null
      return list === 'any' ? `${p.add(id, 'text')} = ANY(${col})` : `${col} @> ARRAY[${p.add(id, 'text')}]`
    }
    case 'year-in-range':
      return `${col} BETWEEN ${p.add(years.from, 'int')} AND ${p.add(years.to, 'int')}`
    case 'at-or-before-range-end':
      return `${col} <= ${p.add(years.to, 'int')}`
    case 'range-end':
      return `${col} = ${p.add(years.to, 'int')}`
    default:
      return null
  }
}

/** Every filter predicate of a dataset on its own columns (raw table or cube), by dim. */
export function dimPredicates(
  spec: CubeSpec<unknown>,
  f: Filters,
  lastYear: number,
  p: Params,
  prefix = '',
  list: ListTest = 'contains',
): Map<string, string> {
  const years = effectiveYears(f, lastYear)
  const out = new Map<string, string>()
  for (const [name, dim] of Object.entries(spec.dims)) {
    const sql = predicate(prefix + dimColumn(spec, name), dim, f, years, p, list)
    if (sql) out.set(name, sql)
  }
  return out
}

/** Flagged keys per `where` measure (e.g. young age bands), taken from meta. */
export type Flags = Record<string, readonly string[]>

/** A measure's value in one raw row (a `where` measure 0 outside its flagged keys). */
function measureValue(spec: CubeSpec<unknown>, name: string, flags: Flags | null, p: Params): string {
  const m = spec.measures[name]
  if (!m) throw new Error(`no measure ${name}`)
  const v = m.field ? ident(column(m.field)) : '1'
  if (!m.where) return v
  if (!flags) throw new Error(`measure ${name} needs its flagged keys`)
  return `CASE WHEN ${dimColumn(spec, m.where.dim)} = ANY(${p.add(flags[name] ?? [], 'text[]')}) THEN ${v} ELSE 0 END`
}

/**
 * Statements that build a spec's cube tables in schema `s` from its raw table: the full cube
 * (every dim, one pre-summed column per measure, a `where` measure already restricted to its
 * flagged keys) and its roll-ups over subsets of the dims (rollups.ts), which `/query` reads.
 */
export function cubeBuildSql(
  spec: CubeSpec<unknown>,
  s: string,
  raw: string,
  flags: Flags,
  years: YearBounds | null,
): { text: string; values: unknown[] }[] {
  const dims = Object.keys(spec.dims)
  const dimCols = dims.map((d) => dimColumn(spec, d))
  const p = new Params()
  const sums = Object.keys(spec.measures).map(
    (name) => `sum(${measureValue(spec, name, flags, p)})::float8 AS ${measureColumn(name)}`,
  )
  const full = cubeTable(s, spec.name)
  const zeros = Object.keys(spec.measures).map((m) => `0::float8 AS ${measureColumn(m)}`)
  return [
    // LIMIT 0 gives the columns their raw types; the INSERT (which can take parameters) fills it.
    {
      text: `CREATE TABLE ${full} AS SELECT ${dimCols.join(', ')}, ${zeros.join(', ')} FROM ${s}.${ident(raw)} LIMIT 0`,
      values: [] as unknown[],
    },
    {
      text: `INSERT INTO ${full} SELECT ${dimCols.join(', ')}, ${sums.join(', ')} FROM ${s}.${ident(raw)} GROUP BY ${dimCols.join(', ')}`,
      values: p.values,
    },
    ...dims.map((d) => {
      const list = spec.dims[d]?.kind === 'list-contains'
      return { text: `CREATE INDEX ON ${full} ${list ? 'USING gin ' : ''}(${dimColumn(spec, d)})`, values: [] }
    }),
    { text: `ANALYZE ${full}`, values: [] },
    ...rollupBuildSql(spec, s, full, years, () => new Params()),
  ]
}

/** One statement for every group of a cube: rows (g, k1, k2, v0…) with keys as text. */
export interface CubeQuery {
  text: string
  values: unknown[]
  /** Group names by `g`. */
  groups: string[]
}

/**
 * A name search (`q`) over a cube's raw table: the cubes keep no names, so the query reads the
 * raw rows whose name has every term instead of the roll-ups (as the browser engine builds a
 * cube of the named records). A search names few rows; each is a cell of its own here.
 */
export interface NamedRows {
  raw: string
  terms: readonly string[]
}

function namedRowsTable(spec: CubeSpec<unknown>, s: string, named: NamedRows, p: Params): string {
  const dims = Object.keys(spec.dims).map((d) => dimColumn(spec, d))
  const values = Object.keys(spec.measures).map(
    (name) => `${measureValue(spec, name, null, p)}::float8 AS ${measureColumn(name)}`,
  )
  const where = nameConditions(named.terms, p).join(' AND ')
  return `SELECT ${[...dims, ...values].join(', ')} FROM ${s}.${ident(named.raw)} WHERE ${where}`
}

/**
 * Every dim's values over the named rows, each with the order number it is first seen at: the
 * browser builds a search's cube from the named records, so its keys are theirs (after meta's).
 * Rows `(d, k, o)`: dim index, value (JSON, so numbers stay numbers), first order number.
 */
export function namedKeysSql(spec: CubeSpec<unknown>, s: string, named: NamedRows) {
  const p = new Params()
  const where = nameConditions(named.terms, p).join(' AND ')
  const cols = Object.keys(spec.dims).map((d) => dimColumn(spec, d))
  const parts = Object.entries(spec.dims).map(([name, dim], i) => {
    const col = dimColumn(spec, name)
    const k = dim.kind === 'list-contains' ? `unnest(${col})` : col
    return `SELECT ${i} AS d, to_jsonb(k) AS k, min(o) AS o FROM (SELECT ${k} AS k, ord AS o FROM n) x GROUP BY k`
  })
  return {
    text: `WITH n AS MATERIALIZED (SELECT ord, ${cols.join(', ')} FROM ${s}.${ident(named.raw)} WHERE ${where})
      ${parts.join('\nUNION ALL\n')} ORDER BY d, o`,
    values: p.values,
  }
}

export function cubeQuerySql(
  spec: CubeSpec<unknown>,
  s: string,
  f: Filters,
  lastYear: number,
  named: NamedRows | null = null,
): CubeQuery {
  const p = new Params()
  const fromNamed = named && named.terms.length ? namedRowsTable(spec, s, named, p) : null
  const preds = dimPredicates(spec, f, lastYear, p)
  const to = effectiveYears(f, lastYear).to
  let toParam: string | null = null
  const width = Math.max(...Object.values(spec.groups).map((g) => g.measures.length))
  const groups = Object.entries(spec.groups)
  // A search reads its named rows once for every group (a CTE), the roll-ups each group's own set.
  const table = fromNamed ? 'named' : rollupTable(s, spec.name)
  const parts = groups.map(([, g], gi) => {
    const own = [...preds].filter(([dim]) => !g.by.includes(dim))
    const where = own.map(([, sql]) => sql)
    if (!fromNamed)
      where.unshift(
        `gs = ${
          groupSet(
            spec,
            g.by,
            g.measures,
            own.map(([dim]) => dim),
          ).id
        }`,
      )
    const sums = g.measures.map((name) => {
      const m = spec.measures[name]
      const col = measureColumn(name)
      if (!m?.atRangeEndOf || g.by.includes(m.atRangeEndOf)) return `sum(${col})`
      toParam ??= p.add(to, 'int')
      return `sum(CASE WHEN ${dimColumn(spec, m.atRangeEndOf)} = ${toParam} THEN ${col} ELSE 0 END)`
    })
    while (sums.length < width) sums.push('NULL::float8')
    const [a, b] = g.by
    const listDim = a !== undefined && spec.dims[a]?.kind === 'list-contains'
    const from = listDim ? `${table} CROSS JOIN LATERAL unnest(${dimColumn(spec, a)}) AS u(k)` : table
    const k1 = a === undefined ? 'NULL::text' : listDim ? 'u.k::text' : `${dimColumn(spec, a)}::text`
    const k2 = b === undefined ? 'NULL::text' : `${dimColumn(spec, b)}::text`
    const groupBy = a === undefined ? '' : ` GROUP BY 2${b === undefined ? '' : ', 3'}`
    const whereSql = where.length ? ` WHERE ${where.join(' AND ')}` : ''
    return `SELECT ${gi} AS g, ${k1} AS k1, ${k2} AS k2, ${sums.map((x, i) => `${x}::float8 AS v${i}`).join(', ')} FROM ${from}${whereSql}${groupBy}`
  })
  const text = parts.join('\nUNION ALL\n')
  return {
    text: fromNamed ? `WITH named AS MATERIALIZED (${fromNamed})\n${text}` : text,
    values: p.values,
    groups: groups.map(([name]) => name),
  }
}
