import { isoDate } from './caption'
import { toCsv } from './csv'
import { downloadBlob } from './download'
import { exportFileName } from './filename'
import type { ExportTable } from './rows'
import { sheetName } from './workbook'

/** What names a table download: the view, what the table is, the words of its scope. */
export interface TableDownload {
  table: ExportTable
  format: 'csv' | 'xlsx'
  view: string
  subject: string
  /** The scope in words (filters, compared districts, a radius); empty = `allLabel`. */
  scope: readonly string[]
  allLabel: string
  /** The XLSX sheet's name. */
  sheet: string
}

/**
 * A ready-made table (the radius tool's list, the district comparison) as a real CSV (UTF-8 with BOM,
 * formula-safe) or XLSX download, named like every other export. Loaded on first use; returns the file name.
 */
export async function downloadTable(d: TableDownload, now = new Date()): Promise<string> {
  const fileName = exportFileName({
    view: d.view,
    subject: d.subject,
    filters: d.scope,
    allLabel: d.allLabel,
    date: isoDate(now),
    ext: d.format,
  })
  if (d.format === 'csv') {
    downloadBlob(new Blob([toCsv(d.table)], { type: 'text/csv;charset=utf-8' }), fileName)
    return fileName
  }
  const { workbookToXlsx } = await import('./exportXlsx')
  const rows = [d.table.headers, ...d.table.rows]
  downloadBlob(await workbookToXlsx({ sheets: [{ name: sheetName(d.sheet), rows, headerRows: 1 }] }), fileName)
  return fileName
}
