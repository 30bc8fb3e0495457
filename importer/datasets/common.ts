/** What every table mapper shares: the lookups, the coordinate converter, and its output shape. */
import { createHash } from 'node:crypto'
import type { Lookups } from '../lookup.ts'
import { parseNumber } from '../numbers.ts'
import { cellOf, type Sheet } from '../sheet.ts'
import { createTally, rowOrigin, type Origin, type Tally } from '../tally.ts'
import { headerNote, valueKey } from '../text.ts'
import type { GridRow } from '../read/grid.ts'

export interface MapContext {
  lookups: Lookups
  toGcj02: (lon: number, lat: number) => [number, number]
}

/** Records built from rows, not yet checked by the app's rules; `origins[i]` says where `records[i]` came from. */
export interface Mapped {
  records: Record<string, unknown>[]
  origins: Origin[]
  tally: Tally
}

export function emptyMapped(): Mapped {
  return { records: [], origins: [], tally: createTally() }
}

/** Runs `build` on each row: a record, or the reason the row cannot make one. */
export function mapRows(sheet: Sheet, build: (row: GridRow, out: Mapped) => Record<string, unknown> | string): Mapped {
  const out = emptyMapped()
  for (const row of sheet.rows) {
    const result = build(row, out)
    if (typeof result === 'string') out.tally.drop(result, rowOrigin(row.row))
    else {
      out.records.push(result)
      out.origins.push(rowOrigin(row.row))
    }
  }
  return out
}

/**
 * A count or amount cell: empty → 0 (a column left blank or absent means none); text that is not
 * a number → NaN, which the app's checks reject as invalid-number.
 */
export function amount(sheet: Sheet, row: GridRow, field: string, divisor = 1): number {
  const n = parseNumber(cellOf(sheet, row, field))
  return n === null ? 0 : n / divisor
}

/** Output value is 亿元 in the contract: the divisor for a header saying 万元 or 元. */
export function outputDivisor(sheet: Sheet): number {
  const note = headerNote(sheet.columns.get('outputValue')?.header ?? '')
  if (note.includes('万元') || note.includes('10k')) return 1e4
  if (note.includes('亿') || note.includes('100m')) return 1
  return note === '元' || note === 'cny' || note === 'yuan' ? 1e8 : 1
}

/** A stable id for a row without one: from its name and district, so re-imports keep it. */
export function derivedId(prefix: string, name: string, district: string): string {
  return `${prefix}-${createHash('sha1')
    .update(`${valueKey(name)}|${district}`)
    .digest('hex')
    .slice(0, 12)}`
}

/** Chain and segment from their cells: the chain may be left out when the segment names it. */
export function chainSegment(sheet: Sheet, row: GridRow, lookups: Lookups, tally: Tally) {
  const chainText = cellOf(sheet, row, 'chain')
  const chain = chainText ? lookups.chain(chainText) : null
  if (chain === undefined || (chainText && chain === null)) {
    tally.unknownValue('chain', chainText)
    return 'unknown-chain'
  }
  const segText = cellOf(sheet, row, 'segment')
  const hit = segText ? lookups.segment(segText, chain) : null
  if (!hit) {
    tally.unknownValue('segment', segText)
    return chain || segText ? 'unknown-segment' : 'unknown-chain'
  }
  return hit
}
