import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { latestYear, talentBy } from '../../../src/domain/aggregate'
import { buildChainModel, focusChain } from '../../../src/domain/chainModel'
import {
  effectiveYears,
  emptyFilters,
  FILTER_KEYS,
  isFilterActive,
  matchesDemand,
  matchesEnterprise,
  matchesPlatform,
  matchesTalentCell,
  matchesTalentSource,
  without,
  type Filters,
} from '../../../src/domain/filters'
import {
  firmsByDistrict,
  firmsByType,
  outputBySegment,
  sumOutput,
  sumTalent,
  topFirms,
} from '../../../src/domain/industry'
import { citedFacts, platformGrowth, platformsByDistrict, platformsByKindLevel } from '../../../src/domain/innovation'
import { collaborationNetwork } from '../../../src/domain/innovationNetwork'
import { filterEnterprises, filterPlatforms, sumPostdocs, talentTotals } from '../../../src/domain/kpis'
import { reconcile } from '../domain/reconcileAll'
import { searchEntities } from '../../../src/domain/search'
import { districtTalent } from '../../../src/domain/talentDistricts'
import { talentByYear } from '../../../src/domain/talentStructure'
import { segmentGaps, sourceFlows, topSourceFlows } from '../../../src/domain/talentSupply'
import { buildTourSteps } from '../../../src/domain/tour'
import { sanitizeFilters } from '../../../src/domain/url'
import {
  BOUNDARIES,
  cellArb,
  demandArb,
  EXACT,
  filtersArb,
  firmArb,
  metaArb,
  partialFiltersArb,
  platformArb,
  sourceArb,
  WILD,
  wildNumber,
  withShuffle,
  type NumberArbs,
} from './domain.arbitraries'

const dataArb = (n: NumberArbs) =>
  fc.record({
    cells: fc.array(cellArb(n), { maxLength: 40 }),
    demand: fc.array(demandArb(n), { maxLength: 15 }),
    sources: fc.array(sourceArb(n), { maxLength: 15 }),
    firms: fc.array(firmArb(n), { maxLength: 30 }),
    platforms: fc.array(platformArb(n), { maxLength: 20 }),
  })

const sortedIds = (xs: readonly { id: string }[]) => xs.map((x) => x.id).sort()

describe('domain functions never throw on arbitrary records', () => {
  it('KPIs, aggregates, filters, reconcile, search and the view builders', () => {
    fc.assert(
      fc.property(
        dataArb(WILD),
        filtersArb,
        metaArb,
        fc.oneof(EXACT.year, wildNumber),
        fc.string({ unit: 'binary', maxLength: 12 }),
        (d, f, meta, lastYear, q) => {
          const talent = { cells: d.cells, demand: d.demand, sources: d.sources }
          talentTotals(d.cells, f, lastYear)
          for (const key of ['district', 'chain', 'talentType', 'education', 'ageBand', 'year'] as const)
            talentBy(d.cells, key, f, lastYear)
          for (const key of FILTER_KEYS) without(f, key)
          const firms = filterEnterprises(d.firms, f, lastYear)
          const plats = filterPlatforms(d.platforms, f, lastYear)
          sumPostdocs(plats)
          latestYear(d.cells)
          reconcile({
            meta,
            boundaries: BOUNDARIES,
            talent,
            enterprises: { items: d.firms },
            platforms: { items: d.platforms },
          })
          reconcile({ talent, enterprises: { items: d.firms } })
          searchEntities(d.firms, d.platforms, q)
          sanitizeFilters(f, meta)
          firmsByDistrict(firms)
          firmsByType(firms)
          outputBySegment(firms)
          sumOutput(firms)
          sumTalent(firms)
          topFirms(firms, 10)
          platformsByKindLevel(d.platforms, f, lastYear)
          platformsByDistrict(d.platforms, f, lastYear)
          platformGrowth(d.platforms, f, meta.years)
          collaborationNetwork(plats, new Map(d.firms.map((x) => [x.id, x.name])))
          for (const chain of meta.chains) {
            segmentGaps(d.demand, f, chain, lastYear)
            buildChainModel(chain, firms, f.segment)
          }
          focusChain(meta.chains, f.chain, f.segment, 'lithium')
          topSourceFlows(sourceFlows(d.sources, f, lastYear), 5)
          talentByYear(d.cells, f, meta.years)
          districtTalent(d.cells, f, lastYear, meta.ageBands)
          buildTourSteps(meta)
          citedFacts(meta, ['a'], 'en')
        },
      ),
      { numRuns: 300 },
    )
  }, 60_000)
})

describe('aggregates do not depend on record order', () => {
  it('talent totals and group-bys, firm and platform filters, postdocs, industry counts', () => {
    fc.assert(
      fc.property(
        withShuffle(fc.array(cellArb(), { maxLength: 60 })),
        withShuffle(fc.array(firmArb(), { maxLength: 40 })),
        withShuffle(fc.array(platformArb(), { maxLength: 30 })),
        filtersArb,
        ([c1, c2], [e1, e2], [p1, p2], f) => {
          expect(talentTotals(c2, f, 2024)).toEqual(talentTotals(c1, f, 2024))
          expect(talentBy(c2, 'district', f, 2024)).toEqual(talentBy(c1, 'district', f, 2024))
          expect(talentBy(c2, 'education', f, 2024)).toEqual(talentBy(c1, 'education', f, 2024))
          const f1 = filterEnterprises(e1, f, 2024)
          const f2 = filterEnterprises(e2, f, 2024)
          expect(sortedIds(f2)).toEqual(sortedIds(f1))
          expect(firmsByDistrict(f2)).toEqual(firmsByDistrict(f1))
          expect(firmsByType(f2)).toEqual(firmsByType(f1))
          expect(sumTalent(f2)).toBe(sumTalent(f1))
          expect(sortedIds(filterPlatforms(p2, f, 2024))).toEqual(sortedIds(filterPlatforms(p1, f, 2024)))
          expect(sumPostdocs(filterPlatforms(p2, f, 2024))).toBe(sumPostdocs(filterPlatforms(p1, f, 2024)))
          expect(platformsByKindLevel(p2, f, 2024)).toEqual(platformsByKindLevel(p1, f, 2024))
        },
      ),
      { numRuns: 300 },
    )
  }, 60_000)

  it('reconcile drops the same records for the same reasons', () => {
    fc.assert(
      fc.property(
        metaArb,
        withShuffle(fc.array(cellArb(), { maxLength: 40 })),
        withShuffle(fc.array(firmArb(), { maxLength: 30 })),
        withShuffle(fc.array(platformArb(), { maxLength: 20 })),
        (meta, [c1, c2], [e1, e2], [p1, p2]) => {
          const run = (cells: typeof c1, firms: typeof e1, plats: typeof p1) =>
            reconcile({
              meta,
              boundaries: BOUNDARIES,
              talent: { cells, demand: [], sources: [] },
              enterprises: { items: firms },
              platforms: { items: plats },
            })
          const a = run(c1, e1, p1)
          const b = run(c2, e2, p2)
          expect(b.dropped).toEqual(a.dropped)
          expect(b.outside).toBe(a.outside)
          expect(sortedIds(b.datasets.enterprises!.items)).toEqual(sortedIds(a.datasets.enterprises!.items))
          expect(talentTotals(b.datasets.talent!.cells, { ...emptyFilters() }, 2024)).toEqual(
            talentTotals(a.datasets.talent!.cells, emptyFilters(), 2024),
          )
        },
      ),
      { numRuns: 200 },
    )
  }, 60_000)

  it('search finds the same names whatever the order', () => {
    fc.assert(
      fc.property(
        withShuffle(fc.array(firmArb(), { maxLength: 30 })),
        fc.constantFrom('锂', 'a', '<img', ' ', 'x y'),
        ([e1, e2], q) => {
          const names = (hits: { name: string }[]) => hits.map((h) => h.name).sort()
          expect(names(searchEntities(e2, [], q, 1000))).toEqual(names(searchEntities(e1, [], q, 1000)))
        },
      ),
    )
  })
})

/** A filter set with A's keys and then B's active keys. */
function merge(a: Filters, b: Filters): Filters {
  const out = { ...a }
  for (const key of FILTER_KEYS) if (isFilterActive(b, key)) Object.assign(out, { [key]: b[key] })
  return out
}

describe('filtering by A then B equals B then A', () => {
  it('for every matches* predicate, and equals filtering by A and B at once when they set different keys', () => {
    fc.assert(
      fc.property(
        dataArb(EXACT),
        partialFiltersArb,
        partialFiltersArb,
        fc.constantFrom(2020, 2024),
        (d, a, b, lastYear) => {
          const ya = effectiveYears(a, lastYear)
          const yb = effectiveYears(b, lastYear)
          const preds: [unknown[], (x: never, f: Filters, y: { from: number; to: number }) => boolean][] = [
            [d.cells, (x, f) => matchesTalentCell(x, f)],
            [d.demand, (x, f) => matchesDemand(x, f)],
            [d.sources, matchesTalentSource],
            [d.firms, matchesEnterprise],
            [d.platforms, matchesPlatform],
          ]
          const disjoint = FILTER_KEYS.every((k) => !(isFilterActive(a, k) && isFilterActive(b, k)))
          for (const [list, match] of preds) {
            const ab = list.filter((x) => match(x as never, a, ya)).filter((x) => match(x as never, b, yb))
            const ba = list.filter((x) => match(x as never, b, yb)).filter((x) => match(x as never, a, ya))
            expect(ba).toEqual(ab)
            if (disjoint) expect(list.filter((x) => match(x as never, merge(a, b), ya))).toEqual(ab)
          }
        },
      ),
      { numRuns: 400 },
    )
  }, 60_000)
})
