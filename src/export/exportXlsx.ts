import writeXlsxFile, { type Cell as XlsxCell, type Sheet } from 'write-excel-file/browser'
import { neutralizeText } from './csv'
import type { Cell } from './rows'
import type { SheetModel, WorkbookModel } from './workbook'

function cell(v: Cell, bold: boolean): XlsxCell {
  if (v === null) return null
  if (typeof v === 'number') return Number.isFinite(v) ? { type: Number, value: v } : null
  // Always a string cell (a shared string, never a formula), neutralised like the CSV.
  const value = neutralizeText(v)
  return bold ? { type: String, value, fontWeight: 'bold' } : { type: String, value }
}

/** Column widths from the longest text in the first rows (CJK characters count double). */
function widths(rows: readonly Cell[][]): { width: number }[] {
  const len = (v: Cell | undefined) =>
    v === null || v === undefined ? 0 : [...String(v)].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
  const cols = Math.max(1, ...rows.slice(0, 200).map((r) => r.length))
  return Array.from({ length: cols }, (_, c) => {
    let w = 0
    for (const row of rows.slice(0, 200)) w = Math.max(w, len(row[c]))
    return { width: Math.min(60, Math.max(8, w + 2)) }
  })
}

function sheet(s: SheetModel): Sheet<Blob> {
  const bold = new Set(s.boldRows ?? [])
  const data = s.rows.map((row, i) => row.map((v) => cell(v, i < s.headerRows || bold.has(i))))
  return {
    data,
    sheet: s.name,
    columns: widths(s.rows),
    ...(s.headerRows ? { stickyRowsCount: s.headerRows } : {}),
  }
}

/**
 * The workbook as a real .xlsx: one sheet per model sheet, bold frozen header rows, text cells
 * neutralised against formula injection and numbers kept numeric. Loaded on the first XLSX export only.
 */
export function workbookToXlsx(w: WorkbookModel): Promise<Blob> {
  return writeXlsxFile(w.sheets.map(sheet)).toBlob()
}
