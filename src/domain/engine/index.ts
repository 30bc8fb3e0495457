/**
 * The cross-filter engine: the datasets as columnar roll-up cubes, queried for every KPI
 * and "all filters but its own" group-by in one pass per dataset. Pure TS, no Vue.
 */
import type { Filters } from '../filters'
import type { KpiId } from '../kpis'
import type { Enterprise, Meta, Platform, TalentCell } from '../types'
import { EnterpriseCube } from './enterprises'
import { PlatformCube } from './platforms'
import { TalentCube } from './talent'
import type { EnterpriseAggregates, PlatformAggregates, TalentAggregates } from './types'

export { EnterpriseCube } from './enterprises'
export { PlatformCube } from './platforms'
export { TalentCube, type CubeOptions } from './talent'
export type * from './types'

export interface EngineInput {
  meta?: Meta | null
  talent?: readonly TalentCell[] | null
  enterprises?: readonly Enterprise[] | null
  platforms?: readonly Platform[] | null
  /** Collapse rows sharing every dimension into one cell (default true; false = one cell per row). */
  rollup?: boolean
}

export interface EngineResult {
  /** SPEC §4 KPIs, exactly as `src/domain/kpis.ts`; null where the dataset is missing. */
  kpis: Record<KpiId, number | null>
  talent: TalentAggregates | null
  enterprises: EnterpriseAggregates | null
  platforms: PlatformAggregates | null
}

export interface Engine {
  readonly talent: TalentCube | null
  readonly enterprises: EnterpriseCube | null
  readonly platforms: PlatformCube | null
  query(f: Filters, lastYear: number): EngineResult
}

/** Builds the cubes once (≈ a second for the scale-50 data); each query is then a pass over the cells. */
export function createEngine(input: EngineInput): Engine {
  const opts = { meta: input.meta ?? null, rollup: input.rollup ?? true }
  const talent = input.talent ? new TalentCube(input.talent, opts) : null
  const enterprises = input.enterprises ? new EnterpriseCube(input.enterprises, opts) : null
  const platforms = input.platforms ? new PlatformCube(input.platforms, opts) : null
  return {
    talent,
    enterprises,
    platforms,
    query(f, lastYear) {
      const t = talent?.query(f, lastYear) ?? null
      const e = enterprises?.query(f, lastYear) ?? null
      const p = platforms?.query(f, lastYear) ?? null
      return {
        kpis: {
          'talent-stock': t?.stock ?? null,
          'talent-inflow': t?.inflow ?? null,
          'enterprise-count': e?.count ?? null,
          'platform-count': p?.count ?? null,
          'postdoc-count': p?.postdocs ?? null,
        },
        talent: t,
        enterprises: e,
        platforms: p,
      }
    },
  }
}

export interface FoundedPoint {
  year: number
  /** Founded in that year. */
  founded: number
  /** Founded in or before that year. */
  cumulative: number
}

/** Per-year and cumulative counts over `years` (ascending) from a `byFounded` map, like `platformGrowth`. */
export function foundedGrowth(byFounded: ReadonlyMap<number, number>, years: readonly number[]): FoundedPoint[] {
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

/** Stock and inflow per year over `years` (ascending), zero where no cell matched; like `talentByYear`. */
export function yearRows(
  byYear: ReadonlyMap<number, { stock: number; inflow: number }>,
  years: readonly number[],
): { year: number; stock: number; inflow: number }[] {
  return [...new Set(years)]
    .sort((a, b) => a - b)
    .map((year) => ({ year, stock: byYear.get(year)?.stock ?? 0, inflow: byYear.get(year)?.inflow ?? 0 }))
}
