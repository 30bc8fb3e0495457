/**
 * The declarative form of a dataset: its filter dimensions, measures and group-bys as plain
 * data, so the cube (cube.ts), the per-row predicate (rules.ts), the tests' reference and a
 * SQL generator can all walk the same declaration.
 */
import type { FilterKey, Filters } from '../filters'
import type { MetaList } from '../recordRules'

/** Filter keys holding a list of ids. */
type ListKey = { [K in FilterKey]: Filters[K] extends readonly string[] ? K : never }[FilterKey]
/** Filter keys holding one id or null. */
type IdKey = {
  [K in FilterKey]: null extends Filters[K] ? (Filters[K] extends string | null ? K : never) : never
}[FilterKey]

/**
 * How a dimension's value meets its filter (the rules are in rules.ts, nowhere else):
 * - `any-of`: one of the selected ids; none selected passes every value.
 * - `exact`: the selected id; null or '' (no filter, as `isFilterActive` says) passes every value.
 * - `list-contains`: the value is a list holding the selected id; null or '' passes every value.
 * - `year-in-range`: from ≤ value ≤ to of the year range (asOf's year by default).
 * - `at-or-before-range-end`: value ≤ the range's last year (founded by then).
 * - `range-end`: value = the range's last year.
 */
export type FilterKind = 'any-of' | 'exact' | 'list-contains' | 'year-in-range' | 'at-or-before-range-end' | 'range-end'

/** Which filter keys each kind can read: a list of ids, one id, or the year range. */
type DimFilter =
  | { filter: ListKey; kind: Extract<FilterKind, 'any-of'> }
  | { filter: IdKey; kind: Extract<FilterKind, 'exact' | 'list-contains'> }
  | { filter: 'year'; kind: Extract<FilterKind, 'year-in-range' | 'at-or-before-range-end' | 'range-end'> }
  | { filter?: undefined; kind?: undefined }

/** Meta lists whose ids a dimension takes first, in meta's order (so group-bys come out in that order). */
export type MetaDomain = MetaList | 'years'

/** A dimension: the record's field (SPEC §4 name), its filter and kind, where its keys come from. */
export type DimSpec<Row> = DimFilter & {
  field: keyof Row & string
  domain?: MetaDomain
  /** Numeric keys in ascending order (years), instead of meta's then first-seen order. */
  order?: 'ascending'
}

type NumberKeys<T> = { [K in keyof T & string]: T[K] extends number ? K : never }[keyof T & string]
/** A number field of the record, or of one of its object fields (`talent.total`). */
export type NumberPath<Row> = {
  [K in keyof Row & string]: Row[K] extends number
    ? K
    : Row[K] extends readonly unknown[]
      ? never
      : Row[K] extends object
        ? `${K}.${NumberKeys<Row[K]>}`
        : never
}[keyof Row & string]

/** A summed measure. */
export interface MeasureSpec<Row> {
  /** The number summed; none counts records. */
  field?: NumberPath<Row>
  /**
   * Hook "a level, not a flow" (talent stock): only records whose year dimension is the range's
   * last year count. A group by that dimension takes each of its keys as its own last year.
   */
  atRangeEndOf?: string
  /** Hook "only flagged keys" (young stock): records whose `dim` value carries meta's boolean `flag`. */
  where?: { dim: string; flag: string }
}

/**
 * A group-by: keyed by `by` (none: the totals, spread into the result), summing `measures`.
 * It ignores the filters of its own dimensions (dc.js: a chart is not filtered by its own selection).
 * Results: one measure gives numbers, several give `{ measure: value }`; two dims nest maps.
 */
export interface GroupSpec {
  by: readonly string[]
  measures: readonly string[]
}

/** A dataset filtered record by record (no cube): dimensions only. */
export interface RowSpec<Row> {
  name: string
  dims: Readonly<Record<string, DimSpec<Row>>>
}

/** A dataset queried as a cube. */
export interface CubeSpec<Row> extends RowSpec<Row> {
  measures: Readonly<Record<string, MeasureSpec<Row>>>
  groups: Readonly<Record<string, GroupSpec>>
}

/** A dimension's keys: its field's values, or the members of a list field (a firm's types). */
type DimKey<Row, D> = D extends { field: infer F extends keyof Row }
  ? Row[F] extends readonly (infer E)[]
    ? E
    : Row[F]
  : never

/** One measure gives numbers, several give `{ measure: value }`. */
type GroupValue<M extends readonly string[]> = M extends readonly [string] ? number : Record<M[number], number>

type GroupResult<Row, Dims, G> = G extends { by: readonly [infer A extends keyof Dims]; measures: infer M }
  ? Map<DimKey<Row, Dims[A]>, GroupValue<M & readonly string[]>>
  : G extends { by: readonly [infer A extends keyof Dims, infer B extends keyof Dims]; measures: infer M }
    ? Map<DimKey<Row, Dims[A]>, Map<DimKey<Row, Dims[B]>, GroupValue<M & readonly string[]>>>
    : never

/** The totals: the measures of the group without dims, spread into the result (none: nothing). */
type Totals<Groups> = {
  [G in keyof Groups]: Groups[G] extends { by: readonly []; measures: readonly (infer M extends string)[] }
    ? Record<M, number>
    : never
}[keyof Groups]

/**
 * What `query` returns for a declaration (written `as const`): the totals and one map per group,
 * keyed by the group's dimensions. Every group ignores its own filters; maps hold every known key
 * (meta's ids first, in meta's order; `order: 'ascending'` dims ascending), zeros included.
 */
export type AggregatesOf<Row, S extends CubeSpec<Row>> = ([Totals<S['groups']>] extends [never]
  ? unknown
  : Totals<S['groups']>) & {
  -readonly [G in keyof S['groups'] as S['groups'][G]['by'] extends readonly [] ? never : G]: GroupResult<
    Row,
    S['dims'],
    S['groups'][G]
  >
}

/** The cube's fail bits hold one bit per filtered dimension (failBits.ts). */
export const MAX_FILTER_DIMS = 32

/** Throws on a declaration the cube cannot run, so a typo fails at load time and in every test. */
export function checkSpec<Row>(spec: CubeSpec<Row>): void {
  const fail = (msg: string) => {
    throw new Error(`cube spec ${spec.name}: ${msg}`)
  }
  const dims = spec.dims
  const filtered = Object.values(dims).filter((d) => d.kind).length
  if (filtered > MAX_FILTER_DIMS) fail(`${filtered} filter dimensions, at most ${MAX_FILTER_DIMS}`)
  for (const [name, m] of Object.entries(spec.measures)) {
    if (m.atRangeEndOf !== undefined && !dims[m.atRangeEndOf]) fail(`measure ${name}: no dim ${m.atRangeEndOf}`)
    if (m.where && !dims[m.where.dim]?.domain) fail(`measure ${name}: dim ${m.where.dim} has no meta domain`)
  }
  for (const [name, g] of Object.entries(spec.groups)) {
    if (g.by.length > 2) fail(`group ${name}: at most two dims`)
    for (const d of g.by) if (!dims[d]) fail(`group ${name}: no dim ${d}`)
    for (const m of g.measures) if (!spec.measures[m]) fail(`group ${name}: no measure ${m}`)
    if (g.by.length > 1 && g.by.some((d) => dims[d]?.kind === 'list-contains'))
      fail(`group ${name}: list dim with another`)
  }
}
