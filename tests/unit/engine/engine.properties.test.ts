import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEngine, type EngineResult } from '../../../src/domain/engine'
import { filterEnterprises, filterPlatforms, sumPostdocs, talentTotals } from '../../../src/domain/kpis'
import { dataArb, filtersArb, LAST_YEAR, meta, type Data } from './arbitraries'
import { enterpriseDiff, platformDiff, talentDiff } from './compare'
import { naiveEnterprises, naivePlatforms, naiveTalent } from './naive'

const RUNS = { numRuns: 150 }
const withMeta = fc.constantFrom(meta, null)

function engineOf(d: Data, m: typeof meta | null = meta, rollup = true) {
  return createEngine({ meta: m, talent: d.cells, enterprises: d.firms, platforms: d.platforms, rollup })
}

/** Every difference between an engine result and the naive aggregates for the same filters. */
function diff(got: EngineResult, d: Data, f: Parameters<typeof naiveTalent>[1], m: typeof meta | null): string[] {
  return [
    ...talentDiff(got.talent!, naiveTalent(d.cells, f, LAST_YEAR, m)),
    ...enterpriseDiff(got.enterprises!, naiveEnterprises(d.firms, f, LAST_YEAR)),
    ...platformDiff(got.platforms!, naivePlatforms(d.platforms, f, LAST_YEAR)),
  ]
}

describe('engine vs the domain functions (fast-check)', { timeout: 30_000 }, () => {
  it('KPIs equal src/domain/kpis.ts exactly', () => {
    fc.assert(
      fc.property(dataArb, filtersArb, withMeta, (d, f, m) => {
        const { stock, inflow } = talentTotals(d.cells, f, LAST_YEAR)
        const platforms = filterPlatforms(d.platforms, f, LAST_YEAR)
        expect(engineOf(d, m).query(f, LAST_YEAR).kpis).toEqual({
          'talent-stock': stock,
          'talent-inflow': inflow,
          'enterprise-count': filterEnterprises(d.firms, f, LAST_YEAR).length,
          'platform-count': platforms.length,
          'postdoc-count': sumPostdocs(platforms),
        })
      }),
      RUNS,
    )
  })

  it('every group-by equals the naive "all filters but its own" aggregate', () => {
    fc.assert(
      fc.property(dataArb, filtersArb, withMeta, (d, f, m) => {
        expect(diff(engineOf(d, m).query(f, LAST_YEAR), d, f, m)).toEqual([])
      }),
      RUNS,
    )
  })

  it('one cell per row (rollup off) gives the same results', () => {
    fc.assert(
      fc.property(dataArb, filtersArb, (d, f) => {
        expect(diff(engineOf(d, meta, false).query(f, LAST_YEAR), d, f, meta)).toEqual([])
      }),
      RUNS,
    )
  })

  it('a sequence of queries on one engine (incremental) equals a fresh engine per query', () => {
    fc.assert(
      fc.property(dataArb, fc.array(filtersArb, { minLength: 2, maxLength: 8 }), (d, seq) => {
        const engine = engineOf(d)
        for (const f of seq) expect(diff(engine.query(f, LAST_YEAR), d, f, meta)).toEqual([])
      }),
      { numRuns: 60 },
    )
  })

  it('results do not depend on record order', () => {
    const shuffled = dataArb.chain((d) =>
      fc.record({
        d: fc.constant(d),
        s: fc.record({
          cells: fc.shuffledSubarray(d.cells, { minLength: d.cells.length }),
          firms: fc.shuffledSubarray(d.firms, { minLength: d.firms.length }),
          platforms: fc.shuffledSubarray(d.platforms, { minLength: d.platforms.length }),
        }),
      }),
    )
    fc.assert(
      fc.property(shuffled, filtersArb, ({ d, s }, f) => {
        const a = engineOf(d).query(f, LAST_YEAR)
        const b = engineOf(s).query(f, LAST_YEAR)
        expect(b.kpis).toEqual(a.kpis)
        expect(diff(b, d, f, meta)).toEqual([])
      }),
      RUNS,
    )
  })

  it('matching() returns the same records, in order, as filterEnterprises / filterPlatforms', () => {
    fc.assert(
      fc.property(dataArb, fc.array(filtersArb, { minLength: 1, maxLength: 4 }), (d, seq) => {
        const engine = engineOf(d)
        for (const f of seq) {
          engine.query(f, LAST_YEAR)
          expect(engine.enterprises!.matching(d.firms, f, LAST_YEAR)).toEqual(filterEnterprises(d.firms, f, LAST_YEAR))
          expect(engine.platforms!.matching(d.platforms, f, LAST_YEAR)).toEqual(
            filterPlatforms(d.platforms, f, LAST_YEAR),
          )
        }
      }),
      { numRuns: 60 },
    )
  })
})
