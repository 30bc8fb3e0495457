import { describe, expect, it } from 'vitest'
import { enterpriseCube, platformCube, talentCube } from '../../../src/domain/engine'
import { emptyFilters, without, type Filters } from '../../../src/domain/filters'
import { cells, firms, meta, platforms } from '../fixtures'

const f = (p: Partial<Filters> = {}): Filters => ({ ...emptyFilters(), ...p })
const talent = talentCube.fromRows(cells, { meta })
const totals = (filters: Filters) => {
  const { stock, inflow } = talent.query(filters, 2024)
  return { stock, inflow }
}
const firmIds = (filters: Filters) =>
  enterpriseCube
    .fromRows(firms, { meta })
    .matching(filters, 2024)
    .map((e) => e.id)

describe('talent totals', () => {
  it('defaults to the last year: stock and inflow of that year', () => {
    expect(totals(f())).toEqual({ stock: 110 + 200 + 50 + 40, inflow: 12 + 20 + 3 + 4 })
  })
  it('takes stock at the range end and sums inflow over the range', () => {
    expect(totals(f({ year: { from: 2022, to: 2023 } }))).toEqual({ stock: 100, inflow: 15 })
  })
  it('filters by district', () => {
    expect(totals(f({ district: ['370402'] }))).toEqual({ stock: 110, inflow: 12 })
  })
  it('a chain filter excludes cells without a chain', () => {
    expect(totals(f({ chain: 'lithium' }))).toEqual({ stock: 310, inflow: 32 })
  })
  it('filters by talent type and education', () => {
    expect(totals(f({ talentType: 'other' })).stock).toBe(50)
    expect(totals(f({ education: 'doctor' })).stock).toBe(350)
  })
  it('a segment filter does not apply to talent cells', () => {
    expect(totals(f({ segment: 'lithium-cells' }))).toEqual(totals(f()))
  })
  it('an empty id is no filter, as the chips say', () => {
    expect(totals(f({ chain: '', talentType: '' }))).toEqual(totals(f()))
    expect(cells.filter(talentCube.matcher(f({ chain: '' }), 2024))).toHaveLength(4)
  })
})

describe('firms and platforms', () => {
  it('counts firms founded by the range end', () => {
    expect(firmIds(f())).toEqual(['a', 'b', 'c', 'd'])
    expect(firmIds(f({ year: { from: 2019, to: 2023 } }))).toEqual(['a', 'b', 'd'])
  })
  it('applies district, chain, segment and enterprise type', () => {
    expect(firmIds(f({ district: ['370481'], chain: 'lithium' }))).toEqual(['b', 'c'])
    expect(firmIds(f({ segment: 'lithium-cells' }))).toEqual(['c'])
    expect(firmIds(f({ entType: 'specialized' }))).toEqual(['b'])
    expect(firms.filter(enterpriseCube.matcher(f({ entType: 'specialized' }), 2024)).map((e) => e.id)).toEqual(['b'])
  })
  it('counts platforms and their postdocs; kind and chain filters apply', () => {
    const cube = platformCube.fromRows(platforms, { meta })
    const all = cube.query(f(), 2024)
    expect(all.count).toBe(3)
    expect(all.postdocs).toBe(5)
    expect(cube.query(f({ chain: 'lithium' }), 2024).count).toBe(2)
    expect(cube.matching(f({ platformKind: 'key-lab' }), 2024).map((p) => p.id)).toEqual(['p3'])
    expect(cube.query(f({ year: { from: 2023, to: 2023 } }), 2024).postdocs).toBe(2)
  })
})

describe('group-bys and without', () => {
  it('groups stock and inflow by district', () => {
    const by = talent.query(f(), 2024).byDistrict
    expect(by.get('370402')).toEqual({ stock: 110, inflow: 12, young: 110 })
    expect(by.get('370481')).toEqual({ stock: 290, inflow: 27, young: 290 })
  })
  it('the district group ignores the district filter, so a view still sees every district', () => {
    const sel = f({ district: ['370402'] })
    expect([...talent.query(sel, 2024).byDistrict.keys()]).toEqual(['370402', '370481'])
    expect(talent.query(sel, 2024).byDistrict.get('370481')?.stock).toBe(290)
    expect(without(sel, 'chain')).toBe(sel)
    expect(without(sel, 'district')).toEqual(f())
  })
})
