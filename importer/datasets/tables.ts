/** The smaller tables: talent demand and supply, sources of introduced talent, and the sources the data cites. */
import { parseNumber, parseYear } from '../numbers.ts'
import { cellOf, type Sheet } from '../sheet.ts'
import { amount, chainSegment, mapRows, type MapContext, type Mapped } from './common.ts'
import { sourceTypeOf } from './sourceType.ts'

/** Rows of district × chain segment × year with demand and supply counts. */
export function mapDemand(sheet: Sheet, ctx: MapContext): Mapped {
  return mapRows(sheet, (row, out) => {
    const district = ctx.lookups.district(cellOf(sheet, row, 'district'))
    if (!district) {
      out.tally.unknownValue('district', cellOf(sheet, row, 'district'))
      return 'unknown-district'
    }
    const cs = chainSegment(sheet, row, ctx.lookups, out.tally)
    if (typeof cs === 'string') return cs
    return {
      district,
      chain: cs.chain,
      segment: cs.segment,
      year: parseYear(cellOf(sheet, row, 'year')) ?? undefined,
      demand: parseNumber(cellOf(sheet, row, 'demand')) ?? undefined,
      supply: parseNumber(cellOf(sheet, row, 'supply')) ?? undefined,
    }
  })
}

/** Rows of year × chain × source with the number of talents introduced from there. */
export function mapTalentSources(sheet: Sheet, ctx: MapContext): Mapped {
  return mapRows(sheet, (row, out) => {
    const chain = ctx.lookups.chain(cellOf(sheet, row, 'chain'))
    if (chain === undefined) {
      out.tally.unknownValue('chain', cellOf(sheet, row, 'chain'))
      return 'unknown-chain'
    }
    const source = cellOf(sheet, row, 'source')
    return {
      year: parseYear(cellOf(sheet, row, 'year')) ?? undefined,
      chain,
      source,
      sourceType: sourceTypeOf(cellOf(sheet, row, 'sourceType'), source),
      introduced: amount(sheet, row, 'introduced'),
    }
  })
}

/** Rows naming the publications or systems the data comes from (meta.sources). */
export function mapCitedSources(sheet: Sheet): Mapped {
  let n = 0
  return mapRows(sheet, (row) => {
    n += 1
    const url = cellOf(sheet, row, 'url')
    return {
      id: cellOf(sheet, row, 'id') || `source-${n}`,
      title: cellOf(sheet, row, 'title'),
      publisher: cellOf(sheet, row, 'publisher'),
      date: cellOf(sheet, row, 'date'),
      ...(url ? { url } : {}),
    }
  })
}
