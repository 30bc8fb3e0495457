import type { ECharts } from 'echarts/core'
import { ExportUnavailable } from './errors'

/** Reads what a report needs from the rendered view (its panels, KPI cards, background colours). */

/** The element a view snapshot shows: the main area under the header and the filter bar. */
export function snapshotTarget(): HTMLElement {
  const el = document.querySelector<HTMLElement>('main.app-main')
  if (!el || el.offsetWidth < 1 || el.offsetHeight < 1) throw new ExportUnavailable('export.noView')
  return el
}

/** The first opaque background colour from the element up (translucent panels skipped; dark big screen too). */
export function backgroundOf(el: HTMLElement | null): string {
  for (let e = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor
    const alpha = /rgba\(.*,\s*([\d.]+)\)$/.exec(bg)?.[1]
    if (bg && bg !== 'transparent' && (alpha === undefined || Number(alpha) >= 1)) return bg
  }
  return '#ffffff'
}

/** A panel of the view: the map, a chart (with its ECharts instance), a table (its cells) or another panel (a diagram). */
export type ViewPanel =
  | { kind: 'map'; el: HTMLElement; title: string }
  | { kind: 'chart'; el: HTMLElement; title: string; chart: ECharts; host: HTMLElement }
  | { kind: 'table'; el: HTMLElement; title: string; rows: string[][]; widths: number[] }
  | { kind: 'other'; el: HTMLElement; title: string }

const visible = (el: HTMLElement) => el.offsetWidth > 0 && el.offsetHeight > 0

/** The view's top-level panels in reading order, those shown only. */
export function viewPanels(root: HTMLElement): ViewPanel[] {
  const panels = Array.from(root.querySelectorAll<HTMLElement>('.panel')).filter(
    (p) => visible(p) && !p.parentElement?.closest('.panel'),
  )
  return panels.map((el): ViewPanel => {
    const title = el.querySelector('h2, h3, .panel-title')?.textContent?.trim() ?? ''
    if (el.querySelector('[data-testid="map"]')) return { kind: 'map', el, title }
    const host = Array.from(el.querySelectorAll<HTMLElement & { __chart?: ECharts }>('div')).find(
      (d) => d.__chart && !d.__chart.isDisposed() && visible(d),
    )
    if (host?.__chart) return { kind: 'chart', el, title, chart: host.__chart, host }
    const table = el.querySelector('table')
    if (table) return { kind: 'table', el, title, ...tableCells(table) }
    return { kind: 'other', el, title }
  })
}

/** A table's rows as text (header first) and its columns' shares of its width. */
function tableCells(table: HTMLTableElement): { rows: string[][]; widths: number[] } {
  const rows = Array.from(table.rows)
    .map((r) => Array.from(r.cells).map((c) => c.textContent?.replace(/\s+/g, ' ').trim() ?? ''))
    .filter((r) => r.length > 0)
  const first = table.rows[0]
  const total = table.offsetWidth || 1
  const widths = first ? Array.from(first.cells).map((c) => c.offsetWidth / total) : []
  return { rows, widths: widths.every((w) => w > 0) ? widths : widths.map(() => 1 / widths.length) }
}

/** An element's box inside `root` in `root`'s layout pixels (a CSS-scaled big-screen stage undone). */
export function layoutRect(el: HTMLElement, root: HTMLElement) {
  const r = el.getBoundingClientRect()
  const o = root.getBoundingClientRect()
  const k = o.width ? root.offsetWidth / o.width : 1
  return { x: (r.left - o.left) * k, y: (r.top - o.top) * k, width: r.width * k, height: r.height * k }
}

/** The KPI cards the view shows: their id, label and exact value (`data-value`; null when unavailable). */
export function kpiCards(root: HTMLElement): { id: string; label: string; value: number | null }[] {
  const cards = root.querySelectorAll<HTMLElement>('[data-testid^="kpi-"][data-value]')
  return Array.from(cards).map((el) => {
    const id = el.dataset.testid?.slice(4) ?? ''
    const v = el.dataset.value ?? ''
    return {
      id,
      label: el.querySelector('.kpi-label')?.textContent?.trim() ?? '',
      value: v === '' || !Number.isFinite(Number(v)) ? null : Number(v),
    }
  })
}
