import { demandRows, sourceRows } from './engine'
import type { Filters } from './filters'
import type { Chain, DemandRow, TalentSourceRow } from './types'

/** Demand, supply and gap (demand − supply; > 0 is a shortage) of one chain segment. */
export interface SegmentGap {
  segment: string
  demand: number
  supply: number
  gap: number
}

/**
 * Demand and supply per segment of `chain` at the range's last year, largest shortage first
 * (ties keep the chain's segment order). Every segment of the chain appears, with zeros if
 * no row matched. The chain replaces the filter's; the caller drops `segment` from `f`.
 */
export function segmentGaps(demand: readonly DemandRow[], f: Filters, chain: Chain, lastYear: number): SegmentGap[] {
  const matches = demandRows.matcher({ ...f, chain: chain.id }, lastYear)
  const acc = new Map<string, SegmentGap>(
    chain.segments.map((s) => [s.id, { segment: s.id, demand: 0, supply: 0, gap: 0 }]),
  )
  for (const d of demand) {
    if (!matches(d)) continue
    const row = acc.get(d.segment)
    if (!row) continue
    row.demand += d.demand
    row.supply += d.supply
  }
  const rows = [...acc.values()]
  for (const r of rows) r.gap = r.demand - r.supply
  return rows.sort((a, b) => b.gap - a.gap)
}

/** Introduced talent from one source into one chain (null = not in a chain), summed over the range. */
export interface SourceFlow {
  source: string
  sourceType: string
  chain: string | null
  introduced: number
}

/** Sums the source rows of the filter's year range and chain, one pass. */
export function sourceFlows(rows: readonly TalentSourceRow[], f: Filters, lastYear: number): SourceFlow[] {
  const matches = sourceRows.matcher(f, lastYear)
  const acc = new Map<string, SourceFlow>()
  for (const r of rows) {
    if (!matches(r)) continue
    const key = `${r.sourceType}\u0000${r.source}\u0000${r.chain ?? ''}`
    const flow = acc.get(key)
    if (flow) flow.introduced += r.introduced
    else acc.set(key, { source: r.source, sourceType: r.sourceType, chain: r.chain, introduced: r.introduced })
  }
  return [...acc.values()]
}

/** A flow whose source is one of the top sources, or null for "the other sources of this type". */
export interface RankedFlow extends Omit<SourceFlow, 'source'> {
  source: string | null
}

/**
 * Keeps the `n` largest sources by total introduced (ties by name) and merges the rest into one
 * "other" source per source type and chain, so every flow's total is preserved.
 */
export function topSourceFlows(flows: readonly SourceFlow[], n: number): RankedFlow[] {
  const totals = new Map<string, number>()
  for (const fl of flows) totals.set(fl.source, (totals.get(fl.source) ?? 0) + fl.introduced)
  const top = new Set(
    [...totals]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, Math.max(0, n))
      .map(([s]) => s),
  )
  const acc = new Map<string, RankedFlow>()
  for (const fl of flows) {
    if (fl.introduced <= 0) continue
    const source = top.has(fl.source) ? fl.source : null
    const key = `${fl.sourceType}\u0000${source ?? ''}\u0000${source === null ? 1 : 0}\u0000${fl.chain ?? ''}`
    const row = acc.get(key)
    if (row) row.introduced += fl.introduced
    else acc.set(key, { ...fl, source })
  }
  return [...acc.values()]
}
