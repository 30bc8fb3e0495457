import type { EChartsOption } from 'echarts'
import { escapeHtml } from '@/domain/format'
import type { CollaborationNetwork, NetworkCategory, NetworkNode } from '@/domain/innovationNetwork'
import { COLORS } from '@/theme'
import type { Clickable } from './click'
import { forceLayout } from './networkLayout'

export interface NetworkLabels {
  firm: string
  university: string
  degree: string
  platforms: string
  shared: string
}

const CATEGORIES: readonly NetworkCategory[] = ['firm', 'university']
const CATEGORY_COLORS = [COLORS.primary, COLORS.series[4] ?? COLORS.warning]
/** Characters per line of a node label: longer names wrap (never cut), so the graph stays compact. */
const LABEL_LINE = 10

/**
 * A node's label: wrapped into lines of at most LABEL_LINE characters, as even as can be (no lone
 * bracket on a line of its own), each line escaped (a data string reaching a formatter).
 */
export function networkLabel(name: string): string {
  const per = Math.ceil(name.length / Math.ceil(name.length / LABEL_LINE))
  const lines: string[] = []
  for (let i = 0; i < name.length; i += per) lines.push(escapeHtml(name.slice(i, i + per)))
  return lines.join('\n')
}

interface GraphParam {
  dataType?: 'node' | 'edge'
  data: { name?: string; category?: number; degree?: number; platforms?: number; weight?: number }
  value?: number
}

function tooltip(nodes: ReadonlyMap<string, NetworkNode>, labels: NetworkLabels) {
  return (raw: unknown): string => {
    const p = raw as GraphParam
    if (p.dataType === 'edge') {
      const d = p.data as { source?: string; target?: string; weight?: number }
      const a = nodes.get(d.source ?? '')?.name ?? ''
      const b = nodes.get(d.target ?? '')?.name ?? ''
      return `${escapeHtml(a)} — ${escapeHtml(b)}<br/>${escapeHtml(labels.shared)}: ${escapeHtml(d.weight ?? 0)}`
    }
    const d = p.data
    const cat = CATEGORIES[d.category ?? 0] ?? 'firm'
    return [
      `<b>${escapeHtml(d.name ?? '')}</b> (${escapeHtml(labels[cat])})`,
      `${escapeHtml(labels.degree)}: ${escapeHtml(d.degree ?? 0)}`,
      `${escapeHtml(labels.platforms)}: ${escapeHtml(d.platforms ?? 0)}`,
    ].join('<br/>')
  }
}

/** Nodes permanently labelled, at most; the others show their name on hover. */
const LABELLED = 12

/** The degree of the LABELLED-th largest node, so no more than about that many carry a label. */
function labelThreshold(nodes: readonly NetworkNode[]): number {
  if (nodes.length <= LABELLED) return 0
  const degrees = nodes.map((n) => n.degree).sort((a, b) => b - a)
  const nth = degrees[LABELLED - 1] ?? 0
  // Ties at the cut would label too many: then only strictly larger nodes get a label.
  return degrees[LABELLED] === nth ? nth + 1 : nth
}

function size(degree: number, max: number): number {
  return 8 + 26 * Math.sqrt(degree / (max || 1))
}

/** Space kept round the nodes' centres: the largest node's radius, and the legend above. */
const MARGIN = { top: 60, bottom: 20, left: 20, right: 20 }

/**
 * A force-directed graph of firms and universities; node size by degree, colour by category.
 * The layout is computed once (networkLayout.ts) within a frame of `aspect` (width over height,
 * the chart's shape) that the chart fits to its box, so no
 * node leaves it; labels point inwards (left of the nodes in the right half), so none runs past
 * an edge. Only the larger nodes (about a dozen) carry a permanent label; every label is escaped.
 */
export function buildInnovationNetworkOption(
  net: CollaborationNetwork,
  labels: NetworkLabels,
  aspect = 1.5,
): EChartsOption {
  const maxDegree = net.nodes.reduce((m, n) => Math.max(m, n.degree), 0)
  const labelFrom = Math.max(maxDegree * 0.35, labelThreshold(net.nodes))
  const byId = new Map(net.nodes.map((n) => [n.id, n]))
  // Hubs first: they start, and settle, in the middle.
  const hubs = [...net.nodes].sort((a, b) => b.degree - a.degree)
  const at = forceLayout(
    hubs.map((n) => n.id),
    net.links,
    { aspect },
  )
  return {
    animationDurationUpdate: 300,
    tooltip: { trigger: 'item', formatter: tooltip(byId, labels) },
    legend: { top: 0, data: [labels.firm, labels.university] },
    series: [
      {
        type: 'graph',
        layout: 'none',
        ...MARGIN,
        // Nodes stay round: the layout's frame is fitted whole, centred, never stretched.
        preserveAspect: 'contain',
        roam: true,
        draggable: false,
        categories: CATEGORIES.map((c, i) => ({ name: labels[c], itemStyle: { color: CATEGORY_COLORS[i] } })),
        emphasis: { focus: 'adjacency', lineStyle: { width: 3 } },
        label: {
          position: 'right',
          formatter: (p: unknown) => networkLabel((p as { name: string }).name),
        },
        labelLayout: { hideOverlap: true },
        lineStyle: { color: 'source', opacity: 0.45, curveness: 0.1 },
        data: net.nodes.map((n) => {
          const [x, y] = at.get(n.id) ?? [0, 0]
          return {
            id: n.id,
            x,
            y,
            name: n.name,
            category: CATEGORIES.indexOf(n.category),
            degree: n.degree,
            platforms: n.platforms,
            // A firm node's click opens that enterprise; a university's only highlights.
            ...(n.firmId === undefined ? {} : ({ clickId: n.firmId } satisfies Clickable)),
            symbolSize: size(n.degree, maxDegree),
            label: { show: n.degree >= labelFrom, position: x > 0 ? 'left' : 'right' },
          }
        }),
        links: net.links.map((l) => ({
          source: l.source,
          target: l.target,
          weight: l.weight,
          lineStyle: { width: Math.min(6, 0.8 + l.weight) },
        })),
      },
    ],
  }
}
