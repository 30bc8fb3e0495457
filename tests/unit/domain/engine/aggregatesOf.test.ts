import { describe, expectTypeOf, it } from 'vitest'
import type { EnterpriseAggregates, PlatformAggregates, TalentAggregates } from '../../../../src/domain/engine'

// The query's result types are read off the declarations (spec.ts `AggregatesOf`): these are the
// shapes the views were written against, so a declaration change that alters them fails typecheck.
describe('AggregatesOf', () => {
  it('talent: totals spread, one map per group, keys typed by the record field', () => {
    type SI = { stock: number; inflow: number }
    expectTypeOf<TalentAggregates>().toEqualTypeOf<
      SI & {
        byDistrict: Map<string, { stock: number; inflow: number; young: number }>
        byChain: Map<string | null, SI>
        byTalentType: Map<string, SI>
        byEducation: Map<string, SI>
        byAgeBand: Map<string, SI>
        byYear: Map<number, SI>
      }
    >()
  })

  it('enterprises: a list field keys by its members; one measure gives numbers', () => {
    type Firms = { count: number; outputValue: number; talent: number }
    expectTypeOf<EnterpriseAggregates>().toEqualTypeOf<
      Firms & {
        byDistrict: Map<string, Firms>
        byChain: Map<string, Firms>
        bySegment: Map<string, Firms>
        byType: Map<string, number>
        byFounded: Map<number, number>
      }
    >()
  })

  it('platforms: two dims nest maps', () => {
    type P = { count: number; postdocs: number }
    expectTypeOf<PlatformAggregates>().toEqualTypeOf<
      P & {
        byKindLevel: Map<string, Map<string, number>>
        byKind: Map<string, P>
        byDistrict: Map<string, P>
        byChain: Map<string | null, P>
        byFounded: Map<number, number>
      }
    >()
  })
})
