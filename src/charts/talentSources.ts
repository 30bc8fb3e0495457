import type { EChartsOption } from 'echarts'
import type { RankedFlow } from '@/domain/talentSupply'
import { COLORS } from '@/theme'
import type { Clickable } from './click'
import { tooltipHtml } from './parts'

export interface SourcesLabels {
  introduced: string
  /** A source's display name (an origin's name in the display language; else the source as given). */
  source: (source: string) => string
  sourceType: (id: string) => string
  /** The merged "other sources" node of a source type. */
  others: (sourceType: string) => string
  /** A chain's name; null = talent not in a chain. */
  chain: (id: string | null) => string
}

interface SankeyNode {
  id: string
  name: string
  total: number
  chain?: string | null
  /** A named source: what a click focuses (the talent map's flows focus the same origin). */
  origin?: string
  itemStyle: { color: string }
}

const TYPE_COLORS = [COLORS.series[0], COLORS.series[1], COLORS.series[4], COLORS.series[5]]

function add(nodes: Map<string, SankeyNode>, id: string, make: () => Omit<SankeyNode, 'total'>, v: number) {
  const n = nodes.get(id) ?? { ...make(), total: 0 }
  n.total += v
  nodes.set(id, n)
}

function chainColor(chain: string | null, index: number, selected: string | null): string {
  if (selected !== null) return chain === selected ? COLORS.selected : COLORS.muted
  return chain === null ? COLORS.muted : (COLORS.series[(index + 2) % COLORS.series.length] ?? COLORS.primary)
}

interface SankeyLink {
  source: string
  target: string
  value: number
  chain?: string | null
}

/** Nodes (ordered: types, sources by size with "others" last, chains) and summed links. */
function sankeyGraph(
  flows: readonly RankedFlow[],
  chainOrder: readonly string[],
  selected: string | null,
  labels: SourcesLabels,
) {
  const types = [...new Set(flows.map((f) => f.sourceType))].sort()
  const typeColor = (t: string) => TYPE_COLORS[types.indexOf(t) % TYPE_COLORS.length] ?? COLORS.primary
  const nodes = new Map<string, SankeyNode>()
  const links = new Map<string, SankeyLink>()
  const link = (source: string, target: string, value: number, chain?: string | null) => {
    const l = links.get(`${source}\u0000${target}`) ?? { source, target, value: 0, chain }
    l.value += value
    links.set(`${source}\u0000${target}`, l)
  }
  for (const f of flows) {
    const [t, s, c] = [
      `t:${f.sourceType}`,
      f.source === null ? `o:${f.sourceType}` : `s:${f.sourceType}:${f.source}`,
      `c:${f.chain ?? ''}`,
    ]
    const itemStyle = { color: typeColor(f.sourceType) }
    const ci = f.chain === null ? chainOrder.length : chainOrder.indexOf(f.chain)
    add(nodes, t, () => ({ id: t, name: labels.sourceType(f.sourceType), itemStyle }), f.introduced)
    const source = f.source
    add(
      nodes,
      s,
      () =>
        source === null
          ? { id: s, name: labels.others(f.sourceType), itemStyle }
          : { id: s, name: labels.source(source), origin: source, itemStyle },
      f.introduced,
    )
    add(
      nodes,
      c,
      () => ({
        id: c,
        name: labels.chain(f.chain),
        chain: f.chain,
        itemStyle: { color: chainColor(f.chain, ci, selected) },
      }),
      f.introduced,
    )
    link(t, s, f.introduced)
    link(s, c, f.introduced, f.chain)
  }
  const rank = (id: string) => (id.startsWith('t:') ? 0 : id.startsWith('c:') ? 20 : id.startsWith('o:') ? 11 : 10)
  return {
    nodes: [...nodes.values()].sort((a, b) => rank(a.id) - rank(b.id) || b.total - a.total),
    links: [...links.values()],
  }
}

/** Chain nodes and the links into them select their chain on a click; the rest select nothing. */
function selects(chain: string | null | undefined): Partial<Clickable> {
  return chain ? { clickId: chain } : {}
}

/**
 * A three-column sankey: source type → source (the top ones, then "others" per type) → chain.
 * Nodes are ordered by size within each column; the selected chain is highlighted, and a
 * focused source (`focus`, shared with the talent map's flows) is outlined with its links
 * brought forward. A source node's click carries its `origin`.
 */
export function buildTalentSourcesOption(
  flows: readonly RankedFlow[],
  chainOrder: readonly string[],
  selected: string | null,
  labels: SourcesLabels,
  focus: string | null = null,
): EChartsOption {
  const { nodes, links } = sankeyGraph(flows, chainOrder, selected, labels)
  const names = new Map(nodes.map((n) => [n.id, n.name]))
  const chainOpacity = (chain: string | null | undefined) =>
    selected === null ? 0.3 : chain === undefined ? 0.25 : chain === selected ? 0.6 : 0.1
  const focusId = focus === null ? null : nodes.find((n) => n.origin === focus)?.id
  const linkOpacity = (l: SankeyLink) =>
    !focusId ? chainOpacity(l.chain) : l.source === focusId || l.target === focusId ? 0.7 : 0.06
  return {
    animationDuration: 300,
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { dataType, data, value } = p as {
          dataType?: string
          data: Partial<SankeyLink & SankeyNode>
          value: number
        }
        const head =
          dataType === 'edge'
            ? `${names.get(data.source ?? '') ?? ''} → ${names.get(data.target ?? '') ?? ''}`
            : (data.name ?? '')
        return tooltipHtml(head, [[labels.introduced, value]])
      },
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 132,
        top: 8,
        bottom: 8,
        nodeGap: 6,
        nodeWidth: 12,
        layoutIterations: 0,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        label: { formatter: '{b}' },
        labelLayout: { hideOverlap: true },
        data: nodes.map(({ id, name, chain, origin, itemStyle }) => ({
          id,
          name,
          ...selects(chain),
          ...(origin === undefined ? {} : { origin }),
          itemStyle: id === focusId ? { ...itemStyle, borderColor: COLORS.selected, borderWidth: 3 } : itemStyle,
        })),
        links: links.map((l) => ({
          source: l.source,
          target: l.target,
          value: l.value,
          ...selects(l.chain),
          lineStyle: { color: 'target', opacity: linkOpacity(l) },
        })),
      },
    ],
  }
}
