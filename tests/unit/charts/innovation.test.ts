import { describe, expect, it } from 'vitest'
import { buildBarOption } from '../../../src/charts/bars'
import { clickedId } from '../../../src/charts/click'
import { buildInnovationKindOption } from '../../../src/charts/innovationKind'
import { buildInnovationNetworkOption, networkLabel } from '../../../src/charts/innovationNetwork'
import { buildInnovationGrowthOption } from '../../../src/charts/years'
import { COLORS } from '../../../src/theme'
import { collaborationNetwork } from '../../../src/domain/innovationNetwork'
import { innovationPlatform } from '../fixtures'

const EVIL = '<img src=x onerror=alert(1)>'

type Series = { data: Record<string, unknown>[]; name?: string }
type Fmt = (p: unknown) => string
const series = (o: unknown) => (o as { series: Series[] }).series
const fmt = (o: unknown) => (o as { tooltip: { formatter: Fmt } }).tooltip.formatter

describe('buildInnovationKindOption', () => {
  const kinds = [
    { id: 'postdoc-base', name: '基地' },
    { id: 'key-lab', name: EVIL },
  ]
  const levels = [
    { id: 'national', name: '国家级' },
    { id: 'provincial', name: '省级' },
  ]
  const counts = new Map([
    ['postdoc-base', new Map([['provincial', 25]])],
    [
      'key-lab',
      new Map([
        ['national', 2],
        ['provincial', 3],
      ]),
    ],
  ])

  it('stacks one series per level over the kinds, first kind on top', () => {
    const o = buildInnovationKindOption(kinds, levels, counts, null, { total: '合计' })
    const s = series(o)
    expect(s.map((x) => x.name)).toEqual(['国家级', '省级'])
    expect(s[0]?.data.map((d) => [clickedId({ data: d }), d.value])).toEqual([
      ['key-lab', 2],
      ['postdoc-base', 0],
    ])
    expect(s[1]?.data.map((d) => d.value)).toEqual([3, 25])
  })

  it('mutes the kinds that are not selected and borders the selected one', () => {
    const s = series(buildInnovationKindOption(kinds, levels, counts, 'postdoc-base', { total: '合计' }))
    const style = (i: number) => s[1]?.data[i]?.itemStyle as { color: string; borderColor?: string }
    expect(style(0).color).toBe(COLORS.muted)
    expect(style(1).borderColor).toBe(COLORS.selected)
  })

  it('escapes data strings in the tooltip and sums the levels', () => {
    const o = buildInnovationKindOption(kinds, levels, counts, null, { total: '合计' })
    const html = fmt(o)([
      { seriesName: '国家级', value: 2, dataIndex: 0 },
      { seriesName: '<b>', value: 3, dataIndex: 0 },
    ])
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('&lt;b&gt;: 3')
    expect(html).toContain('合计: 5')
  })
})

describe('buildInnovationGrowthOption', () => {
  const points = [
    { year: 2022, founded: 2, cumulative: 3 },
    { year: 2023, founded: 1, cumulative: 4 },
    { year: 2024, founded: 1, cumulative: 5 },
  ]

  it('draws foundings as bars and the running total as a line on the right axis', () => {
    const o = buildInnovationGrowthOption(points, null, { founded: '新增', cumulative: '累计' })
    const [bars, line] = series(o)
    expect(bars?.data.map((d) => [clickedId({ data: d }, 'number'), d.value])).toEqual([
      [2022, 2],
      [2023, 1],
      [2024, 1],
    ])
    expect(line?.data.map((d) => d.value)).toEqual([3, 4, 5])
    expect(line?.data.map((d) => clickedId({ data: d }, 'number'))).toEqual([2022, 2023, 2024])
    expect((line as unknown as { yAxisIndex: number }).yAxisIndex).toBe(1)
  })

  it('highlights the selected years and mutes the rest', () => {
    const o = buildInnovationGrowthOption(points, { from: 2023, to: 2024 }, { founded: '新增', cumulative: '累计' })
    const colors = series(o)[0]?.data.map((d) => (d.itemStyle as { color: string }).color)
    expect(colors).toEqual([COLORS.muted, COLORS.selected, COLORS.selected])
  })

  it('escapes series names in the tooltip', () => {
    const o = buildInnovationGrowthOption(points, null, { founded: EVIL, cumulative: '累计' })
    const html = fmt(o)([{ seriesName: EVIL, value: 2, name: '2022' }])
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img')
  })
})

describe('postdocs by district (bars in district order)', () => {
  const rows = [
    { id: '370402', name: EVIL, value: 2, more: [['平台', 2]] as const },
    { id: '370481', name: '滕州市', value: 8, more: [['平台', 3]] as const },
  ]
  const build = (selected: string[]) =>
    buildBarOption(rows, selected, { series: '博士后' }, { order: 'given', integer: true, labelRoom: 32 })

  it('has one bar per district with its postdocs, the first district on top, the selected one highlighted', () => {
    const s = series(build(['370481']))
    expect(s[0]?.data.map((d) => [clickedId({ data: d }), d.value])).toEqual([
      ['370481', 8],
      ['370402', 2],
    ])
    expect(s[0]?.data.map((d) => (d.itemStyle as { color: string }).color)).toEqual([COLORS.selected, COLORS.muted])
  })

  it('escapes the district name in the tooltip', () => {
    const o = build([])
    const html = fmt(o)({ data: series(o)[0]?.data[1] })
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;<br/>博士后: 2<br/>平台: 2')
  })
})

describe('buildInnovationNetworkOption', () => {
  const net = collaborationNetwork(
    [
      innovationPlatform({ host: 'E1', partners: [EVIL, '山东大学'] }),
      innovationPlatform({ host: 'E2', partners: ['山东大学'] }),
    ],
    new Map([['E1', '<script>x</script>有限公司']]),
  )
  const labels = { firm: '企业', university: '高校', degree: '伙伴', platforms: '平台', shared: '共建' }
  const graph = (o: unknown) =>
    series(o)[0] as unknown as {
      data: Record<string, unknown>[]
      links: Record<string, unknown>[]
      label: { formatter: Fmt }
    }

  it('has firm and university nodes sized by degree and links by id', () => {
    const g = graph(buildInnovationNetworkOption(net, labels))
    expect(g.data).toHaveLength(4)
    const uni = g.data.find((d) => d.id === 'org:山东大学')
    const firm = g.data.find((d) => d.id === 'firm:E2')
    expect(uni).toMatchObject({ category: 1, degree: 2 })
    expect(firm).toMatchObject({ category: 0, degree: 1 })
    // A firm node's click opens that firm; a university's selects nothing.
    expect(clickedId({ data: firm })).toBe('E2')
    expect(clickedId({ data: uni })).toBeNull()
    expect(Number(uni?.symbolSize)).toBeGreaterThan(Number(firm?.symbolSize))
    expect(g.links).toHaveLength(3)
  })

  it('escapes names in node labels and in node and edge tooltips', () => {
    const o = buildInnovationNetworkOption(net, labels)
    const g = graph(o)
    // Long names wrap every ten characters (never cut), each line escaped.
    expect(g.label.formatter({ name: EVIL })).toBe('&lt;img src=x\n onerror=a\nlert(1)&gt;')
    expect(networkLabel('<b>甲</b>')).toBe('&lt;b&gt;甲&lt;/b&gt;')
    // Even lines: 11 characters make two of six and five, not ten and a lone bracket.
    expect(networkLabel('哈尔滨工业大学(威海)')).toBe('哈尔滨工业大\n学(威海)')
    const node = fmt(o)({ dataType: 'node', data: g.data.find((d) => d.id === 'firm:E1') })
    expect(node).not.toContain('<script>')
    expect(node).toContain('&lt;script&gt;x&lt;/script&gt;有限公司')
    const edge = fmt(o)({ dataType: 'edge', data: g.links.find((l) => l.target === `org:${EVIL}`) })
    expect(edge).not.toContain('<img')
    expect(edge).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(edge).toContain('共建: 1')
  })
})

describe('buildInnovationNetworkOption labels', () => {
  it('labels at most about a dozen of the largest nodes', () => {
    const items = Array.from({ length: 40 }, (_, i) =>
      innovationPlatform({ host: `F${i}`, partners: i < 20 ? ['A'] : ['B', `U${i}`] }),
    )
    const g = series(
      buildInnovationNetworkOption(collaborationNetwork(items, new Map()), {
        firm: '企业',
        university: '高校',
        degree: '伙伴',
        platforms: '平台',
        shared: '共建',
      }),
    )[0] as unknown as { data: { id: string; label: { show: boolean } }[] }
    const labelled = g.data
      .filter((d) => d.label.show)
      .map((d) => d.id)
      .sort()
    // A and B (degree 20) and the 20 firms F20–F39 (degree 2) tie past the cut: only A and B are labelled.
    expect(labelled).toEqual(['org:A', 'org:B'])
  })
})
