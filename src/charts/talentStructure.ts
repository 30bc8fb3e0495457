import type { EChartsOption } from 'echarts'
import { COLORS } from '@/theme'
import { buildBarOption } from './bars'
import type { Clickable } from './click'
import { groupedLabel, tooltipHtml, valueAxis } from './parts'

/** One code's talent with its display name; the chart value is the stock. */
export interface LabeledTalent {
  id: string
  name: string
  stock: number
  inflow: number
}

export interface StructureLabels {
  stock: string
  inflow: string
}

/** Selected code in the selected colour, the others muted; without a selection, the palette. */
export function codeColor(id: string, index: number, selected: string | null): string {
  if (selected === null) return COLORS.series[index % COLORS.series.length] ?? COLORS.primary
  return id === selected ? COLORS.selected : COLORS.muted
}

function talentTooltip(labels: StructureLabels) {
  return (p: unknown) => {
    const { name, data, percent } = p as { name: string; data: { value: number; inflow: number }; percent?: number }
    const share = percent === undefined ? '' : ` (${percent}%)`
    return tooltipHtml(name, [
      [labels.stock, `${data.value.toLocaleString()}${share}`],
      [labels.inflow, data.inflow],
    ])
  }
}

/** A donut of the stock by code (education); a click selects the code. */
export function buildTalentPieOption(
  rows: readonly LabeledTalent[],
  selected: string | null,
  labels: StructureLabels,
): EChartsOption {
  return {
    animationDuration: 300,
    tooltip: { trigger: 'item', formatter: talentTooltip(labels) },
    series: [
      {
        type: 'pie',
        name: labels.stock,
        radius: ['28%', '48%'],
        center: ['50%', '54%'],
        // Whole labels, aligned to the chart's edges so none runs off it; the ring leaves them the room.
        label: { formatter: '{b}\n{d}%', overflow: 'none', minMargin: 4, alignTo: 'edge', edgeDistance: 6 },
        labelLayout: { hideOverlap: true },
        data: rows.map(
          (r, i) =>
            ({
              name: r.name,
              value: r.stock,
              inflow: r.inflow,
              clickId: r.id,
              itemStyle: { color: codeColor(r.id, i, selected), borderColor: '#fff', borderWidth: 1 },
            }) satisfies Clickable,
        ),
      },
    ],
  }
}

/** Horizontal bars of the stock by code, largest on top, the inflow in the tooltip. */
export function buildTalentBarOption(
  rows: readonly LabeledTalent[],
  selected: string | null,
  labels: StructureLabels,
): EChartsOption {
  const bars = rows.map((r) => ({ id: r.id, name: r.name, value: r.stock, more: [[labels.inflow, r.inflow]] as const }))
  return buildBarOption(bars, selected, { series: labels.stock })
}

export interface AgeRow extends LabeledTalent {
  young: boolean
}

export interface AgeLabels extends StructureLabels {
  young: string
  older: string
}

/**
 * Stock by age band, the youngest band on top: young bands and the others as two series (the
 * legend marks them). Horizontal, so every band keeps its whole name at any width.
 */
export function buildTalentAgeOption(rows: readonly AgeRow[], labels: AgeLabels): EChartsOption {
  const shown = [...rows].reverse()
  const series = (young: boolean, name: string, color: string) => ({
    type: 'bar' as const,
    name,
    stack: 'age',
    barMaxWidth: 28,
    itemStyle: { color },
    label: { show: true, position: 'right' as const, formatter: groupedLabel() },
    labelLayout: { hideOverlap: true },
    data: shown.map((r) => (r.young === young ? { name: r.name, value: r.stock, inflow: r.inflow } : '-')),
  })
  return {
    animationDuration: 300,
    legend: { top: 0, data: [labels.young, labels.older] },
    // Room for the legend on two lines: its names are long, the panel may be narrow.
    grid: { left: 8, right: 64, top: 60, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', formatter: talentTooltip(labels) },
    xAxis: valueAxis({ axisLabel: { hideOverlap: true } }),
    yAxis: { type: 'category', data: shown.map((r) => r.name), axisTick: { show: false }, axisLabel: { interval: 0 } },
    series: [series(true, labels.young, COLORS.series[1] ?? COLORS.ok), series(false, labels.older, COLORS.primary)],
  }
}
