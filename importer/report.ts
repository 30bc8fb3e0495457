/**
 * The import report (DIR/import-report.json). It names files, columns, counts and row numbers —
 * never a value from a person's row, and person-identifying columns only by their letter (A, B, …)
 * — so it may be served beside the data.
 */
import type { Sheet } from './sheet.ts'
import { firstRows, type Origin, type ReasonEntry, type Tally } from './tally.ts'

export interface FileReport {
  /** File name without its folder. */
  file: string
  format: 'csv' | 'xlsx'
  encoding: string | null
  sheet: string | null
  headerRow: number
  /** Contract field → the header it was read from ("column C" for a person-identifying one). */
  columns: Record<string, string>
  /** Headers mapped to nothing: not copied. */
  ignoredColumns: string[]
}

export interface PersonFields {
  /** Letters of the person-identifying columns (A, B, …): never copied to the output. */
  columns: string[]
  /** Rows that had a value in one of them. */
  count: number
  rows: number[]
}

export interface DatasetReport {
  /** The file read, or null when none was given; `error` when it could not be used. */
  source: FileReport | null
  error?: string
  /** Data rows read (non-empty rows below the header). */
  rowsRead: number
  /** Rows whose data is in the output. */
  accepted: number
  /** Rows left out, = Σ reasons[].count. */
  dropped: number
  reasons: Record<string, ReasonEntry>
  /** Values no lookup recognised, by field (the first few). */
  unknownValues: Record<string, string[]>
  personFields: PersonFields
  /** Records written (firms, platforms, cells, rows). */
  written: number
  notes: string[]
}

export interface PointReport extends DatasetReport {
  /** Points outside their own district polygon (after the coordinate conversion). */
  outside: { count: number; rows: number[]; action: 'dropped' | 'kept' }
}

export interface TalentReport extends DatasetReport {
  form: 'persons' | 'cells' | null
  /** Person form: cells with fewer persons than --min-cell, left out with their persons. */
  suppressed: { cells: number; persons: number; rows: number[] }
  /** Source rows derived from person rows and left out for being smaller than --min-cell. */
  suppressedSources: number
  /** Cell form: cells below --min-cell as given (taken as is). */
  smallCells: number
}

export interface ImportReport {
  tool: 'npm run import'
  generatedAt: string
  ok: boolean
  exitCode: number
  errors: string[]
  options: { crs: string; minCell: number; outside: 'drop' | 'keep'; mapping: string | null; meta: string | null }
  meta: { asOf: string; dataVersion: string; years: number[]; isSample: false; notes: string[] }
  datasets: {
    enterprises: PointReport
    platforms: PointReport
    talent: TalentReport
    demand: DatasetReport
    talentSources: DatasetReport
    sources: DatasetReport
  }
  /** The app's validation and cross-checks run again on the files written: drops by dataset and reason. */
  app: {
    validation: Record<string, Record<string, number>>
    reconcile: Record<string, Record<string, number>>
    outside: number
  }
}

/** A spreadsheet column's letter: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s
  return s
}

export function fileReport(sheet: Sheet): FileReport {
  const person = new Set(sheet.person.map((p) => p.index))
  const label = (c: { index: number; header: string }) =>
    person.has(c.index) ? `column ${columnLetter(c.index)}` : c.header
  return {
    file: sheet.file,
    format: sheet.format,
    encoding: sheet.encoding,
    sheet: sheet.sheet,
    headerRow: sheet.headerRow,
    columns: Object.fromEntries([...sheet.columns].map(([field, c]) => [field, label(c)])),
    ignoredColumns: sheet.ignored,
  }
}

/** Person-identifying columns of a sheet and the rows that had a value there. */
export function personFields(sheet: Sheet | null): PersonFields {
  const out: PersonFields = { columns: sheet?.person.map((p) => columnLetter(p.index)) ?? [], count: 0, rows: [] }
  if (!sheet?.person.length) return out
  for (const row of sheet.rows) {
    if (!sheet.person.some((p) => (row.cells[p.index] ?? '').trim() !== '')) continue
    out.count += 1
    out.rows = firstRows(out.rows, [row.row])
  }
  return out
}

export function datasetReport(sheet: Sheet | null, tally: Tally, written: number, accepted: number): DatasetReport {
  return {
    source: sheet ? fileReport(sheet) : null,
    rowsRead: sheet?.rows.length ?? 0,
    accepted,
    dropped: tally.dropped(),
    reasons: tally.reasons,
    unknownValues: tally.unknown,
    personFields: personFields(sheet),
    written,
    notes: [],
  }
}

export function outsideReport(outside: readonly Origin[], keep: boolean): PointReport['outside'] {
  return {
    count: outside.reduce((n, o) => n + o.count, 0),
    rows: outside.reduce<number[]>((rows, o) => firstRows(rows, o.rows), []),
    action: keep ? 'kept' : 'dropped',
  }
}
