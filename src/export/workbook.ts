import { filtersSentence, formatDateTime } from './caption'
import { dataTable, filterPairsFor, viewName, type ExportContext } from './context'
import { dataKinds, type DataKind } from './dataKinds'
import { TABLE_COLUMNS, type Cell, type ExportTable } from './rows'

/** One sheet of the workbook: `headerRows` rows are frozen and bold; data sheets keep numbers numeric. */
export interface SheetModel {
  name: string
  rows: Cell[][]
  headerRows: number
  /** Bold rows below the header (section headings of the About sheet). */
  boldRows?: number[]
}

export interface WorkbookModel {
  sheets: SheetModel[]
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(s: string): string {
  return s.replace(/[:\\/?*[\]]/g, '-').slice(0, 31) || 'Sheet'
}

/**
 * The About sheet: what the workbook is (title, view, filters in words, asOf, export time, data
 * version, sample-data note, link), its sources, and what each column of each data sheet holds.
 */
export function aboutRows(ctx: ExportContext, sheets: readonly { kind: DataKind; name: string }[]): SheetModel {
  const t = ctx.t
  const r = (k: string) => t(`export.about.${k}`)
  const rows: Cell[][] = [[`${t('app.title')} · ${viewName(ctx)}`]]
  const bold: number[] = []
  const section = (title: string) => {
    rows.push([])
    bold.push(rows.length)
    rows.push([title])
  }
  const pairs = filterPairsFor(ctx)
  rows.push([r('filters'), filtersSentence(pairs, ctx.lang)])
  for (const p of pairs) rows.push([p.name, p.value])
  rows.push([r('asOf'), ctx.meta?.asOf ?? '—'])
  rows.push([r('exported'), formatDateTime(ctx.now)])
  rows.push([r('dataVersion'), ctx.meta?.dataVersion ?? '—'])
  if (ctx.meta?.isSample) rows.push([r('sample'), t('export.report.sampleNote')])
  rows.push([r('yearRule'), t('export.report.yearNote')])
  rows.push([r('link'), ctx.href])
  section(r('sources'))
  rows.push([
    t('export.report.publisher'),
    t('export.report.sourceTitle'),
    t('export.report.date'),
    t('export.report.url'),
  ])
  for (const s of ctx.meta?.sources ?? []) rows.push([s.publisher, s.title, s.date, s.url ?? null])
  section(r('fields'))
  rows.push([r('sheet'), r('column'), r('description')])
  for (const s of sheets) {
    for (const key of TABLE_COLUMNS[s.kind]) rows.push([s.name, t(`export.columns.${key}`), t(`export.fields.${key}`)])
  }
  return { name: sheetName(t('export.sheet.about')), rows, headerRows: 0, boldRows: [0, ...bold] }
}

/**
 * The workbook of the view: one sheet per dataset the view shows (those loaded), its main one first
 * so Excel opens on it, then the About sheet.
 */
export function workbookFor(ctx: ExportContext): WorkbookModel | null {
  const data = dataKinds(ctx.route)
    .map((kind) => ({ kind, table: dataTable(ctx, kind) }))
    .filter((d): d is { kind: DataKind; table: ExportTable } => d.table !== null)
  if (!data.length) return null
  const named = data.map((d) => ({ ...d, name: sheetName(ctx.t(`export.sheet.${d.kind}`)) }))
  const sheets: SheetModel[] = named.map((d) => ({
    name: d.name,
    rows: [d.table.headers, ...d.table.rows],
    headerRows: 1,
  }))
  return { sheets: [...sheets, aboutRows(ctx, named)] }
}
