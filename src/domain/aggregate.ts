import type { TalentCell } from './types'

export interface TalentByKey {
  stock: number
  inflow: number
}

/** The latest year among the cells, or null when there are none. */
export function latestYear(cells: readonly Pick<TalentCell, 'year'>[]): number | null {
  let last: number | null = null
  for (const c of cells) if (last === null || c.year > last) last = c.year
  return last
}
