/**
 * The filter rules, once: a dimension's filter as a test of one value. The cube applies it to
 * each dictionary value (fail tables), lists and exports to each record (`rowMatcher`).
 */
import { effectiveYears, type Filters, type YearRange } from '../filters'
import type { DimSpec, RowSpec } from './spec'

/** A test of one dimension value, or null when the filter selects everything. */
export type ValueTest = ((value: unknown) => boolean) | null

/** The test a dimension's filter puts on its values. */
export function valueTest<Row>(dim: DimSpec<Row>, f: Filters, years: YearRange): ValueTest {
  switch (dim.kind) {
    case 'any-of': {
      const ids: readonly string[] = f[dim.filter]
      return ids.length === 0 ? null : (v) => ids.includes(v as string)
    }
    // An empty id counts as no filter, as isFilterActive says, so predicates and chips agree.
    case 'exact': {
      const id = f[dim.filter]
      return !id ? null : (v) => v === id
    }
    case 'list-contains': {
      const id = f[dim.filter]
      return !id ? null : (v) => (v as readonly unknown[]).includes(id)
    }
    case 'year-in-range':
      return (v) => (v as number) >= years.from && (v as number) <= years.to
    case 'at-or-before-range-end':
      return (v) => (v as number) <= years.to
    case 'range-end':
      return (v) => v === years.to
    default:
      return null
  }
}

/** The record predicate of a dataset for these filters: what lists, exports and small tables use. */
export function rowMatcher<Row>(spec: RowSpec<Row>, f: Filters, lastYear: number): (row: Row) => boolean {
  const years = effectiveYears(f, lastYear)
  const tests: [keyof Row, (v: unknown) => boolean][] = []
  for (const dim of Object.values(spec.dims)) {
    const test = valueTest(dim, f, years)
    if (test) tests.push([dim.field, test])
  }
  return (row) => {
    for (const [field, test] of tests) if (!test(row[field])) return false
    return true
  }
}
