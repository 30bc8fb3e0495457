import type { SourceFlow } from './talentSupply'
import type { Origin } from './types'

/** Introduced talent from one origin into one district (an estimate: see originFlows). */
export interface OriginFlow {
  origin: string
  district: string
  /** The origin's introduced talent times the district's share; fractional. */
  value: number
  /** The source type of the origin's rows (university, region…), for the colour. */
  sourceType: string
}

/** An origin with the talent introduced from it in all, for its dot and the inset. */
export interface OriginTotal extends Origin {
  total: number
  sourceType: string
}

/**
 * Flows from the origins to the districts. The contract's sources are city-wide (they name no
 * district), so each origin's introduced talent is split over the districts in proportion to
 * `districtWeights` (the view passes each district's talent inflow under the same filters) —
 * an estimate, and the map's legend says so. Sources naming no origin are left out (the sankey
 * still shows them by name). `districts`: keep only the flows into these (all when empty).
 */
export function originFlows(
  flows: readonly SourceFlow[],
  origins: readonly Origin[],
  districtWeights: ReadonlyMap<string, number>,
  districts: readonly string[] = [],
): OriginFlow[] {
  const known = new Set(origins.map((o) => o.id))
  const byOrigin = new Map<string, { total: number; sourceType: string }>()
  for (const f of flows) {
    if (!known.has(f.source) || f.introduced <= 0) continue
    const o = byOrigin.get(f.source)
    if (o) o.total += f.introduced
    else byOrigin.set(f.source, { total: f.introduced, sourceType: f.sourceType })
  }
  let weightSum = 0
  for (const w of districtWeights.values()) weightSum += Math.max(0, w)
  if (weightSum <= 0) return []
  const out: OriginFlow[] = []
  for (const [origin, { total, sourceType }] of byOrigin)
    for (const [district, w] of districtWeights) {
      if (w <= 0 || (districts.length && !districts.includes(district))) continue
      out.push({ origin, district, value: (total * w) / weightSum, sourceType })
    }
  return out.sort((a, b) => b.value - a.value)
}

/** Each origin that sends talent, with its total over the flows given, largest first. */
export function originTotals(flows: readonly OriginFlow[], origins: readonly Origin[]): OriginTotal[] {
  const byId = new Map(origins.map((o) => [o.id, o]))
  const acc = new Map<string, OriginTotal>()
  for (const f of flows) {
    const o = byId.get(f.origin)
    if (!o) continue
    const t = acc.get(f.origin) ?? { ...o, total: 0, sourceType: f.sourceType }
    t.total += f.value
    acc.set(f.origin, t)
  }
  return [...acc.values()].sort((a, b) => b.total - a.total)
}
