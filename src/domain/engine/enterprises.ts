import type { Enterprise } from '../types'
import type { AggregatesOf, CubeSpec } from './spec'
import { defineCube } from './cube'

/** Enterprises: a firm counts under each of its types; a firm founded after the range is left out. */
export const enterpriseSpec = {
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
    // A firm counts under each of its types.
    byType: { by: ['type'], measures: ['count'] },
    byFounded: { by: ['founded'], measures: ['count'] },
  },
} as const satisfies CubeSpec<Enterprise>

/** What the cube's `query` returns (the declaration's groups). */
export type EnterpriseAggregates = AggregatesOf<Enterprise, typeof enterpriseSpec>

export const enterpriseCube = /* @__PURE__ */ defineCube<Enterprise, EnterpriseAggregates>(enterpriseSpec)
