import { describe, expect, it } from 'vitest'
import { enterpriseCube, mapValues } from '../../../src/domain/engine'
import { emptyFilters } from '../../../src/domain/filters'
import { topIndices } from '../../../src/domain/industry'
import { firm, rng } from '../fixtures'

const firms = [
  firm({ id: 'a', types: ['specialized', 'high-tech'], outputValue: 3 }),
  firm({ id: 'b', district: '370481', types: ['high-tech'], outputValue: 1.5, segment: 'lithium-cell' }),
  firm({ id: 'c', district: '370481', types: [], outputValue: 10 }),
]

describe('industry aggregates', () => {
  const agg = enterpriseCube.fromRows(firms).query(emptyFilters(), 2024)
  it('counts firms by district and by type (a firm under each of its types)', () => {
    expect(Object.fromEntries(mapValues(agg.byDistrict, (s) => s.count))).toEqual({ '370402': 1, '370481': 2 })
    expect(Object.fromEntries(agg.byType)).toEqual({ specialized: 1, 'high-tech': 2 })
  })
  it('sums output by segment, output and talent', () => {
    expect(Object.fromEntries(mapValues(agg.bySegment, (s) => s.outputValue))).toEqual({
      'lithium-cathode': 13,
      'lithium-cell': 1.5,
    })
    expect(agg.outputValue).toBe(14.5)
    expect(agg.talent).toBe(15)
  })
  /** The top firms by output value among all, as topIndices picks them (indices over the output column). */
  const topFirms = (list: typeof firms, n: number) =>
    topIndices(
      Float64Array.from(list, (f) => f.outputValue),
      Uint32Array.from(list, (_, i) => i),
      n,
    ).map((i) => list[i]!)
  it('topIndices equals sorting by output and cutting at n', () => {
    const r = rng(3)
    const many = Array.from({ length: 500 }, (_, i) =>
      firm({ id: String(i), outputValue: Math.round(r() * 1000) / 10 }),
    )
    const want = [...many]
      .sort((a, b) => b.outputValue - a.outputValue)
      .slice(0, 10)
      .map((f) => f.outputValue)
    expect(topFirms(many, 10).map((f) => f.outputValue)).toEqual(want)
    expect(topFirms(firms, 10).map((f) => f.id)).toEqual(['c', 'a', 'b'])
    expect(topFirms(firms, 0)).toEqual([])
    // Among the given indices only; ties keep the earlier record first.
    expect(topIndices([5, 9, 9, 1], [0, 2, 3], 2)).toEqual([2, 0])
    expect(topIndices([5, 9, 9, 1], [1, 2], 1)).toEqual([1])
  })
})
