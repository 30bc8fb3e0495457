import { describe, expect, it } from 'vitest'
import { buildBarOption, pickRows, type BarOptions, type BarRow } from '../../../src/charts/bars'
import { clickedId } from '../../../src/charts/click'
import { COLORS } from '../../../src/theme'

const HOSTILE = '<img src=x onerror=alert(1)>"&'
const labels = { series: '企业<b>', unit: '家' }
/** What the industry charts pass: counts with no decimals, long segment names cut. */
const INDUSTRY: BarOptions = { digits: 0, labelRoom: 64, nameWidth: 120 }
const OUTPUT: BarOptions = { ...INDUSTRY, limit: 15, digits: 1 }

type Item = { clickId: string; name: string; value: number; itemStyle: { color: string } }
type Option = ReturnType<typeof buildBarOption>
const series = (o: Option) => (o.series as { data: Item[] }[])[0]?.data ?? []
const tooltip = (o: Option, data: object) =>
  (o.tooltip as { formatter: (p: object) => string }).formatter({ ...data, data })
const label = (o: Option, value: number) =>
  (o.series as { label: { formatter: (p: object) => string } }[])[0]!.label.formatter({ value })

const rows: BarRow[] = [
  { id: 'a', name: 'A', value: 5 },
  { id: 'b', name: HOSTILE, value: 9 },
  { id: 'c', name: 'C', value: 1 },
]

describe('industry bar charts', () => {
  it('escapes hostile names and labels in the tooltip', () => {
    const html = tooltip(buildBarOption(rows, [], labels, INDUSTRY), { name: HOSTILE, value: 9 })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&amp;')
  })

  it('puts the largest bar on top and colours the selection', () => {
    const data = series(buildBarOption(rows, ['a'], labels, INDUSTRY))
    expect(data.map((d) => d.clickId)).toEqual(['c', 'a', 'b'])
    expect(data.map((d) => d.itemStyle.color)).toEqual([COLORS.muted, COLORS.selected, COLORS.muted])
    const none = series(buildBarOption(rows, null, labels, INDUSTRY))
    expect(none.every((d) => d.itemStyle.color === COLORS.primary)).toBe(true)
  })

  it('a click on a bar gives its id', () => {
    const data = series(buildBarOption(rows, 'b', labels, INDUSTRY))
    expect(data.map((d) => clickedId({ data: d }))).toEqual(['c', 'a', 'b'])
  })

  it('cuts the output chart at its limit but keeps the selected segment', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ id: `s${i}`, name: `S${i}`, value: i }))
    const data = series(buildBarOption(many, 's0', labels, OUTPUT))
    expect(data).toHaveLength(16)
    expect(data.some((d) => d.clickId === 's0')).toBe(true)
    expect(pickRows(many, [], 5).map((r) => r.id)).toEqual(['s29', 's28', 's27', 's26', 's25'])
  })

  it('formats output values with one decimal in the tooltip and the bar labels', () => {
    const o = buildBarOption(rows, null, { series: '产值', unit: '亿元' }, OUTPUT)
    expect(tooltip(o, { name: 'A', value: 12.345 })).toContain('12.3 亿元')
    expect(label(o, 1234.56)).toBe('1,234.6')
  })
})

describe('clickedId', () => {
  it('reads the clicked item id of the type the chart asks for, or null', () => {
    expect(clickedId({ data: { clickId: 'lithium' } })).toBe('lithium')
    expect(clickedId({ data: { clickId: 2021 } }, 'number')).toBe(2021)
    expect(clickedId({ data: { clickId: 2021 } })).toBeNull()
    expect(clickedId({ data: { clickId: '2021' } }, 'number')).toBeNull()
    expect(clickedId({ data: { clickId: '' } })).toBeNull()
    expect(clickedId({ data: '-' })).toBeNull()
    expect(clickedId({ data: null })).toBeNull()
    expect(clickedId({})).toBeNull()
  })
})
