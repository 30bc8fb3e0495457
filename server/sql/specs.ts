/**
 * The datasets' declarations the SQL is generated from: filter dimensions (field, filter key,
 * filter kind, meta domain), measures and group-bys. They mirror the browser engine's
 * (src/domain/engine) one for one, in the same shape (`CubeSpec`), so that once the engine's
 * declarative specs are on main this file becomes a re-export of them and nothing else changes.
 */
import type { FilterKey, Filters } from '../../src/domain/filters.ts'
import type { Enterprise, Platform, TalentCell } from '../../src/domain/types.ts'

type ListKey = { [K in FilterKey]: Filters[K] extends readonly string[] ? K : never }[FilterKey]
type IdKey = {
  [K in FilterKey]: null extends Filters[K] ? (Filters[K] extends string | null ? K : never) : never
}[FilterKey]

/**
 * How a dimension's value meets its filter:
 * `any-of` (one of the selected ids; none selected passes all), `exact` (the id; null or '' passes all),
 * `list-contains` (a list holding the id), `year-in-range` (from ≤ v ≤ to), `at-or-before-range-end`
 * (v ≤ to), `range-end` (v = to). The year range defaults to asOf's year.
 */
export type FilterKind = 'any-of' | 'exact' | 'list-contains' | 'year-in-range' | 'at-or-before-range-end' | 'range-end'

export type MetaDomain =
  | 'districts'
  | 'chains'
  | 'segments'
  | 'years'
  | 'talentTypes'
  | 'educations'
  | 'ageBands'
  | 'enterpriseTypes'
  | 'platformKinds'
  | 'platformLevels'

type DimFilter =
  | { filter: ListKey; kind: 'any-of' }
  | { filter: IdKey; kind: 'exact' | 'list-contains' }
  | { filter: 'year'; kind: 'year-in-range' | 'at-or-before-range-end' | 'range-end' }
  | { filter?: undefined; kind?: undefined }

export type DimSpec<Row> = DimFilter & {
  field: keyof Row & string
  domain?: MetaDomain
  order?: 'ascending'
}

export interface MeasureSpec {
  /** The number summed (`talent.total` reads a field of an object field); none counts records. */
  field?: string
  /** A level, not a flow: only records at the range's last year of this dim (a group by it: each key its own). */
  atRangeEndOf?: string
  /** Only records whose `dim` value carries meta's boolean `flag`. */
  where?: { dim: string; flag: string }
}

export interface GroupSpec {
  by: readonly string[]
  measures: readonly string[]
}

export interface CubeSpec<Row> {
  name: string
  dims: Readonly<Record<string, DimSpec<Row>>>
  measures: Readonly<Record<string, MeasureSpec>>
  groups: Readonly<Record<string, GroupSpec>>
}

export const talentCube: CubeSpec<TalentCell> = {
  name: 'talent',
  dims: {
    district: { field: 'district', filter: 'district', kind: 'any-of', domain: 'districts' },
    chain: { field: 'chain', filter: 'chain', kind: 'exact', domain: 'chains' },
    talentType: { field: 'talentType', filter: 'talentType', kind: 'exact', domain: 'talentTypes' },
    education: { field: 'education', filter: 'education', kind: 'exact', domain: 'educations' },
    year: { field: 'year', filter: 'year', kind: 'year-in-range', domain: 'years', order: 'ascending' },
    ageBand: { field: 'ageBand', domain: 'ageBands' },
  },
  measures: {
    stock: { field: 'stock', atRangeEndOf: 'year' },
    inflow: { field: 'inflow' },
    young: { field: 'stock', atRangeEndOf: 'year', where: { dim: 'ageBand', flag: 'young' } },
  },
  groups: {
    totals: { by: [], measures: ['stock', 'inflow'] },
    byDistrict: { by: ['district'], measures: ['stock', 'inflow', 'young'] },
    byChain: { by: ['chain'], measures: ['stock', 'inflow'] },
    byTalentType: { by: ['talentType'], measures: ['stock', 'inflow'] },
    byEducation: { by: ['education'], measures: ['stock', 'inflow'] },
    byAgeBand: { by: ['ageBand'], measures: ['stock', 'inflow'] },
    byYear: { by: ['year'], measures: ['stock', 'inflow'] },
  },
}

export const enterpriseCube: CubeSpec<Enterprise> = {
  name: 'enterprises',
  dims: {
    district: { field: 'district', filter: 'district', kind: 'any-of', domain: 'districts' },
    chain: { field: 'chain', filter: 'chain', kind: 'exact', domain: 'chains' },
    segment: { field: 'segment', filter: 'segment', kind: 'exact', domain: 'segments' },
    type: { field: 'types', filter: 'entType', kind: 'list-contains', domain: 'enterpriseTypes' },
    founded: { field: 'founded', filter: 'year', kind: 'at-or-before-range-end', order: 'ascending' },
  },
  measures: {
    count: {},
    outputValue: { field: 'outputValue' },
    talent: { field: 'talent.total' },
  },
  groups: {
    totals: { by: [], measures: ['count', 'outputValue', 'talent'] },
    byDistrict: { by: ['district'], measures: ['count', 'outputValue', 'talent'] },
    byChain: { by: ['chain'], measures: ['count', 'outputValue', 'talent'] },
    bySegment: { by: ['segment'], measures: ['count', 'outputValue', 'talent'] },
    byType: { by: ['type'], measures: ['count'] },
    byFounded: { by: ['founded'], measures: ['count'] },
  },
}

export const platformCube: CubeSpec<Platform> = {
  name: 'platforms',
  dims: {
    district: { field: 'district', filter: 'district', kind: 'any-of', domain: 'districts' },
    chain: { field: 'chain', filter: 'chain', kind: 'exact', domain: 'chains' },
    kind: { field: 'kind', filter: 'platformKind', kind: 'exact', domain: 'platformKinds' },
    founded: { field: 'founded', filter: 'year', kind: 'at-or-before-range-end', order: 'ascending' },
    level: { field: 'level', domain: 'platformLevels' },
  },
  measures: {
    count: {},
    postdocs: { field: 'postdocs' },
  },
  groups: {
    totals: { by: [], measures: ['count', 'postdocs'] },
    byKindLevel: { by: ['kind', 'level'], measures: ['count'] },
    byKind: { by: ['kind'], measures: ['count', 'postdocs'] },
    byDistrict: { by: ['district'], measures: ['count', 'postdocs'] },
    byChain: { by: ['chain'], measures: ['count', 'postdocs'] },
    byFounded: { by: ['founded'], measures: ['count'] },
  },
}
