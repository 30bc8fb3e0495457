import type { TalentByKey } from './aggregate'
import type { AgeBand } from './types'

/** Stock and inflow of one code (an education, a talent type, an age band, a chain). */
export interface CodeTalent extends TalentByKey {
  id: string
}

/** One row per code, in the code list's order, zero where no cell matched. */
export function rowsInOrder(by: ReadonlyMap<string | null, TalentByKey>, ids: readonly string[]): CodeTalent[] {
  return ids.map((id) => ({ id, stock: by.get(id)?.stock ?? 0, inflow: by.get(id)?.inflow ?? 0 }))
}

/** Share of the stock held by the young age bands (0 when there is no stock). */
export function youngShare(rows: readonly CodeTalent[], ageBands: readonly AgeBand[]): number {
  const young = new Set(ageBands.filter((b) => b.young).map((b) => b.id))
  let all = 0
  let y = 0
  for (const r of rows) {
    all += r.stock
    if (young.has(r.id)) y += r.stock
  }
  return all > 0 ? y / all : 0
}

export interface YearTalent {
  year: number
  stock: number
  inflow: number
}
