/** Reads a CSV or XLSX file into grids of text cells with the row numbers a spreadsheet shows. */
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { decodeText, type Encoding } from './decode.ts'

export interface GridRow {
  /** 1-based, as Excel and WPS number rows (the header is usually row 1). */
  row: number
  cells: string[]
}

/** One sheet (or the whole CSV file) as text. */
export interface Grid {
  format: 'csv' | 'xlsx'
  /** The CSV file's text encoding; null for XLSX. */
  encoding: Encoding | null
  /** The worksheet's name; null for CSV. */
  sheet: string | null
  rows: GridRow[]
}

const DELIMITERS = [',', '\t', ';', '|'] as const

/** The delimiter that splits the first non-empty line the most (Excel's "Unicode text" uses tabs). */
function sniffDelimiter(text: string): string {
  const line = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? ''
  let best: string = ','
  let most = 0
  for (const d of DELIMITERS) {
    const n = line.split(d).length - 1
    if (n > most) [best, most] = [d, n]
  }
  return best
}

function readCsv(bytes: Uint8Array, encoding?: Encoding): Grid {
  const decoded = decodeText(bytes, encoding)
  const records: string[][] = parse(decoded.text, {
    delimiter: sniffDelimiter(decoded.text),
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  })
  // One record per spreadsheet row: a quoted cell with line breaks stays in its row, as in Excel.
  const rows = records.map((cells, i) => ({ row: i + 1, cells }))
  return { format: 'csv', encoding: decoded.encoding, sheet: null, rows }
}

/** The text a person sees in an XLSX cell (dates as YYYY-MM-DD, formulas by their result). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  if (typeof value !== 'object') return ''
  const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown }
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('')
  if ('result' in v) return cellText(v.result)
  if ('text' in v) return cellText(v.text)
  return ''
}

/**
 * Loads the workbook whole. (exceljs' streaming reader is faster but splits multi-byte characters
 * at chunk boundaries of the shared strings — "汇" came back as "��" in the round-trip test.)
 */
async function readXlsx(path: string): Promise<Grid[]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.readFile(path)
  return book.worksheets.map((ws) => {
    const rows: GridRow[] = []
    ws.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as unknown[]
      rows.push({ row: row.number, cells: Array.from(values.slice(1), cellText) })
    })
    return { format: 'xlsx' as const, encoding: null, sheet: ws.name, rows }
  })
}

/** Every sheet of an .xlsx file, or the one grid of a CSV (any other extension is read as CSV). */
export async function readGrids(path: string, encoding?: Encoding): Promise<Grid[]> {
  const ext = extname(path).toLowerCase()
  if (ext === '.xlsx' || ext === '.xlsm') return readXlsx(path)
  if (ext === '.xls') throw new Error(`${path}: the old .xls format is not read; save it as .xlsx or CSV`)
  return [readCsv(await readFile(path), encoding)]
}
