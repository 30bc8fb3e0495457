/** Firm rows → enterprise records of the v1 contract (unchecked: the app's rules run after). */
import { readPoint } from '../crs.ts'
import type { Lookups } from '../lookup.ts'
import { parseYear } from '../numbers.ts'
import { cellOf, type Sheet } from '../sheet.ts'
import type { Tally } from '../tally.ts'
import { headerKey, isYes, splitList } from '../text.ts'
import type { GridRow } from '../read/grid.ts'
import { amount, chainSegment, derivedId, mapRows, outputDivisor, type MapContext, type Mapped } from './common.ts'

/** Columns that flag one enterprise type (是否专精特新: 是/否), by column index. */
function typeFlagColumns(sheet: Sheet, lookups: Lookups): Map<number, string> {
  const flags = new Map<number, string>()
  const used = new Set([...sheet.columns.values()].map((c) => c.index))
  sheet.headers.forEach((h, i) => {
    const type = used.has(i) ? null : lookups.enterpriseType(headerKey(h).replace(/^是否(为|属于)?/, ''))
    if (type) flags.set(i, type)
  })
  return flags
}

function typesOf(sheet: Sheet, row: GridRow, lookups: Lookups, flags: Map<number, string>, tally: Tally): string[] {
  const out = new Set<string>()
  for (const label of splitList(cellOf(sheet, row, 'types'))) {
    const id = lookups.enterpriseType(label)
    if (id) out.add(id)
    else tally.unknownValue('types', label)
  }
  for (const [i, type] of flags) if (isYes(row.cells[i] ?? '')) out.add(type)
  return [...out]
}

export function mapFirms(sheet: Sheet, ctx: MapContext): Mapped {
  const { lookups } = ctx
  const flags = typeFlagColumns(sheet, lookups)
  const divisor = outputDivisor(sheet)
  const get = (row: GridRow, f: string) => cellOf(sheet, row, f)
  return mapRows(sheet, (row, out) => {
    const district = lookups.district(get(row, 'district'))
    if (!district) {
      out.tally.unknownValue('district', get(row, 'district'))
      return 'unknown-district'
    }
    const cs = chainSegment(sheet, row, lookups, out.tally)
    if (typeof cs === 'string') return cs
    const point = readPoint(get(row, 'lon'), get(row, 'lat'), get(row, 'coords'))
    if (!point) return 'bad-coordinates'
    const [lon, lat] = ctx.toGcj02(...point)
    const name = get(row, 'name')
    return {
      id: get(row, 'id') || derivedId('E', name, district),
      name,
      district,
      lon,
      lat,
      chain: cs.chain,
      segment: cs.segment,
      types: typesOf(sheet, row, lookups, flags, out.tally),
      employees: amount(sheet, row, 'employees'),
      talent: {
        total: amount(sheet, row, 'talent.total'),
        doctor: amount(sheet, row, 'talent.doctor'),
        master: amount(sheet, row, 'talent.master'),
        bachelor: amount(sheet, row, 'talent.bachelor'),
        introduced: amount(sheet, row, 'talent.introduced'),
      },
      outputValue: amount(sheet, row, 'outputValue', divisor),
      founded: parseYear(get(row, 'founded')) ?? undefined,
    }
  })
}
