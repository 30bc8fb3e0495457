import type { Platform } from '../types'
import type { AggregatesOf, CubeSpec } from './spec'
import { defineCube } from './cube'

/** Research and training platforms; a platform founded after the range is left out. */
export const platformSpec = {
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
    // kind → level → count.
    byKindLevel: { by: ['kind', 'level'], measures: ['count'] },
    byKind: { by: ['kind'], measures: ['count', 'postdocs'] },
    byDistrict: { by: ['district'], measures: ['count', 'postdocs'] },
    byChain: { by: ['chain'], measures: ['count', 'postdocs'] },
    byFounded: { by: ['founded'], measures: ['count'] },
  },
} as const satisfies CubeSpec<Platform>

/** What the cube's `query` returns (the declaration's groups). */
export type PlatformAggregates = AggregatesOf<Platform, typeof platformSpec>

export const platformCube = /* @__PURE__ */ defineCube<Platform, PlatformAggregates>(platformSpec)
