/**
 * The cross-filter engine: one declaration per dataset (talent.ts, enterprises.ts,
 * platforms.ts) gives its cube, queried for every KPI and "all filters but its own" group-by
 * in one pass, and the record predicate lists and exports use. Pure TS, no Vue.
 */
import type { GrowthPoint } from '../innovation'

export { enterpriseCube } from './enterprises'
export { platformCube } from './platforms'
export { demandRows, sourceRows, talentCube } from './talent'
export type { TalentAggregates } from './talent'
export type { EnterpriseAggregates } from './enterprises'
export type { PlatformAggregates } from './platforms'
export type { CubeState } from './build'
export type { CubeDef } from './cube'

/** Per-year and cumulative counts over `years` (ascending) from a `byFounded` map (the growth chart). */
export function foundedGrowth(byFounded: ReadonlyMap<number, number>, years: readonly number[]): GrowthPoint[] {
  const first = years[0]
  if (first === undefined) return []
  let cumulative = 0
  for (const [year, n] of byFounded) if (year < first) cumulative += n
  return years.map((year) => {
    const founded = byFounded.get(year) ?? 0
    cumulative += founded
    return { year, founded, cumulative }
  })
}

/** A group-by map with each value mapped (e.g. firm stats → firm counts for a chart). */
export function mapValues<K, V, W>(m: ReadonlyMap<K, V>, fn: (v: V) => W): Map<K, W> {
  const out = new Map<K, W>()
  for (const [k, v] of m) out.set(k, fn(v))
  return out
}

/** Stock and inflow per year over `years` (ascending), zero where no cell matched (the trend chart). */
export function yearRows(
  byYear: ReadonlyMap<number, { stock: number; inflow: number }>,
  years: readonly number[],
): { year: number; stock: number; inflow: number }[] {
  return [...new Set(years)]
    .sort((a, b) => a - b)
    .map((year) => ({ year, stock: byYear.get(year)?.stock ?? 0, inflow: byYear.get(year)?.inflow ?? 0 }))
}
