import { effectiveYears, matchesTalentCell, type Filters } from './filters'
import type { TalentCell } from './types'

export interface TalentByKey {
  stock: number
  inflow: number
}

/**
 * Talent stock (at the range's last year) and inflow (over the range) grouped by a key of
 * the cell. The caller passes filters without its own key so its selection stays visible.
 */
export function talentBy<K extends keyof TalentCell>(
  cells: readonly TalentCell[],
  key: K,
  f: Filters,
  lastYear: number,
): Map<TalentCell[K], TalentByKey> {
  const years = effectiveYears(f, lastYear)
  const out = new Map<TalentCell[K], TalentByKey>()
  for (const c of cells) {
    if (c.year < years.from || c.year > years.to || !matchesTalentCell(c, f)) continue
    let acc = out.get(c[key])
    if (!acc) {
      acc = { stock: 0, inflow: 0 }
      out.set(c[key], acc)
    }
    acc.inflow += c.inflow
    if (c.year === years.to) acc.stock += c.stock
  }
  return out
}

/** The latest year among the cells, or null when there are none. */
export function latestYear(cells: readonly Pick<TalentCell, 'year'>[]): number | null {
  let last: number | null = null
  for (const c of cells) if (last === null || c.year > last) last = c.year
  return last
}
