/**
 * Opens a spreadsheet as one table: picks the sheet and the header row (the first of the first
 * rows that names the most known columns, so title rows above it are skipped), decides what kind
 * of table it is among the candidates, and finds its columns.
 */
import { basename } from 'node:path'
import { missingColumns, resolveColumns, type ColumnOverrides, type Columns, type TableKind } from './columns.ts'
import { isPersonHeader } from './person.ts'
import type { Encoding } from './read/decode.ts'
import { readGrids, type Grid, type GridRow } from './read/grid.ts'

/** Header rows are looked for among this many first rows. */
const HEADER_SCAN = 10

export interface Sheet {
  kind: TableKind
  file: string
  format: Grid['format']
  encoding: Encoding | null
  sheet: string | null
  headerRow: number
  headers: string[]
  columns: Columns
  /** Person-identifying columns: never copied; some are read to derive a cell dimension. */
  person: { header: string; index: number }[]
  /** Columns that map to nothing (not copied). */
  ignored: string[]
  /** Data rows below the header, empty ones left out. */
  rows: GridRow[]
}

export interface OpenOptions {
  /** Reads a file's grids (a cache, so one workbook given for several files is read once). */
  read?: (path: string, encoding?: Encoding) => Promise<Grid[]>
  encoding?: Encoding
  sheet?: string
  overrides?: Partial<Record<TableKind, ColumnOverrides>>
}

interface Candidate {
  grid: Grid
  at: number
  kind: TableKind
  columns: Columns
}

/** A header row's reading: the first kind whose required columns are all there, else the one naming most columns. */
function readHeader(cells: readonly string[], kinds: readonly TableKind[], options: OpenOptions) {
  const reads = kinds.map((kind) => {
    const columns = resolveColumns(cells, kind, options.overrides?.[kind])
    return { kind, columns, complete: missingColumns(columns, kind).length === 0 }
  })
  const pick = reads.find((r) => r.complete) ?? reads.reduce((a, b) => (b.columns.size > a.columns.size ? b : a))
  // A complete header row always beats an incomplete one; then more known columns win.
  return { ...pick, score: (pick.complete ? 1000 : 0) + pick.columns.size }
}

function best(grids: Grid[], kinds: readonly TableKind[], options: OpenOptions): Candidate | null {
  let top: Candidate | null = null
  let score = 1
  for (const grid of grids)
    for (let at = 0; at < Math.min(HEADER_SCAN, grid.rows.length); at++) {
      const read = readHeader(grid.rows[at]?.cells ?? [], kinds, options)
      if (read.score > score) [top, score] = [{ grid, at, kind: read.kind, columns: read.columns }, read.score]
    }
  return top
}

const isEmpty = (r: GridRow) => r.cells.every((c) => c.trim() === '')

/** Reads `path` as a table of one of `kinds`; throws with a message for the report when it cannot. */
export async function openSheet(path: string, kinds: readonly TableKind[], options: OpenOptions = {}): Promise<Sheet> {
  const all = await (options.read ?? readGrids)(path, options.encoding).catch((e: unknown) => {
    // The file's name, not its path: the report may be served, and a local path can name a person.
    const why = (e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e))
    throw new Error(`${basename(path)}: cannot be read (${why.replaceAll(path, basename(path))})`)
  })
  const grids = options.sheet ? all.filter((g) => g.sheet === options.sheet) : all
  if (!grids.length) throw new Error(`${basename(path)}: no sheet named "${options.sheet}"`)
  const found = best(grids, kinds, options)
  if (!found)
    throw new Error(`${basename(path)}: no header row with known column names in the first ${HEADER_SCAN} rows`)
  const { grid, at, kind, columns } = found
  const missing = missingColumns(columns, kind)
  if (missing.length) throw new Error(`${basename(path)}: no column for ${missing.join(', ')}`)
  const headers = grid.rows[at]?.cells.map((h) => h.trim()) ?? []
  const used = new Set([...columns.values()].map((c) => c.index))
  const talent = kind === 'talentPersons' || kind === 'talentCells'
  const person = headers.flatMap((header, index) => (isPersonHeader(header, talent) ? [{ header, index }] : []))
  const personIdx = new Set(person.map((p) => p.index))
  return {
    kind,
    file: basename(path),
    format: grid.format,
    encoding: grid.encoding,
    sheet: grid.sheet,
    headerRow: grid.rows[at]?.row ?? 1,
    headers,
    columns,
    person,
    ignored: headers.filter((h, i) => h !== '' && !used.has(i) && !personIdx.has(i)),
    rows: grid.rows.slice(at + 1).filter((r) => !isEmpty(r)),
  }
}

/** The trimmed text of `field` in `row`; '' when the table has no such column. */
export function cellOf(sheet: Pick<Sheet, 'columns'>, row: GridRow, field: string): string {
  const col = sheet.columns.get(field)
  return col ? (row.cells[col.index] ?? '').trim() : ''
}
