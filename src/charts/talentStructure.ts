import type { EChartsOption } from 'echarts'
import { escapeHtml } from '@/domain/format'
import { COLORS } from '@/theme'

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

function talentTooltip(labels: StructureLabels, percent?: boolean) {
  return (p: unknown) => {
    const { name, data } = p as { name: string; data: { value: number; inflow: number }; percent?: number }
    const share = percent ? ` (${escapeHtml((p as { percent?: number }).percent ?? 0)}%)` : ''
    return (
      `${escapeHtml(name)}<br/>${escapeHtml(labels.stock)}: ${escapeHtml(data.value.toLocaleString())}${share}` +
      `<br/>${escapeHtml(labels.inflow)}: ${escapeHtml(data.inflow.toLocaleString())}`
    )
  }
}

/** A donut of the stock by code (education); click data carries `code`. */
export function buildTalentPieOption(
  rows: readonly LabeledTalent[],
  selected: string | null,
  labels: StructureLabels,
): EChartsOption {
  return {
    animationDuration: 300,
    tooltip: { trigger: 'item', formatter: talentTooltip(labels, true) },
    series: [
      {
        type: 'pie',
        name: labels.stock,
        radius: ['36%', '66%'],
        center: ['50%', '52%'],
        label: { formatter: '{b}\n{d}%' },
        data: rows.map((r, i) => ({
          name: r.name,
          value: r.stock,
          inflow: r.inflow,
          code: r.id,
          itemStyle: { color: codeColor(r.id, i, selected), borderColor: '#fff', borderWidth: 1 },
        })),
      },
    ],
  }
}

/** Horizontal bars of the stock by code, largest at the top; click data carries `code`. */
export function buildTalentBarOption(
  rows: readonly LabeledTalent[],
  selected: string | null,
  labels: StructureLabels,
): EChartsOption {
  const sorted = [...rows].sort((a, b) => a.stock - b.stock)
  return {
    animationDuration: 300,
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', formatter: talentTooltip(labels) },
    xAxis: { type: 'value', axisLabel: { hideOverlap: true }, splitLine: { lineStyle: { color: COLORS.grid } } },
    yAxis: { type: 'category', data: sorted.map((r) => r.name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: labels.stock,
        barMaxWidth: 22,
        label: { show: true, position: 'right', formatter: '{c}' },
        data: sorted.map((r) => ({
          name: r.name,
          value: r.stock,
          inflow: r.inflow,
          code: r.id,
          itemStyle: { color: selected === null ? COLORS.primary : r.id === selected ? COLORS.selected : COLORS.muted },
        })),
      },
    ],
  }
}

export interface AgeRow extends LabeledTalent {
  young: boolean
}

export interface AgeLabels extends StructureLabels {
  young: string
  older: string
}

/** Stock by age band in band order: young bands and the others as two series (the legend marks them). */
export function buildTalentAgeOption(rows: readonly AgeRow[], labels: AgeLabels): EChartsOption {
  const series = (young: boolean, name: string, color: string) => ({
    type: 'bar' as const,
    name,
    stack: 'age',
    barMaxWidth: 36,
    itemStyle: { color },
    label: { show: true, position: 'top' as const, formatter: '{c}' },
    data: rows.map((r) => (r.young === young ? { name: r.name, value: r.stock, inflow: r.inflow } : '-')),
  })
  return {
    animationDuration: 300,
    legend: { top: 0, data: [labels.young, labels.older] },
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', formatter: talentTooltip(labels) },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisTick: { show: false }, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', splitLine: { lineStyle: { color: COLORS.grid } } },
    series: [series(true, labels.young, COLORS.series[1] ?? COLORS.ok), series(false, labels.older, COLORS.primary)],
  }
}
