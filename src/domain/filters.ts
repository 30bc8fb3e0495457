import type { Meta } from './types'

/** An inclusive range of years. */
export interface YearRange {
  from: number
  to: number
}

/** The filter inputs of SPEC §3. Only serialisable values: the URL mirrors them. */
export interface Filters {
  district: string[]
  chain: string | null
  segment: string | null
  /** null = the default, asOf's year. */
  year: YearRange | null
  talentType: string | null
  education: string | null
  entType: string | null
  platformKind: string | null
  /** Search text over firm and platform names; it drives the result list, not the aggregates. */
  q: string
}

export type FilterKey = keyof Filters

export const FILTER_KEYS: readonly FilterKey[] = [
  'district',
  'chain',
  'segment',
  'year',
  'talentType',
  'education',
  'entType',
  'platformKind',
  'q',
]

/** The filters that pick one entry of a meta list by its id, and that list (`entType` → `meta.enterpriseTypes`). */
export const ID_FILTER_LISTS = {
  chain: 'chains',
  talentType: 'talentTypes',
  education: 'educations',
  entType: 'enterpriseTypes',
  platformKind: 'platformKinds',
} as const satisfies Partial<Record<FilterKey, keyof Meta>>

export type IdFilterKey = keyof typeof ID_FILTER_LISTS

export function emptyFilters(): Filters {
  return {
    district: [],
    chain: null,
    segment: null,
    year: null,
    talentType: null,
    education: null,
    entType: null,
    platformKind: null,
    q: '',
  }
}

/** The year range a filter selects, with `lastYear` (asOf's year) as the default. */
export function effectiveYears(f: Filters, lastYear: number): YearRange {
  return f.year ?? { from: lastYear, to: lastYear }
}

export function isFilterActive(f: Filters, key: FilterKey): boolean {
  const v = f[key]
  if (Array.isArray(v)) return v.length > 0
  return v !== null && v !== ''
}

/** A filter set with one key cleared: what a view sees so it is not filtered by its own selection. */
export function without(f: Filters, ignore?: FilterKey): Filters {
  if (!ignore || !isFilterActive(f, ignore)) return f
  return { ...f, [ignore]: emptyFilters()[ignore] }
}
