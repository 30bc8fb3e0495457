import { describe, expect, it } from 'vitest'
import { clickedId } from '../../../src/charts/click'
import { yearColor } from '../../../src/charts/parts'
import { gapColor, buildTalentGapOption, type LabeledGap } from '../../../src/charts/talentGap'
import { buildTalentSourcesOption } from '../../../src/charts/talentSources'
import {
  buildTalentAgeOption,
  buildTalentBarOption,
  buildTalentPieOption,
  codeColor,
} from '../../../src/charts/talentStructure'
import { buildTalentTrendOption } from '../../../src/charts/years'
import { COLORS } from '../../../src/theme'
import type { RankedFlow } from '../../../src/domain/talentSupply'

const EVIL = '<img src=x onerror=alert(1)>'
type Series = { type: string; name?: string; data: Record<string, unknown>[]; links?: Record<string, unknown>[] }
type Fmt = (p: unknown) => string
const seriesOf = (o: object) => (o as { series: Series[] }).series
const tooltipOf = (o: object) => (o as { tooltip: { formatter: Fmt } }).tooltip.formatter
const colorOf = (d: unknown) => (d as { itemStyle: { color: string } }).itemStyle.color
/** What a click on an item selects (a '-' gap in a stacked series selects nothing). */
const idOf = (d: unknown) => (typeof d === 'string' ? d : clickedId({ data: d }))
const noMarkup = (html: string) => {
  expect(html).not.toContain('<img')
  expect(html).toContain('&lt;img')
}

const rows = [
  { id: 'doctor', name: '博士', stock: 10, inflow: 1 },
  { id: 'master', name: EVIL, stock: 30, inflow: 4 },
  { id: 'bachelor', name: '本科', stock: 20, inflow: 2 },
]
const labels = { stock: '人才总量', inflow: '人才流入' }

describe('structure charts', () => {
  it('codeColor: selected, muted, or the palette', () => {
    expect(codeColor('a', 1, null)).toBe(COLORS.series[1])
    expect(codeColor('a', 1, 'a')).toBe(COLORS.selected)
    expect(codeColor('b', 1, 'a')).toBe(COLORS.muted)
  })
  it('the pie keeps code order, carries the code and highlights the selection', () => {
    const data = seriesOf(buildTalentPieOption(rows, 'bachelor', labels))[0]!.data
    expect(data.map((d) => [idOf(d), d.value])).toEqual([
      ['doctor', 10],
      ['master', 30],
      ['bachelor', 20],
    ])
    expect(data.map(colorOf)).toEqual([COLORS.muted, COLORS.muted, COLORS.selected])
  })
  it('the pie tooltip escapes names and shows stock, share and inflow', () => {
    const html = tooltipOf(buildTalentPieOption(rows, null, labels))({
      name: EVIL,
      percent: 50,
      data: { value: 30, inflow: 4 },
    })
    noMarkup(html)
    expect(html).toContain('(50%)')
    expect(html).toContain('人才流入: 4')
  })
  it('bars: largest at the top (last category), selection highlighted, tooltip escaped', () => {
    const o = buildTalentBarOption(rows, 'doctor', labels)
    const data = seriesOf(o)[0]!.data
    expect(data.map(idOf)).toEqual(['doctor', 'bachelor', 'master'])
    expect(data.map(colorOf)).toEqual([COLORS.selected, COLORS.muted, COLORS.muted])
    expect(seriesOf(buildTalentBarOption(rows, null, labels))[0]!.data.map(colorOf)).toEqual(
      Array(3).fill(COLORS.primary),
    )
    const html = tooltipOf(o)({ name: EVIL, data: { ...data[2], name: EVIL } })
    noMarkup(html)
    expect(html).toContain('人才流入: 4')
  })
  it('age bands: young bands in the first series, the others in the second, in band order from the top', () => {
    const age = [
      { id: 'u25', name: '≤25', stock: 5, inflow: 1, young: true },
      { id: 'a36', name: '36–45', stock: 7, inflow: 1, young: false },
    ]
    const o = buildTalentAgeOption(age, { ...labels, young: '青年', older: '其他' })
    const [young, older] = seriesOf(o)
    expect(young!.name).toBe('青年')
    // Horizontal bars: the category axis runs bottom-up, so the first band is the last category (on top).
    expect((o.yAxis as { data: string[] }).data).toEqual(['36–45', '≤25'])
    expect(young!.data).toEqual(['-', { name: '≤25', value: 5, inflow: 1 }])
    expect(older!.data).toEqual([{ name: '36–45', value: 7, inflow: 1 }, '-'])
  })
})

describe('trend chart', () => {
  const years = [2022, 2023, 2024].map((year) => ({ year, stock: year - 2000, inflow: year - 2020 }))
  it('yearColor: the selected range highlighted, others muted', () => {
    expect(yearColor(2023, null)).toBe(COLORS.primary)
    expect(yearColor(2023, { from: 2023, to: 2024 })).toBe(COLORS.selected)
    expect(yearColor(2022, { from: 2023, to: 2024 })).toBe(COLORS.muted)
  })
  it('inflow bars carry the year, stock on the right axis', () => {
    const o = buildTalentTrendOption(years, { from: 2024, to: 2024 }, labels)
    const [bars, line] = seriesOf(o)
    expect(bars!.data.map((d) => [clickedId({ data: d }, 'number'), d.value])).toEqual([
      [2022, 2],
      [2023, 3],
      [2024, 4],
    ])
    expect(bars!.data.map(colorOf)).toEqual([COLORS.muted, COLORS.muted, COLORS.selected])
    expect((line as unknown as { yAxisIndex: number }).yAxisIndex).toBe(1)
  })
  it('the axis tooltip escapes series names', () => {
    const o = buildTalentTrendOption(years, null, { stock: EVIL, inflow: 'x' })
    noMarkup(tooltipOf(o)([{ axisValue: '2024', name: '2024', seriesName: EVIL, value: 5 }]))
  })
})

describe('gap chart', () => {
  const gaps: LabeledGap[] = [
    { segment: 'a', name: 'A', demand: 50, supply: 10, gap: 40 },
    { segment: 'b', name: EVIL, demand: 20, supply: 15, gap: 5 },
    { segment: 'c', name: 'C', demand: 5, supply: 5, gap: 0 },
    { segment: 'd', name: 'D', demand: 10, supply: 30, gap: -20 },
  ]
  const gl = { shortage: '缺口', surplus: '富余', demand: '需求', supply: '供给', gap: '供需差' }
  it('gapColor: shortage warning, surplus ok, balance muted', () => {
    expect(gapColor(3)).toBe(COLORS.warning)
    expect(gapColor(-3)).toBe(COLORS.ok)
    expect(gapColor(0)).toBe(COLORS.muted)
  })
  it('sorts the largest shortage to the top and splits shortage and surplus series', () => {
    const o = buildTalentGapOption([...gaps].reverse(), null, gl)
    expect((o as { yAxis: { data: string[] } }).yAxis.data).toEqual(['D', 'C', EVIL, 'A'])
    const [short, surplus] = seriesOf(o)
    expect(short!.data.map(idOf)).toEqual(['-', 'c', 'b', 'a'])
    expect(surplus!.data.map(idOf)).toEqual(['d', '-', '-', '-'])
    expect(short!.data.filter((d) => typeof d !== 'string').map(colorOf)).toEqual([
      COLORS.muted,
      COLORS.warning,
      COLORS.warning,
    ])
    expect(colorOf(surplus!.data[0])).toBe(COLORS.ok)
  })
  it('the selected segment takes the selected colour, the others fade', () => {
    const short = seriesOf(buildTalentGapOption(gaps, 'a', gl))[0]!.data
    const a = short[3] as { itemStyle: { color: string; opacity: number } }
    const b = short[2] as { itemStyle: { color: string; opacity: number } }
    expect(a.itemStyle).toEqual({ color: COLORS.selected, opacity: 1 })
    expect(b.itemStyle).toEqual({ color: COLORS.warning, opacity: 0.4 })
  })
  it('the tooltip escapes the name and says shortage or surplus', () => {
    const fmt = tooltipOf(buildTalentGapOption(gaps, null, gl))
    const html = fmt({ data: { value: 5, name: EVIL, demand: 20, supply: 15 } })
    noMarkup(html)
    expect(html).toContain('缺口: 5')
    expect(fmt({ data: { value: -20, name: 'D', demand: 10, supply: 30 } })).toContain('富余: 20')
  })
})

describe('sources sankey', () => {
  const flows: RankedFlow[] = [
    { source: '山东大学', sourceType: 'university', chain: 'lithium', introduced: 10 },
    { source: '山东大学', sourceType: 'university', chain: 'chemical', introduced: 5 },
    { source: EVIL, sourceType: 'region', chain: 'lithium', introduced: 3 },
    { source: null, sourceType: 'region', chain: null, introduced: 2 },
  ]
  const sl = {
    introduced: '引进',
    source: (s: string) => (s === '山东大学' ? 'SDU' : s),
    sourceType: (id: string) => (id === 'university' ? '高校' : '地区'),
    others: (t: string) => `其他${t}`,
    chain: (id: string | null) => (id === null ? '未归属' : id.toUpperCase()),
  }
  const build = (sel: string | null) => buildTalentSourcesOption(flows, ['lithium', 'chemical'], sel, sl)
  it('three columns of nodes: types, sources by size (others last), chains', () => {
    const s = seriesOf(build(null))[0]!
    expect(s.data.map((n) => n.id)).toEqual([
      't:university',
      't:region',
      's:university:山东大学',
      `s:region:${EVIL}`,
      'o:region',
      'c:lithium',
      'c:chemical',
      'c:',
    ])
    expect(s.data.map((n) => n.name)).toContain('其他region')
    expect(s.data.find((n) => n.id === 'c:')?.name).toBe('未归属')
    // Chain nodes select their chain on a click; the others and the unassigned node select nothing.
    expect(s.data.map((n) => clickedId({ data: n }))).toEqual([
      null,
      null,
      null,
      null,
      null,
      'lithium',
      'chemical',
      null,
    ])
  })
  it('links sum per pair and carry the chain into chain nodes', () => {
    const links = seriesOf(build(null))[0]!.links!
    expect(links.find((l) => l.source === 't:university')).toMatchObject({ target: 's:university:山东大学', value: 15 })
    expect(links.find((l) => l.target === 'c:chemical')).toMatchObject({ value: 5, clickId: 'chemical' })
    expect(clickedId({ data: links.find((l) => l.source === 't:university') })).toBeNull()
    expect(links.filter((l) => l.target === 'c:lithium').reduce((n, l) => n + Number(l.value), 0)).toBe(13)
  })
  it('highlights the selected chain node and its links', () => {
    const s = seriesOf(build('lithium'))[0]!
    expect(colorOf(s.data.find((n) => n.id === 'c:lithium'))).toBe(COLORS.selected)
    expect(colorOf(s.data.find((n) => n.id === 'c:chemical'))).toBe(COLORS.muted)
    const opacity = (target: string) =>
      (s.links!.find((l) => l.target === target) as { lineStyle: { opacity: number } }).lineStyle.opacity
    expect(opacity('c:lithium')).toBeGreaterThan(opacity('c:chemical'))
  })
  it('names sources through the labels and lets a named source focus its origin, outlined, its links forward', () => {
    const plain = seriesOf(build(null))[0]!
    const sdu = plain.data.find((n) => n.id === 's:university:山东大学')
    expect(sdu).toMatchObject({ name: 'SDU', origin: '山东大学' })
    // The merged "others" node is no origin.
    expect(plain.data.find((n) => n.id === 'o:region')?.origin).toBeUndefined()
    const s = seriesOf(buildTalentSourcesOption(flows, ['lithium', 'chemical'], null, sl, '山东大学'))[0]!
    const node = s.data.find((n) => n.id === 's:university:山东大学') as { itemStyle: { borderColor?: string } }
    expect(node.itemStyle.borderColor).toBe(COLORS.selected)
    const op = (l: { lineStyle?: unknown }) => (l.lineStyle as { opacity: number }).opacity
    const into = s.links!.find((l) => l.target === 's:university:山东大学')!
    const other = s.links!.find((l) => l.source === `s:region:${EVIL}`)!
    expect(op(into)).toBeGreaterThan(op(other))
  })
  it('tooltips escape node and edge names', () => {
    const fmt = tooltipOf(build(null))
    noMarkup(fmt({ dataType: 'node', data: { name: EVIL }, value: 3 }))
    const edge = fmt({ dataType: 'edge', data: { source: `s:region:${EVIL}`, target: 'c:lithium' }, value: 3 })
    noMarkup(edge)
    expect(edge).toContain('LITHIUM')
  })
})
