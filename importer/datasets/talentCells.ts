/** A talent file already in cell form (it has a stock column): taken as is, one row per cell. */
import { parseNumber, parseYear } from '../numbers.ts'
import { cellOf, type Sheet } from '../sheet.ts'
import type { GridRow } from '../read/grid.ts'
import { amount, mapRows, type MapContext, type Mapped } from './common.ts'

/** Dimension cells → ids, or the reason a row cannot make a cell. */
export function talentDims(sheet: Sheet, row: GridRow, ctx: MapContext, out: Mapped) {
  const { lookups } = ctx
  const get = (f: string) => cellOf(sheet, row, f)
  const unknown = (field: string, reason: string, note = true) => {
    if (note) out.tally.unknownValue(field, get(field).slice(0, 20))
    return reason
  }
  // District cells of person rows are not echoed in the report: they could hold an address.
  const district = lookups.district(get('district'))
  if (!district) return unknown('district', 'unknown-district', sheet.kind === 'talentCells')
  const chain = lookups.chain(get('chain'))
  if (chain === undefined) return unknown('chain', 'unknown-chain')
  const talentType = lookups.talentType(get('talentType'))
  if (!talentType) return unknown('talentType', 'unknown-talent-type')
  const education = lookups.education(get('education'))
  if (!education) return unknown('education', 'unknown-education')
  return { district, chain, talentType, education }
}

export function mapTalentCells(sheet: Sheet, ctx: MapContext): Mapped {
  return mapRows(sheet, (row, out) => {
    const dims = talentDims(sheet, row, ctx, out)
    if (typeof dims === 'string') return dims
    const ageBand = ctx.lookups.ageBand(cellOf(sheet, row, 'ageBand'))
    if (!ageBand) {
      out.tally.unknownValue('ageBand', cellOf(sheet, row, 'ageBand'))
      return 'unknown-age'
    }
    return {
      ...dims,
      ageBand,
      year: parseYear(cellOf(sheet, row, 'year')) ?? undefined,
      stock: parseNumber(cellOf(sheet, row, 'stock')) ?? undefined,
      inflow: amount(sheet, row, 'inflow'),
    }
  })
}
