import { describe, expect, it } from 'vitest'
import { talentCube, yearRows } from '../../../src/domain/engine'
import type { Filters } from '../../../src/domain/filters'
import { districtMetricValues, formatMetric, metricDomain } from '../../../src/domain/talentDistricts'
import { rowsInOrder, youngShare } from '../../../src/domain/talentStructure'
import { segmentGaps, sourceFlows, topSourceFlows } from '../../../src/domain/talentSupply'
import { AGE_BANDS, TALENT_CELLS, DEMAND, DISTRICTS, f, TALENT_LITHIUM, meta as baseMeta, SOURCES } from '../fixtures'

const meta = { ...baseMeta, ageBands: AGE_BANDS, districts: DISTRICTS }
const cube = talentCube.fromRows(TALENT_CELLS, { meta })
/** The talent group-bys for these filters (each ignores its own filter). */
const query = (filters: Filters) => cube.query(filters, 2024)
const districtTalent = (filters: Filters) => query(filters).byDistrict

describe('talent by district', () => {
  it('takes stock and young stock at the last year and inflow over the range', () => {
    const by = districtTalent(f())
    expect(by.get('370402')).toEqual({ stock: 100, inflow: 12, young: 60 })
    expect(by.get('370481')).toEqual({ stock: 400, inflow: 30, young: 100 })
  })
  it('a year range moves the stock to its end and sums the inflow', () => {
    const by = districtTalent(f({ year: { from: 2023, to: 2024 } }))
    expect(by.get('370402')).toEqual({ stock: 100, inflow: 20, young: 60 })
    expect(districtTalent(f({ year: { from: 2023, to: 2023 } })).get('370402')).toEqual({
      stock: 90,
      inflow: 8,
      young: 90,
    })
  })
  it('applies chain, talent type and education', () => {
    expect(districtTalent(f({ chain: 'lithium' })).get('370481')).toEqual({
      stock: 300,
      inflow: 20,
      young: 0,
    })
    expect(districtTalent(f({ education: 'master' })).get('370402')?.stock).toBe(20)
    expect(districtTalent(f({ talentType: 'high-skilled' })).get('370481')).toEqual({ stock: 0, inflow: 0, young: 0 })
  })
})

describe('districtMetricValues', () => {
  const stats = districtTalent(f())
  it('stock and inflow for every district, zero where none matched', () => {
    expect([...districtMetricValues(stats, 'stock', DISTRICTS)]).toEqual([
      ['370402', 100],
      ['370481', 400],
      ['370405', 0],
    ])
    expect(districtMetricValues(stats, 'inflow', DISTRICTS).get('370481')).toBe(30)
  })
  it('density is per 10,000 residents and left out without a population', () => {
    const v = districtMetricValues(stats, 'density', DISTRICTS)
    expect(v.get('370402')).toBeCloseTo(2, 10)
    expect(v.get('370481')).toBeCloseTo(2.5, 10)
    expect(v.has('370405')).toBe(false)
  })
  it('young share is young stock ÷ stock, 0 without stock', () => {
    const v = districtMetricValues(stats, 'youngShare', DISTRICTS)
    expect(v.get('370402')).toBeCloseTo(0.6, 10)
    expect(v.get('370481')).toBeCloseTo(0.25, 10)
    expect(v.get('370405')).toBe(0)
  })
})

describe('metric helpers', () => {
  it('metricDomain starts at 0 except for the young share', () => {
    expect(metricDomain([3, 9, 5], 'stock')).toEqual({ min: 0, max: 9 })
    expect(metricDomain([0.3, 0.6, 0.45], 'youngShare')).toEqual({ min: 0.3, max: 0.6 })
    expect(metricDomain([0.4, 0.4], 'youngShare')).toEqual({ min: 0, max: 0.4 })
    expect(metricDomain([], 'inflow')).toEqual({ min: 0, max: 0 })
  })
  it('formatMetric writes percent, one decimal or whole numbers', () => {
    expect(formatMetric(0.4321, 'youngShare', 'zh')).toBe('43.2%')
    expect(formatMetric(12.345, 'density', 'en')).toBe('12.3')
    expect(formatMetric(12345.4, 'stock', 'en')).toBe('12,345')
    expect(formatMetric(NaN, 'stock', 'zh')).toBe('—')
  })
})

describe('structure', () => {
  it('rowsInOrder follows the code list and fills zeros', () => {
    const by = query(f()).byEducation
    expect(rowsInOrder(by, ['doctor', 'master', 'bachelor', 'college'])).toEqual([
      { id: 'doctor', stock: 300, inflow: 20 },
      { id: 'master', stock: 20, inflow: 4 },
      { id: 'bachelor', stock: 180, inflow: 18 },
      { id: 'college', stock: 0, inflow: 0 },
    ])
  })
  it('youngShare of age-band rows', () => {
    const rows = rowsInOrder(query(f()).byAgeBand, ['u25', 'a26-35', 'a36-45'])
    expect(youngShare(rows, AGE_BANDS)).toBeCloseTo(160 / 500, 10)
    expect(youngShare([], AGE_BANDS)).toBe(0)
  })
  it('the year trend sums each year over every listed year, ignoring the year filter and other years', () => {
    const trend = (filters: Filters, years: number[]) => yearRows(query(filters).byYear, years)
    expect(trend(f({ year: { from: 2024, to: 2024 } }), [2022, 2023, 2024])).toEqual([
      { year: 2022, stock: 0, inflow: 0 },
      { year: 2023, stock: 90, inflow: 8 },
      { year: 2024, stock: 500, inflow: 42 },
    ])
    expect(trend(f({ district: ['370481'] }), [2024])).toEqual([{ year: 2024, stock: 400, inflow: 30 }])
    expect(trend(f(), [2024, 2023]).map((r) => r.year)).toEqual([2023, 2024])
  })
})

describe('segmentGaps', () => {
  it('demand − supply per segment at the last year, largest shortage first, every segment present', () => {
    expect(segmentGaps(DEMAND, f(), TALENT_LITHIUM, 2024)).toEqual([
      { segment: 'lithium-cathode', demand: 80, supply: 50, gap: 30 },
      { segment: 'lithium-cell', demand: 40, supply: 10, gap: 30 },
      { segment: 'lithium-resources', demand: 6, supply: 0, gap: 6 },
      { segment: 'lithium-recycling', demand: 0, supply: 0, gap: 0 },
      { segment: 'lithium-pack', demand: 10, supply: 25, gap: -15 },
    ])
  })
  it('ties keep the chain order; district and year range apply; the chain argument wins', () => {
    const gaps = segmentGaps(DEMAND, f({ district: ['370402'], chain: 'chemical' }), TALENT_LITHIUM, 2024)
    expect(gaps.map((g) => [g.segment, g.gap])).toEqual([
      ['lithium-cell', 30],
      ['lithium-cathode', 20],
      ['lithium-resources', 6],
      ['lithium-recycling', 0],
      ['lithium-pack', -15],
    ])
    expect(segmentGaps(DEMAND, f({ year: { from: 2020, to: 2023 } }), TALENT_LITHIUM, 2024)[0]).toEqual({
      segment: 'lithium-cathode',
      demand: 999,
      supply: 0,
      gap: 999,
    })
  })
})

describe('sources', () => {
  it('sourceFlows sums rows of the year range per source, type and chain', () => {
    const flows = sourceFlows(SOURCES, f({ year: { from: 2023, to: 2024 } }), 2024)
    expect(flows.find((x) => x.source === '山东大学' && x.chain === 'lithium')?.introduced).toBe(15)
    expect(
      sourceFlows(SOURCES, f(), 2024).find((x) => x.source === '山东大学' && x.chain === 'lithium')?.introduced,
    ).toBe(10)
    expect(sourceFlows(SOURCES, f({ chain: 'chemical' }), 2024).map((x) => [x.source, x.introduced])).toEqual([
      ['山东大学', 7],
      ['河南', 1],
    ])
  })
  it('topSourceFlows keeps the top n sources and merges the rest per type and chain, totals preserved', () => {
    const flows = sourceFlows(SOURCES, f(), 2024)
    const top = topSourceFlows(flows, 2)
    const sum = (xs: { introduced: number }[]) => xs.reduce((n, x) => n + x.introduced, 0)
    expect(sum(top)).toBe(sum(flows))
    expect(new Set(top.map((x) => x.source))).toEqual(new Set(['山东大学', '枣庄学院', null]))
    expect(top.filter((x) => x.source === null).map((x) => [x.sourceType, x.chain, x.introduced])).toEqual([
      ['region', 'lithium', 8],
      ['region', 'chemical', 1],
    ])
    expect(topSourceFlows(flows, 0).every((x) => x.source === null)).toBe(true)
  })
})
