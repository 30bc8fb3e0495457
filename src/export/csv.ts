import type { Cell, ExportTable } from './rows'

/** Text that a spreadsheet would read as a formula (or that starts with a control character Excel trims). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Neutralises formula injection: text starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`
 * so spreadsheets show it as text. Numbers are left alone (they are numbers, not text).
 */
export function neutralizeText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s
}

/** One CSV field by RFC 4180: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(v: Cell): string {
  if (v === null) return ''
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : ''
  const s = neutralizeText(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** UTF-8 byte order mark: Excel needs it to read UTF-8 (Chinese) CSV correctly. */
export const BOM = '\uFEFF'

/** The table as CSV text: BOM, header row, one row per record, CRLF after every row. */
export function toCsv(table: ExportTable): string {
  const lines = [table.headers.map(csvField).join(',')]
  for (const row of table.rows) lines.push(row.map(csvField).join(','))
  return `${BOM}${lines.join('\r\n')}\r\n`
}
