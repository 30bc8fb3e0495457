/**
 * Person-level talent rows (one per person and year) → the contract's cells, on the deployer's
 * machine: stock = persons in the cell that year, inflow = those introduced that year. Nothing
 * of a row but its cell dimensions (and, for introduced persons, where they came from) is kept.
 */
import { parseNumber, parseYear } from '../numbers.ts'
import { cellOf, type Sheet } from '../sheet.ts'
import { firstRows, rowOrigin, type Origin } from '../tally.ts'
import { isYes, valueKey } from '../text.ts'
import type { GridRow } from '../read/grid.ts'
import { emptyMapped, type MapContext, type Mapped } from './common.ts'
import { sourceTypeOf } from './sourceType.ts'
import { talentDims } from './talentCells.ts'

/** Introduced persons of one cell by where they came from. */
export interface SourceCount {
  source: string
  sourceType: string
  introduced: number
  origin: Origin
}

export interface PersonCells extends Mapped {
  /** Per cell (by `cellKey`): its introduced persons by source (only when the file has a source column). */
  sources: Map<string, Map<string, SourceCount>>
}

/** A cell's dimensions as one key. */
export function cellKey(c: {
  district: unknown
  chain: unknown
  talentType: unknown
  education: unknown
  ageBand: unknown
  year: unknown
}): string {
  return [c.district, c.chain, c.talentType, c.education, c.ageBand, c.year].join('|')
}

/**
 * A complete resident ID number (15 or 18 characters), or null. Masked numbers (3704021990****1234),
 * common in exports, are not used: different persons would look the same.
 */
function fullIdNumber(text: string): string | null {
  const key = valueKey(text).toUpperCase()
  return /^\d{15}$|^\d{17}[\dX]$/.test(key) ? key : null
}

function ageBandOf(sheet: Sheet, row: GridRow, ctx: MapContext, year: number | null): string | null {
  const get = (f: string) => cellOf(sheet, row, f)
  if (get('ageBand')) return ctx.lookups.ageBand(get('ageBand'))
  let age = parseNumber(get('age'))
  if (age === null && year !== null) {
    const born = parseYear(get('birthYear')) ?? parseYear(get('birthDate'))
    if (born !== null) age = year - born
  }
  return age !== null && Number.isFinite(age) ? ctx.lookups.ageBandOfAge(Math.floor(age)) : null
}

function isIntroduced(sheet: Sheet, row: GridRow, year: number | null): boolean {
  if (sheet.columns.has('introduced')) return isYes(cellOf(sheet, row, 'introduced'))
  const at = parseYear(cellOf(sheet, row, 'introducedYear'))
  return at !== null && at === year
}

function addSource(out: PersonCells, cell: string, sheet: Sheet, row: GridRow): void {
  const source = cellOf(sheet, row, 'source')
  if (!source) return
  const sourceType = sourceTypeOf(cellOf(sheet, row, 'sourceType'), source)
  let bySource = out.sources.get(cell)
  if (!bySource) out.sources.set(cell, (bySource = new Map()))
  const key = `${valueKey(source)}|${sourceType}`
  const s = bySource.get(key) ?? { source, sourceType, introduced: 0, origin: { rows: [], count: 0 } }
  s.introduced += 1
  s.origin = { rows: firstRows(s.origin.rows, [row.row]), count: s.origin.count + 1 }
  bySource.set(key, s)
}

export function mapTalentPersons(sheet: Sheet, ctx: MapContext): PersonCells {
  const out: PersonCells = { ...emptyMapped(), sources: new Map() }
  const cells = new Map<string, number>()
  // ID number + year of each person seen, to drop a person listed twice in one year; kept in memory only.
  const seen = new Set<string>()
  for (const row of sheet.rows) {
    const dims = talentDims(sheet, row, ctx, out)
    if (typeof dims === 'string') {
      out.tally.drop(dims, rowOrigin(row.row))
      continue
    }
    const year = parseYear(cellOf(sheet, row, 'year'))
    const ageBand = ageBandOf(sheet, row, ctx, year)
    if (!ageBand) {
      out.tally.drop('unknown-age', rowOrigin(row.row))
      continue
    }
    const dedupeKey = fullIdNumber(cellOf(sheet, row, 'dedupeKey'))
    if (dedupeKey && seen.has(`${dedupeKey}|${year}`)) {
      out.tally.drop('duplicate-person', rowOrigin(row.row))
      continue
    }
    if (dedupeKey) seen.add(`${dedupeKey}|${year}`)
    const introduced = isIntroduced(sheet, row, year)
    const record = { ...dims, ageBand, year: year ?? undefined, stock: 0, inflow: 0 }
    const key = cellKey(record)
    let i = cells.get(key)
    if (i === undefined) {
      i = out.records.length
      cells.set(key, i)
      out.records.push(record)
      out.origins.push({ rows: [], count: 0 })
    }
    const cell = out.records[i] as Record<string, unknown> & { stock: number; inflow: number }
    const origin = out.origins[i] as Origin
    cell.stock += 1
    if (introduced) cell.inflow += 1
    out.origins[i] = { rows: firstRows(origin.rows, [row.row]), count: origin.count + 1 }
    if (introduced) addSource(out, key, sheet, row)
  }
  return out
}
