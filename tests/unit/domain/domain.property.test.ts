import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { latestYear } from '../../../src/domain/aggregate'
import { chainModelFromStats, focusChain } from '../../../src/domain/chainModel'
import {
  demandRows,
  enterpriseCube,
  foundedGrowth,
  platformCube,
  sourceRows,
  talentCube,
  yearRows,
} from '../../../src/domain/engine'
import { emptyFilters, FILTER_KEYS, isFilterActive, without, type Filters } from '../../../src/domain/filters'
import { topIndices } from '../../../src/domain/industry'
import { rowTable } from '../../../src/domain/records'
import { citedFacts } from '../../../src/domain/innovation'
import { collaborationNetwork } from '../../../src/domain/innovationNetwork'
import { reconcile } from './reconcileAll'
import { searchEntities } from '../../../src/domain/search'
import { DISTRICT_METRICS, districtMetricValues } from '../../../src/domain/talentDistricts'
import { segmentGaps, sourceFlows, topSourceFlows } from '../../../src/domain/talentSupply'
import { buildTourSteps } from '../../../src/domain/tour'
import { sanitizeFilters } from '../../../src/domain/url'
import { referenceMatches } from './engine/reference'
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
} from '../arbitraries'

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
          for (const m of [meta, null]) {
            const t = talentCube.fromRows(d.cells, { meta: m })
            const byYear = t.query(f, lastYear).byYear
            yearRows(byYear, meta.years)
            for (const metric of DISTRICT_METRICS)
              districtMetricValues(t.query(f, lastYear).byDistrict, metric, meta.districts)
            t.matchMask(f, lastYear)
          }
          for (const key of FILTER_KEYS) without(f, key)
          const firmCube = enterpriseCube.fromRows(d.firms, { meta })
          const firmAgg = firmCube.query(f, lastYear)
          const firms = firmCube.matching(f, lastYear)
          const platCube = platformCube.fromRows(d.platforms, { meta })
          const plats = platCube.matching(f, lastYear)
          foundedGrowth(platCube.query(f, lastYear).byFounded, meta.years)
          d.cells.filter(talentCube.matcher(f, lastYear))
          latestYear(d.cells)
          reconcile({
            meta,
            boundaries: BOUNDARIES,
            talent,
            enterprises: { items: d.firms },
            platforms: { items: d.platforms },
          })
          reconcile({ talent, enterprises: { items: d.firms } })
          searchEntities(rowTable(d.firms), rowTable(d.platforms), q)
          sanitizeFilters(f, meta)
          topIndices(
            Float64Array.from(firms, (x) => x.outputValue),
            Uint32Array.from(firms, (_, i) => i),
            10,
          )
          collaborationNetwork(plats, new Map(d.firms.map((x) => [x.id, x.name])))
          for (const chain of meta.chains) {
            segmentGaps(d.demand, f, chain, lastYear)
            chainModelFromStats(chain, firmAgg.bySegment, f.segment)
          }
          focusChain(meta.chains, f.chain, f.segment, 'lithium')
          topSourceFlows(sourceFlows(d.sources, f, lastYear), 5)
          buildTourSteps(meta)
          citedFacts(meta, ['a'], 'en')
        },
      ),
      { numRuns: 300 },
    )
  }, 60_000)
})

describe('aggregates do not depend on record order', () => {
  it('talent totals and group-bys, firm and platform lists, postdocs, industry counts', () => {
    fc.assert(
      fc.property(
        withShuffle(fc.array(cellArb(), { maxLength: 60 })),
        withShuffle(fc.array(firmArb(), { maxLength: 40 })),
        withShuffle(fc.array(platformArb(), { maxLength: 30 })),
        filtersArb,
        ([c1, c2], [e1, e2], [p1, p2], f) => {
          expect(talentCube.fromRows(c2).query(f, 2024)).toEqual(talentCube.fromRows(c1).query(f, 2024))
          const [a1, a2] = [enterpriseCube.fromRows(e1), enterpriseCube.fromRows(e2)]
          expect(sortedIds(a2.matching(f, 2024))).toEqual(sortedIds(a1.matching(f, 2024)))
          expect(a2.query(f, 2024)).toEqual(a1.query(f, 2024))
          const [b1, b2] = [platformCube.fromRows(p1), platformCube.fromRows(p2)]
          expect(sortedIds(b2.matching(f, 2024))).toEqual(sortedIds(b1.matching(f, 2024)))
          expect(b2.query(f, 2024)).toEqual(b1.query(f, 2024))
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
          const totals = (cells: typeof c1) => {
            const { stock, inflow } = talentCube.fromRows(cells).query(emptyFilters(), 2024)
            return { stock, inflow }
          }
          expect(totals(b.datasets.talent!.cells)).toEqual(totals(a.datasets.talent!.cells))
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
          const none = rowTable<never>([])
          expect(names(searchEntities(rowTable(e2), none, q, 1000))).toEqual(
            names(searchEntities(rowTable(e1), none, q, 1000)),
          )
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
  it('for every dataset predicate, and equals filtering by A and B at once when they set different keys', () => {
    fc.assert(
      fc.property(
        dataArb(EXACT),
        partialFiltersArb,
        partialFiltersArb,
        fc.constantFrom(2020, 2024),
        (d, a, b, lastYear) => {
          const any = <R>(m: (r: R) => boolean) => m as (x: unknown) => boolean
          const preds: [unknown[], (f: Filters) => (x: unknown) => boolean][] = [
            [d.cells, (f) => any(talentCube.matcher(f, lastYear))],
            [d.demand, (f) => any(demandRows.matcher(f, lastYear))],
            [d.sources, (f) => any(sourceRows.matcher(f, lastYear))],
            [d.firms, (f) => any(enterpriseCube.matcher(f, lastYear))],
            [d.platforms, (f) => any(platformCube.matcher(f, lastYear))],
          ]
          const disjoint = FILTER_KEYS.every((k) => !(isFilterActive(a, k) && isFilterActive(b, k)))
          for (const [list, matcher] of preds) {
            const ab = list.filter(matcher(a)).filter(matcher(b))
            const ba = list.filter(matcher(b)).filter(matcher(a))
            expect(ba).toEqual(ab)
            if (disjoint) expect(list.filter(matcher(merge(a, b)))).toEqual(ab)
          }
        },
      ),
      { numRuns: 400 },
    )
  }, 60_000)
})

describe('the small tables take their rules from their declarations', () => {
  it('demand and source predicates equal the reference rules', () => {
    fc.assert(
      fc.property(dataArb(EXACT), filtersArb, fc.constantFrom(2020, 2024), (d, f, lastYear) => {
        const demand = demandRows.matcher(f, lastYear)
        for (const r of d.demand) expect(demand(r)).toBe(referenceMatches(demandRows.spec, r, f, lastYear))
        const sources = sourceRows.matcher(f, lastYear)
        for (const r of d.sources) expect(sources(r)).toBe(referenceMatches(sourceRows.spec, r, f, lastYear))
      }),
      { numRuns: 300 },
    )
  })
})
