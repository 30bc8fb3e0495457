/**
 * The export actions, loaded on the first export (with rows, CSV, captions); they load the heavy
 * parts on first use in turn: the snapshot (modern-screenshot), the PDF report (pdf-lib, fontkit,
 * the CJK font) and the workbook (write-excel-file).
 */
import type { ECharts } from 'echarts/core'
import { captionRuns, pageFontFamily, withCaption } from './canvasText'
import { captionFor, dataTable, fileNameFor, type ExportContext } from './context'
import { dataKinds, type DataKind } from './dataKinds'
import { toCsv } from './csv'
import { canvasToBlob, downloadBlob, loadImage } from './download'
import { ExportUnavailable } from './errors'
import { backgroundOf, snapshotTarget } from './viewDom'
import { workbookFor } from './workbook'

/**
 * Snapshot resolution, device pixels per CSS pixel: the PNG's, and the PDF's raster parts' (the map
 * and panels print at ≥ 200 dpi there: the report never places them larger).
 */
const SNAPSHOT_SCALE = 2

/** What a finished export saved. */
export interface ExportResult {
  fileName: string
  bytes: number
}

function save(blob: Blob, fileName: string): ExportResult {
  downloadBlob(blob, fileName)
  return { fileName, bytes: blob.size }
}

/** The view drawn at `scale`, controls left out, the map drawn again at that resolution. */
async function snapshotView(root: HTMLElement, scale: number): Promise<HTMLCanvasElement> {
  const { sharpenMaps, snapshotElement } = await import('./exportScreenshot')
  const restore = await sharpenMaps(root, scale)
  try {
    return await snapshotElement(root, { scale, backgroundColor: backgroundOf(root) })
  } finally {
    restore()
  }
}

/** PNG of the whole view at 2× with the caption band below. */
export async function exportViewPng(ctx: ExportContext): Promise<ExportResult> {
  const snap = await snapshotView(snapshotTarget(), SNAPSHOT_SCALE)
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

/** PDF report: caption, view and KPI table; the map at print resolution; one vector block per chart; sources. */
export async function exportViewPdf(ctx: ExportContext): Promise<ExportResult> {
  const root = snapshotTarget()
  // The PDF code and its fonts load while the view is captured.
  const pdf = import('./exportPdf').then(({ pdfReport, preloadPdf }) => {
    preloadPdf()
    return pdfReport
  })
  const [canvas, pdfReport] = await Promise.all([snapshotView(root, SNAPSHOT_SCALE), pdf])
  return save(await pdfReport(ctx, root, canvas), fileNameFor(ctx, 'pdf'))
}

/** CSV (UTF-8 with BOM, CRLF, RFC 4180) of one dataset in view: the route's main one unless `kind` says. */
// eslint-disable-next-line @typescript-eslint/require-await -- async so that every export action fails by rejecting
export async function exportCsv(ctx: ExportContext, kind?: DataKind): Promise<ExportResult> {
  const k = kind ?? dataKinds(ctx.route)[0] ?? 'talent'
  const table = dataTable(ctx, k)
  if (!table) throw new ExportUnavailable('export.noData')
  const name = fileNameFor(ctx, 'csv', ctx.t(`export.subject.${k}`))
  return save(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }), name)
}

/** XLSX workbook: an About sheet, then one sheet per dataset in view (typed cells, frozen headers). */
export async function exportXlsx(ctx: ExportContext): Promise<ExportResult> {
  const book = workbookFor(ctx)
  if (!book) throw new ExportUnavailable('export.noData')
  const main = dataKinds(ctx.route)[0] ?? 'talent'
  const { workbookToXlsx } = await import('./exportXlsx')
  return save(await workbookToXlsx(book), fileNameFor(ctx, 'xlsx', ctx.t(`export.subject.${main}`)))
}
