import type { EChartsOption } from 'echarts'
import type { SegmentGap } from '@/domain/talentSupply'
import { COLORS } from '@/theme'
import type { Clickable } from './click'
import { groupedLabel, tooltipHtml, valueAxis } from './parts'

export interface LabeledGap extends SegmentGap {
  name: string
}

export interface GapLabels {
  shortage: string
  surplus: string
  demand: string
  supply: string
  gap: string
}

/** Segment names wider than this (px) wrap. */
const NAME_WIDTH = 260

/** Shortages (gap > 0) in the warning colour, surpluses in the "ok" colour, balance muted. */
export function gapColor(gap: number): string {
  return gap > 0 ? COLORS.warning : gap < 0 ? COLORS.ok : COLORS.muted
}

/**
 * Demand − supply per segment, largest shortage at the top, as two series (shortage, surplus) so
 * the legend names the colours. The selected segment is drawn in the selected colour, the others
 * faded. A click selects the segment.
 */
export function buildTalentGapOption(
  rows: readonly LabeledGap[],
  selected: string | null,
  labels: GapLabels,
): EChartsOption {
  const shown = [...rows].sort((a, b) => a.gap - b.gap)
  const item = (r: LabeledGap) =>
    ({
      value: r.gap,
      name: r.name,
      clickId: r.segment,
      demand: r.demand,
      supply: r.supply,
      itemStyle: {
        color: r.segment === selected ? COLORS.selected : gapColor(r.gap),
        opacity: selected !== null && r.segment !== selected ? 0.4 : 1,
      },
    }) satisfies Clickable
  const series = (name: string, keep: (g: number) => boolean, color: string) => ({
    type: 'bar' as const,
    name,
    stack: 'gap',
    barMaxWidth: 18,
    itemStyle: { color },
    label: { show: true, position: 'right' as const, formatter: groupedLabel() },
    labelLayout: { hideOverlap: true },
    data: shown.map((r) => (keep(r.gap) ? item(r) : '-')),
  })
  return {
    animationDuration: 300,
    legend: { top: 0, data: [labels.shortage, labels.surplus] },
    grid: { left: 8, right: 48, top: 32, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const d = (p as { data: { value: number; name: string; demand: number; supply: number } }).data
        const kind = d.value > 0 ? labels.shortage : d.value < 0 ? labels.surplus : labels.gap
        return tooltipHtml(d.name, [
          [labels.demand, d.demand],
          [labels.supply, d.supply],
          [kind, Math.abs(d.value)],
        ])
      },
    },
    xAxis: valueAxis({ axisLabel: { hideOverlap: true } }),
    yAxis: {
      type: 'category',
      data: shown.map((r) => r.name),
      axisTick: { show: false },
      axisLine: { onZero: false },
      // Every segment keeps its name: long ones wrap, the panel is made tall enough for all.
      axisLabel: { interval: 0, width: NAME_WIDTH, overflow: 'break' },
    },
    series: [series(labels.shortage, (g) => g >= 0, COLORS.warning), series(labels.surplus, (g) => g < 0, COLORS.ok)],
  }
}
