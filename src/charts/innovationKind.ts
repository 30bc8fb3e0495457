import type { EChartsOption } from 'echarts'
import { COLORS } from '@/theme'
import type { Clickable } from './click'
import { tooltipHtml, valueAxis } from './parts'

export interface Labelled {
  id: string
  name: string
}

export interface KindLevelLabels {
  total: string
}

/** Kind names wider than this (px) wrap. */
const NAME_WIDTH = 240

/** Level colours, national first; further levels take the next series colours. */
const LEVEL_COLORS = [COLORS.series[3], COLORS.series[0], COLORS.series[1], COLORS.series[5], COLORS.series[8]]

interface AxisParam {
  seriesName: string
  value: number
  dataIndex: number
}

function tooltip(kinds: readonly Labelled[], labels: KindLevelLabels) {
  return (raw: unknown) => {
    const params = (Array.isArray(raw) ? raw : [raw]) as AxisParam[]
    const kind = kinds[params[0]?.dataIndex ?? -1]
    const total = params.reduce((n, p) => n + (Number(p.value) || 0), 0)
    const lines = params.map((p) => [p.seriesName, Number(p.value)] as const)
    return tooltipHtml(kind?.name ?? '', [...lines, [labels.total, String(total)]], true)
  }
}

/**
 * Platforms by kind (one row each, the most platforms on top, ties in meta order) stacked by
 * level; a click selects the kind. A selected kind keeps its level colours with a border in the
 * selected colour; the others are muted.
 */
export function buildInnovationKindOption(
  kinds: readonly Labelled[],
  levels: readonly Labelled[],
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>,
  selected: string | null,
  labels: KindLevelLabels,
): EChartsOption {
  const total = (id: string) => [...(counts.get(id)?.values() ?? [])].reduce((n, v) => n + v, 0)
  // A category axis runs bottom-up: sorted ascending, the largest is on top.
  const rows = [...kinds].reverse().sort((a, b) => total(a.id) - total(b.id))
  return {
    animationDuration: 300,
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: levels.map((l) => l.name) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip(rows, labels) },
    xAxis: valueAxis({ minInterval: 1 }),
    yAxis: {
      type: 'category',
      data: rows.map((k) => k.name),
      axisTick: { show: false },
      axisLabel: {
        // Every kind keeps its name: the panel is made tall enough, long names wrap.
        interval: 0,
        width: NAME_WIDTH,
        overflow: 'break',
        color: (_v?: string | number, i?: number) =>
          rows[i ?? -1]?.id === selected ? COLORS.selected : COLORS.axisText,
        fontWeight: 'normal',
      },
    },
    series: levels.map((level, li) => {
      const color = LEVEL_COLORS[li] ?? COLORS.primary
      return {
        type: 'bar',
        name: level.name,
        stack: 'level',
        barMaxWidth: 20,
        itemStyle: { color },
        data: rows.map(
          (k) =>
            ({
              value: counts.get(k.id)?.get(level.id) ?? 0,
              clickId: k.id,
              itemStyle: itemStyle(k.id, selected, color),
            }) satisfies Clickable,
        ),
      }
    }),
  }
}

function itemStyle(kind: string, selected: string | null, color: string) {
  if (selected === null) return { color }
  if (kind === selected) return { color, borderColor: COLORS.selected, borderWidth: 2 }
  return { color: COLORS.muted, opacity: 0.55 }
}
