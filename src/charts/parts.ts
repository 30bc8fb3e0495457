import type { YearRange } from '@/domain/filters'
import { escapeHtml } from '@/domain/format'
import { COLORS } from '@/theme'

/** What a chart shows as selected: one id, several (districts), or none. */
export type Selection = readonly string[] | string | null

export function selectedIds(selected: Selection): readonly string[] {
  if (selected === null) return []
  return typeof selected === 'string' ? [selected] : selected
}

/** An item's colour: the selection colour, muted beside another selection, else its own. */
export function selectionColor(isSelected: boolean, hasSelection: boolean, own: string = COLORS.primary): string {
  return isSelected ? COLORS.selected : hasSelection ? COLORS.muted : own
}

/** Bar colour of a year: the selected range in the selected colour, the others muted. */
export function yearColor(year: number, selected: YearRange | null): string {
  return selectionColor(selected !== null && year >= selected.from && year <= selected.to, selected !== null)
}

/** A value axis with the light grid lines of every chart. */
export function valueAxis<T extends object>(extra: T = {} as T) {
  return { type: 'value' as const, splitLine: { lineStyle: { color: COLORS.grid } }, ...extra }
}

/** A number as text: thousands grouped, at most `digits` decimals. */
export function formatValue(v: number, digits: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 })
}

/** A value label's text (ECharts formatter): the value with its thousands grouped, "60,422". */
export function groupedLabel(digits = 0) {
  return (p: unknown) => formatValue(Number((p as { value: unknown }).value), digits)
}

/** A tooltip line's figure: text as given, a number with its thousands grouped. */
type Figure = string | number

/** Tooltip HTML: a head line and `label: figure` lines, every data string escaped. */
export function tooltipHtml(head: string, lines: readonly (readonly [string, Figure])[], boldHead = false): string {
  const top = boldHead ? `<b>${escapeHtml(head)}</b>` : escapeHtml(head)
  const text = (f: Figure) => (typeof f === 'number' ? f.toLocaleString() : f)
  return [top, ...lines.map(([label, f]) => `${escapeHtml(label)}: ${escapeHtml(text(f))}`)].join('<br/>')
}
