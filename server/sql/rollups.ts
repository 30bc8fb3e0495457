/**
 * Roll-ups of a cube over subsets of its dims (the lattice of an OLAP cube), so that a group-by
 * reads only the dims it needs: its own keys, the dims whose filter is set, and the year a
 * "level" measure is taken at. With no filter, firms by district read one row per district
 * instead of every cell of the cube. All roll-ups of a cube live in one table
 * (`cube_<name>_sets`), each under its set id `gs`, its rows stored together; the dims a set
 * rolls up are NULL there and never read.
 */
import type { DimSpec, CubeSpec } from './specs.ts'
import { column, ident, measureColumn } from './names.ts'
import type { Params } from './cubeSql.ts'

/** Kinds whose filter can be off (no predicate); the year kinds always test their dim. */
const OPTIONAL_KINDS = new Set(['any-of', 'exact', 'list-contains'])

/** A founding year only meets "at or before the range's last year": it can be bucketed (see `bucketExpr`). */
export const isBucketed = (d: DimSpec<unknown>) => d.kind === 'at-or-before-range-end'

/** The first and last year of meta, which bound every valid year filter. */
export interface YearBounds {
  first: number
  last: number
}

/**
 * A founding year, bucketed: the range lies within meta's years, so every year up to the first
 * passes every filter and every year after the last passes none — kept as the first year and
 * the last + 1, the filter `founded <= $to` answers the same and the roll-ups are several
 * times smaller (most firms predate the data's years).
 */
export function bucketExpr(col: string, years: YearBounds, p: Params): string {
  return `LEAST(GREATEST(${col}, ${p.add(years.first, 'int')}), ${p.add(years.last + 1, 'int')})`
}

export const rollupTable = (schema: string, cube: string) => `${schema}.${ident(`cube_${column(cube)}_sets`)}`

const dimColumn = (spec: CubeSpec<unknown>, dim: string) => ident(column((spec.dims[dim] as DimSpec<unknown>).field))

/** A roll-up: the dims it keeps, those of them kept unbucketed (a group's own keys), and its id. */
export interface RollupSet {
  id: number
  dims: string[]
  exact: Set<string>
}

/**
 * The roll-up a group reads when the dims in `filtered` carry a predicate: its own keys (exact),
 * the filtered dims and the dims its measures are taken at (bucketed where they can be).
 * The id: bit i for dim i kept, bit n + i when it is kept unbucketed.
 */
export function groupSet(
  spec: CubeSpec<unknown>,
  by: readonly string[],
  measures: readonly string[],
  filtered: Iterable<string>,
): RollupSet {
  const names = Object.keys(spec.dims)
  const keep = new Set<string>([...by, ...filtered])
  for (const m of measures) {
    const at = spec.measures[m]?.atRangeEndOf
    if (at) keep.add(at)
  }
  const exact = new Set([...keep].filter((d) => by.includes(d) || !isBucketed(spec.dims[d] as DimSpec<unknown>)))
  let id = 0
  names.forEach((d, i) => {
    if (keep.has(d)) id += 2 ** i
    if (exact.has(d)) id += 2 ** (names.length + i)
  })
  return { id, dims: names.filter((d) => keep.has(d)), exact }
}

function subsets<T>(xs: readonly T[]): T[][] {
  return xs.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]])
}

/** Every roll-up a query can ask for: per group, each combination of the filters that can be off. */
export function rollupSets(spec: CubeSpec<unknown>): RollupSet[] {
  const always = Object.entries(spec.dims)
    .filter(([, d]) => d.kind !== undefined && !OPTIONAL_KINDS.has(d.kind))
    .map(([name]) => name)
  const optional = Object.entries(spec.dims)
    .filter(([, d]) => d.kind !== undefined && OPTIONAL_KINDS.has(d.kind))
    .map(([name]) => name)
  const sets = new Map<number, RollupSet>()
  for (const g of Object.values(spec.groups)) {
    const others = optional.filter((d) => !g.by.includes(d))
    for (const sub of subsets(others)) {
      const s = groupSet(spec, g.by, g.measures, [...sub, ...always.filter((d) => !g.by.includes(d))])
      sets.set(s.id, s)
    }
  }
  return [...sets.values()].sort((a, b) => a.id - b.id)
}

/**
 * Statements that build the roll-up table from the full cube `full` (one row per combination of
 * every dim, one column per measure): an INSERT per set, in set order, so each set's rows are
 * stored together, and an index on (gs, dim) per optional filter dim for selective filters.
 */
export function rollupBuildSql(
  spec: CubeSpec<unknown>,
  s: string,
  full: string,
  years: YearBounds | null,
  p: () => Params,
): { text: string; values: unknown[] }[] {
  const table = rollupTable(s, spec.name)
  const names = Object.keys(spec.dims)
  const cols = names.map((d) => dimColumn(spec, d))
  const ms = Object.keys(spec.measures).map(measureColumn)
  const out = [
    {
      text: `CREATE TABLE ${table} AS SELECT 0::int AS gs, ${[...cols, ...ms].join(', ')} FROM ${full} LIMIT 0`,
      values: [] as unknown[],
    },
  ]
  for (const set of rollupSets(spec)) {
    const params = p()
    const keys = set.dims.map((d) => {
      const col = dimColumn(spec, d)
      return years && !set.exact.has(d) ? bucketExpr(col, years, params) : col
    })
    const groupBy = keys.length ? ` GROUP BY ${keys.map((_, i) => i + 2).join(', ')}` : ''
    out.push({
      text: `INSERT INTO ${table} (gs, ${[...set.dims.map((d) => dimColumn(spec, d)), ...ms].join(', ')})
        SELECT ${set.id}, ${[...keys, ...ms.map((m) => `sum(${m})`)].join(', ')} FROM ${full}${groupBy}`,
      values: params.values,
    })
  }
  out.push({ text: `CREATE INDEX ON ${table} (gs)`, values: [] })
  for (const [name, d] of Object.entries(spec.dims))
    if (d.kind === 'any-of' || d.kind === 'exact')
      out.push({ text: `CREATE INDEX ON ${table} (gs, ${dimColumn(spec, name)})`, values: [] })
  out.push({ text: `ANALYZE ${table}`, values: [] })
  return out
}
