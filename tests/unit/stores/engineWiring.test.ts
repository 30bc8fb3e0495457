/**
 * The stores answer through the cross-filter engine; these check every selector the views
 * read against the plain reference (tests/unit/domain/engine/reference.ts: each group-by one record
 * at a time) on the sample data, for several filter sets.
 */
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { generate } from '../../../mock/generate'
import { chainModelFromStats } from '../../../src/domain/chainModel'
import { enterpriseCube, foundedGrowth, platformCube, talentCube, yearRows } from '../../../src/domain/engine'
import { emptyFilters, type Filters } from '../../../src/domain/filters'
import { districtMetricValues } from '../../../src/domain/talentDistricts'
import { rowsInOrder } from '../../../src/domain/talentStructure'
import type { Datasets } from '../../../src/domain/types'
import { useDataStore } from '../../../src/stores/data'
import { useFiltersStore } from '../../../src/stores/filters'
import { useIndustryViewStore } from '../../../src/stores/industryView'
import { useInnovationViewStore } from '../../../src/stores/innovationView'
import { useSelectionStore } from '../../../src/stores/selection'
import { useTalentViewStore } from '../../../src/stores/talentView'
import { referenceFilter, referenceQuery } from '../domain/engine/reference'

// At collection time: the filter sets below read ids from meta.
const d: Datasets = generate({ scale: 1 })

function filterSets(): [string, Partial<Filters>][] {
  const m = d.meta
  return [
    ['no filter', {}],
    ['one district', { district: ['370481'] }],
    ['two districts + chain', { district: ['370402', '370481'], chain: 'lithium' }],
    ['segment', { segment: 'lithium-cathode' }],
    ['years + firm type', { year: { from: 2020, to: 2023 }, entType: m.enterpriseTypes[0]!.id }],
    ['talent type + education', { talentType: m.talentTypes[0]!.id, education: m.educations[1]!.id }],
    ['platform kind + chain', { platformKind: m.platformKinds[0]!.id, chain: 'lithium' }],
  ]
}

function setUp(f: Partial<Filters>) {
  setActivePinia(createPinia())
  const data = useDataStore()
  data.raw = d
  const filters = useFiltersStore()
  filters.replace({ ...emptyFilters(), ...f })
  return { data, f: filters.filters }
}

describe('stores through the engine = the reference', () => {
  it.each(filterSets())('%s', (_, partial) => {
    const { data, f } = setUp(partial)
    const last = data.lastYear
    const cells = d.talent.cells
    const firms = d.enterprises.items
    const plats = d.platforms.items
    const m = d.meta
    const ids = (l: { id: string }[]) => l.map((x) => x.id)

    const sel = useSelectionStore()
    const talentRef = referenceQuery(talentCube, cells, f, last, m)
    const firmRef = referenceQuery(enterpriseCube, firms, f, last, m)
    const platRef = referenceQuery(platformCube, plats, f, last, m)
    const firmsNow = referenceFilter(enterpriseCube, firms, f, last)
    expect(sel.kpis).toEqual({
      'talent-stock': talentRef.stock,
      'talent-inflow': talentRef.inflow,
      'enterprise-count': firmsNow.length,
      'platform-count': platRef.count,
      'postdoc-count': platRef.postdocs,
    })
    expect(sel.enterprises).toEqual(firmsNow)
    expect(sel.platforms).toEqual(referenceFilter(platformCube, plats, f, last))
    const passing = new Set(firmsNow)
    expect([...sel.enterpriseMask!]).toEqual(firms.map((e) => (passing.has(e) ? 1 : 0)))

    const talent = useTalentViewStore()
    expect(talent.byEducation).toEqual(rowsInOrder(talentRef.byEducation, ids(m.educations)))
    expect(talent.byType).toEqual(rowsInOrder(talentRef.byTalentType, ids(m.talentTypes)))
    expect(talent.byAge).toEqual(rowsInOrder(talentRef.byAgeBand, ids(m.ageBands)))
    expect(talent.byChain).toEqual(rowsInOrder(talentRef.byChain, ids(m.chains)))
    expect(talent.trend).toEqual(yearRows(talentRef.byYear, m.years))
    for (const metric of ['stock', 'inflow', 'density', 'youngShare'] as const) {
      talent.metric = metric
      const want = districtMetricValues(talentRef.byDistrict, metric, m.districts)
      const got = talent.districtValues!
      expect([...got.keys()]).toEqual([...want.keys()])
      for (const [k, v] of want) expect(got.get(k)).toBeCloseTo(v, 9)
    }

    const industry = useIndustryViewStore()
    for (const x of m.districts)
      expect(industry.byDistrict!.get(x.adcode) ?? 0).toBe(firmRef.byDistrict.get(x.adcode)?.count ?? 0)
    for (const x of m.enterpriseTypes) expect(industry.byType!.get(x.id) ?? 0).toBe(firmRef.byType.get(x.id) ?? 0)
    for (const s of m.chains.flatMap((c) => c.segments))
      expect(industry.outputBySeg!.get(s.id) ?? 0).toBeCloseTo(firmRef.bySegment.get(s.id)?.outputValue ?? 0, 6)
    expect(industry.top).toEqual([...firmsNow].sort((a, b) => b.outputValue - a.outputValue).slice(0, 10))
    const model = industry.chainModel!
    const want = chainModelFromStats(model.chain, firmRef.bySegment, f.segment)
    expect(model.median).toBe(want.median)
    expect(model.firms).toBe(want.firms)
    expect(model.talent).toBe(want.talent)
    const boxes = (x: typeof model) =>
      x.stages.flatMap((s) => s.boxes.map((b) => [b.segment.id, b.firms, b.flag, b.selected]))
    expect(boxes(model)).toEqual(boxes(want))

    const innovation = useInnovationViewStore()
    for (const k of m.platformKinds)
      for (const l of m.platformLevels)
        expect(innovation.byKindLevel!.get(k.id)?.get(l.id) ?? 0).toBe(platRef.byKindLevel.get(k.id)?.get(l.id) ?? 0)
    expect(innovation.growth).toEqual(foundedGrowth(platRef.byFounded, m.years))
    for (const x of m.districts) {
      const r = platRef.byDistrict.get(x.adcode)
      expect(innovation.byDistrict!.get(x.adcode) ?? { platforms: 0, postdocs: 0 }).toEqual({
        platforms: r?.count ?? 0,
        postdocs: r?.postdocs ?? 0,
      })
    }
  })

  it('keeps the same firm list object while the filters select the same firms (no map re-upload)', () => {
    setUp({})
    const sel = useSelectionStore()
    const filters = useFiltersStore()
    const before = sel.enterprises
    filters.setValue('talentType', 'professional') // a talent filter leaves the firms as they are
    expect(sel.enterprises).toBe(before)
    filters.toggleDistrict('370481')
    expect(sel.enterprises).not.toBe(before)
    const mask = sel.enterpriseMask
    filters.setValue('education', 'doctor') // a talent filter leaves the point mask as it is
    expect(sel.enterpriseMask).toBe(mask)
    // q filters firms by name: the mask (whole-dataset order) keeps only the named ones still selected.
    filters.setQuery('锂电')
    const named = sel.enterpriseMask!
    const items = d.enterprises.items
    expect(named).not.toBe(mask)
    expect([...named]).toEqual(items.map((e, i) => (mask![i] && e.name.includes('锂电') ? 1 : 0)))
    expect(named.reduce((n, m) => n + m, 0)).toBe(sel.enterprises!.length)
    // The indices (the map's points, counts, lists) are the same firms, in the whole dataset's order.
    expect([...sel.enterpriseIndices!]).toEqual([...named.keys()].filter((i) => named[i]))
    expect(sel.enterprises!.map((e) => e.id)).toEqual([...sel.enterpriseIndices!].map((i) => items[i]!.id))
  })
})
