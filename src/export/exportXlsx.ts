import writeXlsxFile, { type Cell as XlsxCell, type SheetData } from 'write-excel-file/browser'
import { neutralizeText } from './csv'
import type { Cell, ExportTable } from './rows'

function cell(v: Cell): XlsxCell {
  if (v === null) return null
  if (typeof v === 'number') return Number.isFinite(v) ? { type: Number, value: v } : null
  // Always a string cell (a shared string, never a formula), neutralised like the CSV.
  return { type: String, value: neutralizeText(v) }
}

/** Column widths from the longest text in the first rows (CJK characters count double). */
function widths(table: ExportTable): { width: number }[] {
  const len = (v: Cell) =>
    v === null ? 0 : [...String(v)].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)
  return table.headers.map((h, c) => {
    let w = len(h)
    for (const row of table.rows.slice(0, 200)) w = Math.max(w, len(row[c] ?? null))
    return { width: Math.min(60, Math.max(8, w + 2)) }
  })
}

/**
 * The table as a real .xlsx (one sheet, bold frozen header row), text cells neutralised against
 * formula injection and numbers kept numeric. Loaded on the first XLSX export only.
 */
export function tableToXlsx(table: ExportTable, sheet: string): Promise<Blob> {
  const data: SheetData = [
    table.headers.map((h) => ({ type: String, value: neutralizeText(h), fontWeight: 'bold' as const })),
    ...table.rows.map((row) => row.map(cell)),
  ]
  return writeXlsxFile(data, { sheet: sheet.slice(0, 31), columns: widths(table), stickyRowsCount: 1 }).toBlob()
}
