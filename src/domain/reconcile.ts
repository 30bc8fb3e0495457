import { districtLocator } from './pointInPolygon'
import type { Datasets } from './types'

export type DropCounts = Record<string, number>

export interface Reconciled {
  datasets: Partial<Datasets>
  /** Records dropped here, by dataset and reason (on top of the schema's drops). */
  dropped: Partial<Record<keyof Datasets, DropCounts>>
  /** Firms and platforms whose point lies outside their own district. */
  outside: number
}

function counter() {
  const counts: DropCounts = {}
  const drop = (reason: string): false => {
    counts[reason] = (counts[reason] ?? 0) + 1
    return false
  }
  return { counts, drop }
}

function ids(list: readonly { id: string }[]) {
  return new Set(list.map((x) => x.id))
}

/**
 * Checks records against meta and the boundaries: ids meta does not know, and points outside
 * their district, are dropped and counted. Without meta (failed) records pass as they are.
 */
export function reconcile(d: Partial<Datasets>): Reconciled {
  const meta = d.meta
  if (!meta) return { datasets: d, dropped: {}, outside: 0 }
  const districts = new Set(meta.districts.map((x) => x.adcode))
  const chains = ids(meta.chains)
  const segmentChain = new Map(meta.chains.flatMap((c) => c.segments.map((s) => [s.id, c.id] as const)))
  const locate = d.boundaries ? districtLocator(d.boundaries) : null
  // A district whose polygon was dropped (or never sent) cannot be checked: its points are kept.
  const bounded = new Set(d.boundaries?.features.map((f) => f.properties.adcode))
  const out: Reconciled = { datasets: { ...d }, dropped: {}, outside: 0 }

  if (d.talent) {
    const { counts, drop } = counter()
    const types = ids(meta.talentTypes)
    const edus = ids(meta.educations)
    const ages = ids(meta.ageBands)
    const cells = d.talent.cells.filter((c) =>
      !districts.has(c.district) ? drop('unknown-district')
      : c.chain !== null && !chains.has(c.chain) ? drop('unknown-chain')
      : !types.has(c.talentType) || !edus.has(c.education) || !ages.has(c.ageBand) ? drop('unknown-id')
      : true,
    )
    const demand = d.talent.demand.filter((r) =>
      !districts.has(r.district) ? drop('unknown-district')
      : segmentChain.get(r.segment) !== r.chain ? drop('unknown-segment')
      : true,
    )
    const sources = d.talent.sources.filter((r) => (r.chain !== null && !chains.has(r.chain) ? drop('unknown-chain') : true))
    out.datasets.talent = { cells, demand, sources }
    if (Object.keys(counts).length) out.dropped.talent = counts
  }

  const placed = (district: string, lon: number, lat: number, drop: (r: string) => false): boolean => {
    if (!districts.has(district)) return drop('unknown-district')
    if (locate && bounded.has(district) && !locate(district, lon, lat)) {
      out.outside += 1
      return drop('outside-district')
    }
    return true
  }

  if (d.enterprises) {
    const { counts, drop } = counter()
    const types = ids(meta.enterpriseTypes)
    const items = d.enterprises.items.filter((e) =>
      segmentChain.get(e.segment) !== e.chain ? drop('unknown-segment')
      : e.types.some((t) => !types.has(t)) ? drop('unknown-id')
      : placed(e.district, e.lon, e.lat, drop),
    )
    out.datasets.enterprises = { items }
    if (Object.keys(counts).length) out.dropped.enterprises = counts
  }

  if (d.platforms) {
    const { counts, drop } = counter()
    const kinds = ids(meta.platformKinds)
    const levels = ids(meta.platformLevels)
    const items = d.platforms.items.filter((p) =>
      !kinds.has(p.kind) || !levels.has(p.level) ? drop('unknown-id')
      : p.chain !== null && !chains.has(p.chain) ? drop('unknown-chain')
      : placed(p.district, p.lon, p.lat, drop),
    )
    out.datasets.platforms = { items }
    if (Object.keys(counts).length) out.dropped.platforms = counts
  }
  return out
}

