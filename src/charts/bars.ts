import type { EChartsOption } from 'echarts'
import type { Clickable } from './click'
import { formatValue, groupedLabel, selectedIds, selectionColor, tooltipHtml, valueAxis, type Selection } from './parts'

export interface BarRow {
  /** What a click on the bar selects (adcode, chain, segment, type id…). */
  id: string
  name: string
  value: number
  /** More figures of the row for the tooltip, after the value: label and number. */
  more?: readonly (readonly [string, number])[]
}

export interface BarLabels {
  series: string
  /** Unit after the value in the tooltip (家, 亿元). */
  unit?: string
}

export interface BarOptions {
  /** 'value' (default): largest on top, ties in the given order; 'given': the first row on top. */
  order?: 'value' | 'given'
  /** Keep only the largest rows (the selected ones are always kept). */
  limit?: number
  /** Decimals of the value in labels and tooltip; without, the value as it is. */
  digits?: number
  /** Text of the value axis' ticks (e.g. compact 1.2万). */
  axisFormat?: (v: number) => string
  /** Whole-number ticks, for small counts. */
  integer?: boolean
  /** Category names wider than this (px) wrap onto more lines (never cut: a cut name reads as another). */
  nameWidth?: number
  /** Room right of the bars for their value labels (px). */
  labelRoom?: number
  /** Thickest a bar may be (px). */
  barMaxWidth?: number
}

/** The industry charts' bars: firm counts grouped, room for their labels, long segment names wrapped. */
export const INDUSTRY_BARS: BarOptions = { digits: 0, labelRoom: 64, nameWidth: 260, barMaxWidth: 20 }

/** The rows to show: largest first, cut at `limit`, the selected ones kept. */
export function pickRows(rows: readonly BarRow[], selected: readonly string[], limit?: number): BarRow[] {
  const sorted = [...rows].sort((a, b) => b.value - a.value)
  if (limit === undefined || sorted.length <= limit) return sorted
  const head = sorted.slice(0, limit)
  const missing = sorted.slice(limit).filter((r) => selected.includes(r.id))
  return [...head, ...missing]
}

/** Decimals shown of a value given without `digits`: all it has, in practice. */
const MAX_DIGITS = 6

type BarItem = Clickable & { name: string; value: number; more?: BarRow['more'] }

/**
 * Horizontal bars of one value per row, the first shown row on top: the selected bars in the
 * selection colour, the others muted while something is selected.
 */
export function buildBarOption(
  rows: readonly BarRow[],
  selection: Selection,
  labels: BarLabels,
  opts: BarOptions = {},
): EChartsOption {
  const selected = selectedIds(selection)
  const picked = opts.order === 'given' ? [...rows] : pickRows(rows, selected, opts.limit)
  // A category axis runs bottom-up: reversed, the first row is on top.
  const shown = picked.reverse()
  const { digits } = opts
  const text = (v: number) => formatValue(v, digits ?? MAX_DIGITS)
  const figure = (v: number) => (labels.unit ? `${text(v)} ${labels.unit}` : text(v))
  return {
    animationDuration: 300,
    grid: { left: 8, right: opts.labelRoom ?? 56, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const d = (p as { data: BarItem }).data
        return tooltipHtml(d.name, [[labels.series, figure(d.value)], ...(d.more ?? [])])
      },
    },
    xAxis: valueAxis({
      ...(opts.integer ? { minInterval: 1 } : {}),
      axisLabel: { hideOverlap: true, ...(opts.axisFormat ? { formatter: opts.axisFormat } : {}) },
    }),
    yAxis: {
      type: 'category',
      data: shown.map((r) => r.name),
      axisTick: { show: false },
      // Every bar keeps its name: the panel is made tall enough, long names wrap.
      // No lineHeight here: with one, ECharts boxes every name at the full nameWidth and the grid gives
      // the names that whole width, leaving a narrow stage panel no room for its bars.
      axisLabel: { interval: 0, ...(opts.nameWidth === undefined ? {} : { width: opts.nameWidth, overflow: 'break' }) },
    },
    series: [
      {
        type: 'bar',
        name: labels.series,
        barMaxWidth: opts.barMaxWidth ?? 22,
        data: shown.map((r): BarItem & { itemStyle: { color: string } } => ({
          value: r.value,
          name: r.name,
          clickId: r.id,
          ...(r.more ? { more: r.more } : {}),
          itemStyle: { color: selectionColor(selected.includes(r.id), selected.length > 0) },
        })),
        label: { show: true, position: 'right', formatter: groupedLabel(digits ?? MAX_DIGITS) },
        labelLayout: { hideOverlap: true },
      },
    ],
  }
}
