import { describe, expect, it } from 'vitest'
import {
  buildIndustryDistrictOption,
  buildIndustryOutputOption,
  buildIndustryTypeOption,
  pickRows,
  type BarRow,
} from '../../../src/charts/industryBars'
import { COLORS } from '../../../src/theme'

const HOSTILE = '<img src=x onerror=alert(1)>"&'
const labels = { series: '企业<b>', unit: '家' }

type Series = { data: { id: string; name: string; value: number; itemStyle: { color: string } }[] }
const series = (o: ReturnType<typeof buildIndustryDistrictOption>) => (o.series as Series[])[0]?.data ?? []
const tooltip = (o: ReturnType<typeof buildIndustryDistrictOption>, p: object) =>
  (o.tooltip as { formatter: (p: object) => string }).formatter(p)

const rows: BarRow[] = [
  { id: 'a', name: 'A', value: 5 },
  { id: 'b', name: HOSTILE, value: 9 },
  { id: 'c', name: 'C', value: 1 },
]

describe('industry bar builders', () => {
  it('escapes hostile names and labels in the tooltip', () => {
    const html = tooltip(buildIndustryDistrictOption(rows, [], labels), { name: HOSTILE, value: 9 })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&amp;')
  })

  it('puts the largest bar on top and colours the selection', () => {
    const data = series(buildIndustryDistrictOption(rows, ['a'], labels))
    expect(data.map((d) => d.id)).toEqual(['c', 'a', 'b'])
    expect(data.map((d) => d.itemStyle.color)).toEqual([COLORS.muted, COLORS.selected, COLORS.muted])
    const none = series(buildIndustryTypeOption(rows, null, labels))
    expect(none.every((d) => d.itemStyle.color === COLORS.primary)).toBe(true)
  })

  it('cuts the output chart at its limit but keeps the selected segment', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, name: `S${i}`, value: i }))
    const data = series(buildIndustryOutputOption(many, 's0', labels, 15))
    expect(data).toHaveLength(16)
    expect(data.some((d) => d.id === 's0')).toBe(true)
    expect(pickRows(many, [], 5).map((r) => r.id)).toEqual(['s29', 's28', 's27', 's26', 's25'])
  })

  it('formats output values with one decimal in the tooltip', () => {
    const html = tooltip(buildIndustryOutputOption(rows, null, { series: '产值', unit: '亿元' }), {
      name: 'A',
      value: 12.345,
    })
    expect(html).toContain('12.3 亿元')
  })
})
