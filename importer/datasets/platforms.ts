/** Platform rows → platform records of the v1 contract (unchecked: the app's rules run after). */
import { readPoint } from '../crs.ts'
import { parseYear } from '../numbers.ts'
import { cellOf, type Sheet } from '../sheet.ts'
import { splitList } from '../text.ts'
import type { GridRow } from '../read/grid.ts'
import { amount, derivedId, mapRows, type MapContext, type Mapped } from './common.ts'

export function mapPlatforms(sheet: Sheet, ctx: MapContext): Mapped {
  const { lookups } = ctx
  const get = (row: GridRow, f: string) => cellOf(sheet, row, f)
  return mapRows(sheet, (row, out) => {
    const unknown = (field: string, reason: string) => {
      out.tally.unknownValue(field, get(row, field))
      return reason
    }
    const district = lookups.district(get(row, 'district'))
    if (!district) return unknown('district', 'unknown-district')
    const chainText = get(row, 'chain')
    const chain = lookups.chain(chainText)
    if (chain === undefined) return unknown('chain', 'unknown-chain')
    const name = get(row, 'name')
    // Without a kind column (or cell) the kind is read from the name: "…博士后科研工作站".
    const kindText = get(row, 'kind')
    const kind = kindText ? lookups.platformKind(kindText) : lookups.platformKindInName(name)
    if (!kind) return unknown('kind', 'unknown-kind')
    const level = lookups.platformLevel(get(row, 'level'))
    if (!level) return unknown('level', 'unknown-level')
    const point = readPoint(get(row, 'lon'), get(row, 'lat'), get(row, 'coords'))
    if (!point) return 'bad-coordinates'
    const [lon, lat] = ctx.toGcj02(...point)
    return {
      id: get(row, 'id') || derivedId('P', name, district),
      name,
      kind,
      level,
      district,
      lon,
      lat,
      chain,
      host: get(row, 'host') || null,
      founded: parseYear(get(row, 'founded')) ?? undefined,
      researchers: amount(sheet, row, 'researchers'),
      postdocs: amount(sheet, row, 'postdocs'),
      partners: splitList(get(row, 'partners')),
    }
  })
}
