/**
 * The stores answer through the cross-filter engine; these check every selector the views
 * read against the plain domain functions (one pass over the records per chart) on the
 * sample data, for several filter sets.
 */
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { generate } from '../../../mock/generate'
import { talentBy } from '../../../src/domain/aggregate'
import { buildChainModel } from '../../../src/domain/chainModel'
import { emptyFilters, without, type Filters } from '../../../src/domain/filters'
import { firmsByDistrict, firmsByType, outputBySegment, topFirms } from '../../../src/domain/industry'
import { platformGrowth, platformsByDistrict, platformsByKindLevel } from '../../../src/domain/innovation'
import { filterEnterprises, filterPlatforms, sumPostdocs, talentTotals } from '../../../src/domain/kpis'
import { districtMetricValues, districtTalent } from '../../../src/domain/talentDistricts'
import { rowsInOrder, talentByYear } from '../../../src/domain/talentStructure'
import type { Datasets } from '../../../src/domain/types'
import { useDataStore } from '../../../src/stores/data'
import { useFiltersStore } from '../../../src/stores/filters'
import { useIndustryViewStore } from '../../../src/stores/industryView'
import { useInnovationViewStore } from '../../../src/stores/innovationView'
import { useSelectionStore } from '../../../src/stores/selection'
import { useTalentViewStore } from '../../../src/stores/talentView'

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

describe('stores through the engine = the plain domain functions', () => {
  it.each(filterSets())('%s', (_, partial) => {
    const { data, f } = setUp(partial)
    const last = data.lastYear
    const cells = d.talent.cells
    const firms = d.enterprises.items
    const plats = d.platforms.items
    const m = d.meta
    const ids = (l: { id: string }[]) => l.map((x) => x.id)

    const sel = useSelectionStore()
    const totals = talentTotals(cells, f, last)
    const firmsNow = filterEnterprises(firms, f, last)
    const platsNow = filterPlatforms(plats, f, last)
    expect(sel.kpis).toEqual({
      'talent-stock': totals.stock,
      'talent-inflow': totals.inflow,
      'enterprise-count': firmsNow.length,
      'platform-count': platsNow.length,
      'postdoc-count': sumPostdocs(platsNow),
    })
    expect(sel.enterprises).toEqual(firmsNow)
    expect(sel.platforms).toEqual(platsNow)

    const talent = useTalentViewStore()
    expect(talent.byEducation).toEqual(
      rowsInOrder(talentBy(cells, 'education', without(f, 'education'), last), ids(m.educations)),
    )
    expect(talent.byType).toEqual(
      rowsInOrder(talentBy(cells, 'talentType', without(f, 'talentType'), last), ids(m.talentTypes)),
    )
    expect(talent.byAge).toEqual(rowsInOrder(talentBy(cells, 'ageBand', f, last), ids(m.ageBands)))
    expect(talent.byChain).toEqual(rowsInOrder(talentBy(cells, 'chain', without(f, 'chain'), last), ids(m.chains)))
    expect(talent.trend).toEqual(talentByYear(cells, without(f, 'year'), m.years))
    for (const metric of ['stock', 'inflow', 'density', 'youngShare'] as const) {
      talent.metric = metric
      const want = districtMetricValues(
        districtTalent(cells, without(f, 'district'), last, m.ageBands),
        metric,
        m.districts,
      )
      const got = talent.districtValues!
      expect([...got.keys()]).toEqual([...want.keys()])
      for (const [k, v] of want) expect(got.get(k)).toBeCloseTo(v, 9)
    }

    const industry = useIndustryViewStore()
    const byDistrict = firmsByDistrict(filterEnterprises(firms, without(f, 'district'), last))
    for (const x of m.districts) expect(industry.byDistrict!.get(x.adcode) ?? 0).toBe(byDistrict.get(x.adcode) ?? 0)
    const byType = firmsByType(filterEnterprises(firms, without(f, 'entType'), last))
    for (const x of m.enterpriseTypes) expect(industry.byType!.get(x.id) ?? 0).toBe(byType.get(x.id) ?? 0)
    const anySegment = filterEnterprises(firms, without(f, 'segment'), last)
    const output = outputBySegment(anySegment)
    for (const s of m.chains.flatMap((c) => c.segments))
      expect(industry.outputBySeg!.get(s.id) ?? 0).toBeCloseTo(output.get(s.id) ?? 0, 6)
    expect(industry.top).toEqual(topFirms(firmsNow, 10))
    const model = industry.chainModel!
    const want = buildChainModel(model.chain, anySegment, f.segment)
    expect(model.median).toBe(want.median)
    expect(model.firms).toBe(want.firms)
    expect(model.talent).toBe(want.talent)
    const boxes = (x: typeof model) =>
      x.stages.flatMap((s) => s.boxes.map((b) => [b.segment.id, b.firms, b.flag, b.selected]))
    expect(boxes(model)).toEqual(boxes(want))

    const innovation = useInnovationViewStore()
    const kindLevel = platformsByKindLevel(plats, without(f, 'platformKind'), last)
    for (const k of m.platformKinds)
      for (const l of m.platformLevels)
        expect(innovation.byKindLevel!.get(k.id)?.get(l.id) ?? 0).toBe(kindLevel.get(k.id)?.get(l.id) ?? 0)
    expect(innovation.growth).toEqual(platformGrowth(plats, without(f, 'year'), m.years))
    const platByDistrict = platformsByDistrict(plats, without(f, 'district'), last)
    for (const x of m.districts)
      expect(innovation.byDistrict!.get(x.adcode) ?? { platforms: 0, postdocs: 0 }).toEqual(
        platByDistrict.get(x.adcode) ?? { platforms: 0, postdocs: 0 },
      )
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
  })
})
