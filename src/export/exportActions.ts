/**
 * The export actions, loaded on the first export (with rows, CSV, captions); they load the heavy
 * libraries (modern-screenshot, jsPDF, write-excel-file) on first use in turn.
 */
import type { ECharts } from 'echarts/core'
import { FILTER_KEYS, isFilterActive } from '@/domain/filters'
import { filterValueLabel } from '@/domain/labels'
import { captionRuns, pageFontFamily, withCaption } from './canvasText'
import { captionFor, dataTableFor, fileNameFor, type ExportContext } from './context'
import { toCsv } from './csv'
import { canvasToBlob, downloadBlob, loadImage } from './download'
import { ExportUnavailable } from './errors'
import type { PdfSection } from './exportPdf'

/** Snapshot resolution: device pixels per CSS pixel. */
export const SNAPSHOT_SCALE = 2

/** What a finished export saved. */
export interface ExportResult {
  fileName: string
  bytes: number
}

function save(blob: Blob, fileName: string): ExportResult {
  downloadBlob(blob, fileName)
  return { fileName, bytes: blob.size }
}

/** The element a view snapshot shows: the main area under the header and the filter bar. */
export function snapshotTarget(): HTMLElement {
  const el = document.querySelector<HTMLElement>('main.app-main')
  if (!el || el.offsetWidth < 1 || el.offsetHeight < 1) throw new ExportUnavailable('export.noView')
  return el
}

/** The first opaque background colour from the element up (translucent panels skipped; dark big screen too). */
function backgroundOf(el: HTMLElement | null): string {
  for (let e = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor
    const alpha = /rgba\(.*,\s*([\d.]+)\)$/.exec(bg)?.[1]
    if (bg && bg !== 'transparent' && (alpha === undefined || Number(alpha) >= 1)) return bg
  }
  return '#ffffff'
}

async function snapshotView(): Promise<HTMLCanvasElement> {
  const { snapshotElement } = await import('./exportScreenshot')
  const el = snapshotTarget()
  return snapshotElement(el, SNAPSHOT_SCALE, backgroundOf(el))
}

/** PNG of the whole view at 2× with the caption band below. */
export async function exportViewPng(ctx: ExportContext): Promise<ExportResult> {
  const snap = await snapshotView()
  const runs = captionRuns(captionFor(ctx), ctx.t('export.caption.sample'))
  const out = withCaption(snap, runs, SNAPSHOT_SCALE, pageFontFamily())
  return save(await canvasToBlob(out), fileNameFor(ctx, 'png'))
}

/** PNG of one chart (ECharts' own renderer at 2×) with a caption band. */
export async function exportChartPng(ctx: ExportContext, chart: ECharts, title: string): Promise<ExportResult> {
  if (!chart.getWidth() || !chart.getHeight()) throw new ExportUnavailable('export.noView')
  // White on a desk; the panel's own dark ground for big-screen charts drawn with the dark theme.
  const backgroundColor = backgroundOf(chart.getDom())
  const img = await loadImage(chart.getDataURL({ type: 'png', pixelRatio: SNAPSHOT_SCALE, backgroundColor }))
  const runs = captionRuns(captionFor(ctx, title), ctx.t('export.caption.sample'))
  const out = withCaption(img, runs, SNAPSHOT_SCALE, pageFontFamily())
  return save(await canvasToBlob(out), fileNameFor(ctx, 'png', title))
}

/** The KPI cards shown in the view, as [label, value] rows (value = the exact `data-value`). */
function kpiRows(ctx: ExportContext): string[][] {
  const nf = new Intl.NumberFormat(ctx.lang === 'zh' ? 'zh-CN' : 'en')
  const cards = document.querySelectorAll<HTMLElement>('main.app-main [data-testid^="kpi-"][data-value]')
  return [...cards].map((el) => {
    const id = el.dataset.testid?.slice(4) ?? ''
    const label = el.querySelector('.kpi-label')?.textContent?.trim() || ctx.t(`kpi.${id}`)
    const v = el.dataset.value ?? ''
    return [label, v === '' ? ctx.t('kpi.unavailable') : nf.format(Number(v))]
  })
}

function pdfSections(ctx: ExportContext): PdfSection[] {
  const t = ctx.t
  const active = FILTER_KEYS.filter((k) => isFilterActive(ctx.filters, k)).map((k) => [
    t(`filters.${k}`),
    filterValueLabel(ctx.meta, ctx.filters, k, ctx.lang),
  ])
  const sources = (ctx.meta?.sources ?? []).map((s) => [s.publisher, s.title, s.date, s.url ?? ''])
  const notes = [t('export.report.yearNote'), t('export.report.dataVersion', { version: ctx.meta?.dataVersion ?? '—' })]
  if (ctx.meta?.isSample) notes.unshift(t('export.report.sampleNote'))
  notes.push(t('export.report.permalink', { url: ctx.href }))
  const p = (k: string) => t(`export.report.${k}`)
  return [
    active.length
      ? { title: p('filters'), table: [[p('filter'), p('value')], ...active], widths: [0.25, 0.75] }
      : { title: p('filters'), lines: [t('export.report.filterNone', { year: ctx.lastYear })] },
    {
      title: p('sources'),
      table: [[p('publisher'), p('sourceTitle'), p('date'), p('url')], ...sources],
      widths: [0.2, 0.45, 0.1, 0.25],
    },
    { title: p('notes'), lines: notes },
  ]
}

/** PDF report: A4 landscape, snapshot + KPI table on page 1, filters, sources and notes after. */
export async function exportViewPdf(ctx: ExportContext): Promise<ExportResult> {
  const [snap, { buildPdf }] = await Promise.all([snapshotView(), import('./exportPdf')])
  const lines = captionFor(ctx)
  const header = captionRuns(lines, ctx.t('export.caption.sample'))
  const kpis = kpiRows(ctx)
  const blob = buildPdf(
    {
      header,
      snapshot: snap,
      kpiTitle: ctx.t('export.report.kpis'),
      kpis: kpis.length ? [[ctx.t('export.report.indicator'), ctx.t('export.report.value')], ...kpis] : [],
      sections: pdfSections(ctx),
      fontFamily: pageFontFamily(),
    },
    (n, total) => ctx.t('export.report.page', { n, total }),
  )
  return save(blob, fileNameFor(ctx, 'pdf'))
}

/** CSV (UTF-8 with BOM, CRLF, RFC 4180) or XLSX of the route's filtered records. */
export async function exportData(ctx: ExportContext, format: 'csv' | 'xlsx'): Promise<ExportResult> {
  const data = dataTableFor(ctx)
  if (!data) throw new ExportUnavailable('export.noData')
  const subject = ctx.t(`export.subject.${data.kind}`)
  const name = fileNameFor(ctx, format, subject)
  if (format === 'csv') return save(new Blob([toCsv(data.table)], { type: 'text/csv;charset=utf-8' }), name)
  const { tableToXlsx } = await import('./exportXlsx')
  return save(await tableToXlsx(data.table, ctx.t(`export.sheet.${data.kind}`)), name)
}
