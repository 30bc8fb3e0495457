import type { DemandRow, TalentCell, TalentSourceRow } from '../types'
import type { AggregatesOf, CubeSpec } from './spec'
import { defineCube, defineRows } from './cube'

/**
 * Talent cells (SPEC §4): stock is a level, so it is taken at the range's last year (in the
 * year group, at each year); inflow is a flow, summed over the range; the young stock per
 * district feeds the map's young-share metric.
 */
export const talentSpec = {
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
    // No age filter exists: every filter applies.
    byAgeBand: { by: ['ageBand'], measures: ['stock', 'inflow'] },
    byYear: { by: ['year'], measures: ['stock', 'inflow'] },
  },
} as const satisfies CubeSpec<TalentCell>

/** What the cube's `query` returns (the declaration's groups). */
export type TalentAggregates = AggregatesOf<TalentCell, typeof talentSpec>

export const talentCube = /* @__PURE__ */ defineCube<TalentCell, TalentAggregates>(talentSpec)

/** Demand and supply rows: the gap chart takes the range's last year. */
export const demandRows = /* @__PURE__ */ defineRows<DemandRow>({
  name: 'demand',
  dims: {
    district: { field: 'district', filter: 'district', kind: 'any-of' },
    chain: { field: 'chain', filter: 'chain', kind: 'exact' },
    segment: { field: 'segment', filter: 'segment', kind: 'exact' },
    year: { field: 'year', filter: 'year', kind: 'range-end' },
  },
})

/** Where introduced talent came from, summed over the range. */
export const sourceRows = /* @__PURE__ */ defineRows<TalentSourceRow>({
  name: 'sources',
  dims: {
    chain: { field: 'chain', filter: 'chain', kind: 'exact' },
    year: { field: 'year', filter: 'year', kind: 'year-in-range' },
  },
})
