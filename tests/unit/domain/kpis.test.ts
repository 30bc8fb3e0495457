import { describe, expect, it } from 'vitest'
import { talentBy } from '../../../src/domain/aggregate'
import { emptyFilters, without, type Filters } from '../../../src/domain/filters'
import { filterEnterprises, filterPlatforms, sumPostdocs, talentTotals } from '../../../src/domain/kpis'
import { cells, firms, platforms } from './fixtures'

const f = (p: Partial<Filters> = {}): Filters => ({ ...emptyFilters(), ...p })

describe('talentTotals', () => {
  it('defaults to the last year: stock and inflow of that year', () => {
    expect(talentTotals(cells, f(), 2024)).toEqual({ stock: 110 + 200 + 50 + 40, inflow: 12 + 20 + 3 + 4 })
  })
  it('takes stock at the range end and sums inflow over the range', () => {
    expect(talentTotals(cells, f({ year: { from: 2022, to: 2023 } }), 2024)).toEqual({ stock: 100, inflow: 15 })
  })
  it('filters by district', () => {
    expect(talentTotals(cells, f({ district: ['370402'] }), 2024)).toEqual({ stock: 110, inflow: 12 })
  })
  it('a chain filter excludes cells without a chain', () => {
    expect(talentTotals(cells, f({ chain: 'lithium' }), 2024)).toEqual({ stock: 310, inflow: 32 })
  })
  it('filters by talent type and education', () => {
    expect(talentTotals(cells, f({ talentType: 'other' }), 2024).stock).toBe(50)
    expect(talentTotals(cells, f({ education: 'doctor' }), 2024).stock).toBe(350)
  })
  it('a segment filter does not apply to talent cells', () => {
    expect(talentTotals(cells, f({ segment: 'lithium-cells' }), 2024)).toEqual(talentTotals(cells, f(), 2024))
  })
})

describe('firms and platforms', () => {
  it('counts firms founded by the range end', () => {
    expect(filterEnterprises(firms, f(), 2024).map((e) => e.id)).toEqual(['a', 'b', 'c', 'd'])
    expect(filterEnterprises(firms, f({ year: { from: 2019, to: 2023 } }), 2024).map((e) => e.id)).toEqual([
      'a',
      'b',
      'd',
    ])
  })
  it('applies district, chain, segment and enterprise type', () => {
    expect(filterEnterprises(firms, f({ district: ['370481'], chain: 'lithium' }), 2024).map((e) => e.id)).toEqual([
      'b',
      'c',
    ])
    expect(filterEnterprises(firms, f({ segment: 'lithium-cells' }), 2024).map((e) => e.id)).toEqual(['c'])
    expect(filterEnterprises(firms, f({ entType: 'specialized' }), 2024).map((e) => e.id)).toEqual(['b'])
  })
  it('counts platforms and their postdocs; kind and chain filters apply', () => {
    const all = filterPlatforms(platforms, f(), 2024)
    expect(all.length).toBe(3)
    expect(sumPostdocs(all)).toBe(5)
    expect(filterPlatforms(platforms, f({ chain: 'lithium' }), 2024).length).toBe(2)
    expect(filterPlatforms(platforms, f({ platformKind: 'key-lab' }), 2024).map((p) => p.id)).toEqual(['p3'])
    expect(sumPostdocs(filterPlatforms(platforms, f({ year: { from: 2023, to: 2023 } }), 2024))).toBe(2)
  })
})

describe('talentBy and without', () => {
  it('groups stock and inflow by district', () => {
    const by = talentBy(cells, 'district', f(), 2024)
    expect(by.get('370402')).toEqual({ stock: 110, inflow: 12 })
    expect(by.get('370481')).toEqual({ stock: 290, inflow: 27 })
  })
  it('a view ignoring its own key still sees every district', () => {
    const sel = f({ district: ['370402'] })
    expect([...talentBy(cells, 'district', without(sel, 'district'), 2024).keys()].sort()).toEqual(['370402', '370481'])
    expect(without(sel, 'chain')).toBe(sel)
  })
})
