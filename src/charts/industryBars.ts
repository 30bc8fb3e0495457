import type { EChartsOption } from 'echarts'
import { escapeHtml } from '@/domain/format'
import { COLORS } from '@/theme'

export interface BarRow {
  /** The filter value a click sets (adcode, type id, segment id). */
  id: string
  name: string
  value: number
}

export interface IndustryBarLabels {
  series: string
  /** Unit after the value in the tooltip (家, 亿元). */
  unit: string
}

export interface IndustryBarOptions {
  /** Keep only the largest rows (the selected row is always kept). */
  limit?: number
  /** Decimals of the value in labels and tooltips. */
  digits?: number
}

function fmt(v: number, digits: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
}

/** The rows to show: largest first, cut at `limit`, the selected ones kept. */
export function pickRows(rows: readonly BarRow[], selected: readonly string[], limit?: number): BarRow[] {
  const sorted = [...rows].sort((a, b) => b.value - a.value)
  if (limit === undefined || sorted.length <= limit) return sorted
  const head = sorted.slice(0, limit)
  const missing = sorted.slice(limit).filter((r) => selected.includes(r.id))
  return [...head, ...missing]
}

/**
 * Horizontal bars for a linked industry chart: largest on top, the selected bars in the
 * selection colour and the others muted while something is selected.
 */
export function buildIndustryBarOption(
  rows: readonly BarRow[],
  selected: readonly string[],
  labels: IndustryBarLabels,
  opts: IndustryBarOptions = {},
): EChartsOption {
  const digits = opts.digits ?? 0
  const shown = pickRows(rows, selected, opts.limit).reverse()
  const hasSelection = selected.length > 0
  return {
    animationDuration: 300,
    grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, value } = p as { name: string; value: number }
        return `${escapeHtml(name)}<br/>${escapeHtml(labels.series)}: ${escapeHtml(fmt(value, digits))} ${escapeHtml(labels.unit)}`
      },
    },
    xAxis: { type: 'value', splitLine: { lineStyle: { color: COLORS.grid } } },
    yAxis: {
      type: 'category',
      data: shown.map((r) => r.name),
      axisTick: { show: false },
      axisLabel: { width: 120, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: labels.series,
        data: shown.map((r) => ({
          value: r.value,
          name: r.name,
          id: r.id,
          itemStyle: {
            color: selected.includes(r.id) ? COLORS.selected : hasSelection ? COLORS.muted : COLORS.primary,
          },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (p: unknown) => fmt((p as { value: number }).value, digits),
        },
        barMaxWidth: 20,
      },
    ],
  }
}

/** Firms per district (click toggles the district). */
export function buildIndustryDistrictOption(
  rows: readonly BarRow[],
  selected: readonly string[],
  labels: IndustryBarLabels,
) {
  return buildIndustryBarOption(rows, selected, labels)
}

/** Firms per enterprise type (click toggles entType). */
export function buildIndustryTypeOption(rows: readonly BarRow[], selected: string | null, labels: IndustryBarLabels) {
  return buildIndustryBarOption(rows, selected ? [selected] : [], labels)
}

/** Output value per segment in 亿元, the largest `limit` (click toggles the segment). */
export function buildIndustryOutputOption(
  rows: readonly BarRow[],
  selected: string | null,
  labels: IndustryBarLabels,
  limit = 15,
) {
  return buildIndustryBarOption(rows, selected ? [selected] : [], labels, { limit, digits: 1 })
}
