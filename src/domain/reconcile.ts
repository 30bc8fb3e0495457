import { districtLocator } from './pointInPolygon'
import type { Boundaries, Datasets, Enterprise, Meta, Platform, Talent } from './types'

export type DropCounts = Record<string, number>

export interface Reconciled {
  datasets: Partial<Datasets>
  /** Records dropped here, by dataset and reason (on top of the schema's drops). */
  dropped: Partial<Record<keyof Datasets, DropCounts>>
  /** Firms and platforms whose point lies outside their own district. */
  outside: number
}

/** One dataset after the checks: what is kept, what was dropped by reason, how many points lay outside. */
export interface Checked<T> {
  data: T
  dropped: DropCounts | null
  outside: number
}

function counter() {
  const counts: DropCounts = {}
  const drop = (reason: string): false => {
    counts[reason] = (counts[reason] ?? 0) + 1
    return false
  }
  return { counts, drop, result: () => (Object.keys(counts).length ? counts : null) }
}

function ids(list: readonly { id: string }[]) {
  return new Set(list.map((x) => x.id))
}

function segmentChains(meta: Meta) {
  return new Map(meta.chains.flatMap((c) => c.segments.map((s) => [s.id, c.id] as const)))
}

/** Talent cells, demand and source rows whose ids meta knows. */
export function reconcileTalent(meta: Meta, talent: Talent): Checked<Talent> {
  const { drop, result } = counter()
  const districts = new Set(meta.districts.map((x) => x.adcode))
  const chains = ids(meta.chains)
  const segmentChain = segmentChains(meta)
  const types = ids(meta.talentTypes)
  const edus = ids(meta.educations)
  const ages = ids(meta.ageBands)
  const cells = talent.cells.filter((c) =>
    !districts.has(c.district)
      ? drop('unknown-district')
      : c.chain !== null && !chains.has(c.chain)
        ? drop('unknown-chain')
        : !types.has(c.talentType) || !edus.has(c.education) || !ages.has(c.ageBand)
          ? drop('unknown-id')
          : true,
  )
  const demand = talent.demand.filter((r) =>
    !districts.has(r.district)
      ? drop('unknown-district')
      : segmentChain.get(r.segment) !== r.chain
        ? drop('unknown-segment')
        : true,
  )
  const sources = talent.sources.filter((r) =>
    r.chain !== null && !chains.has(r.chain) ? drop('unknown-chain') : true,
  )
  return { data: { cells, demand, sources }, dropped: result(), outside: 0 }
}

/** Checks a point's district against meta and, where its polygon is known, the point against it. */
function placer(meta: Meta, boundaries: Boundaries | null | undefined) {
  const districts = new Set(meta.districts.map((x) => x.adcode))
  const locate = boundaries ? districtLocator(boundaries) : null
  // A district whose polygon was dropped (or never sent) cannot be checked: its points are kept.
  const bounded = new Set(boundaries?.features.map((f) => f.properties.adcode))
  let outside = 0
  const placed = (district: string, lon: number, lat: number, drop: (r: string) => false): boolean => {
    if (!districts.has(district)) return drop('unknown-district')
    if (locate && bounded.has(district) && !locate(district, lon, lat)) {
      outside += 1
      return drop('outside-district')
    }
    return true
  }
  return { placed, outside: () => outside }
}

/** Firms with known ids whose point lies in their district. */
export function reconcileEnterprises(
  meta: Meta,
  boundaries: Boundaries | null | undefined,
  enterprises: { items: Enterprise[] },
): Checked<{ items: Enterprise[] }> {
  const { drop, result } = counter()
  const { placed, outside } = placer(meta, boundaries)
  const segmentChain = segmentChains(meta)
  const types = ids(meta.enterpriseTypes)
  const items = enterprises.items.filter((e) =>
    segmentChain.get(e.segment) !== e.chain
      ? drop('unknown-segment')
      : e.types.some((t) => !types.has(t))
        ? drop('unknown-id')
        : placed(e.district, e.lon, e.lat, drop),
  )
  return { data: { items }, dropped: result(), outside: outside() }
}

/** Platforms with known ids whose point lies in their district. */
export function reconcilePlatforms(
  meta: Meta,
  boundaries: Boundaries | null | undefined,
  platforms: { items: Platform[] },
): Checked<{ items: Platform[] }> {
  const { drop, result } = counter()
  const { placed, outside } = placer(meta, boundaries)
  const chains = ids(meta.chains)
  const kinds = ids(meta.platformKinds)
  const levels = ids(meta.platformLevels)
  const items = platforms.items.filter((p) =>
    !kinds.has(p.kind) || !levels.has(p.level)
      ? drop('unknown-id')
      : p.chain !== null && !chains.has(p.chain)
        ? drop('unknown-chain')
        : placed(p.district, p.lon, p.lat, drop),
  )
  return { data: { items }, dropped: result(), outside: outside() }
}

/** Assembles per-dataset results into one report (the datasets not checked pass as they are). */
export function combine(
  d: Partial<Datasets>,
  parts: {
    talent?: Checked<Talent> | null
    enterprises?: Checked<{ items: Enterprise[] }> | null
    platforms?: Checked<{ items: Platform[] }> | null
  },
): Reconciled {
  const out: Reconciled = { datasets: { ...d }, dropped: {}, outside: 0 }
  for (const name of ['talent', 'enterprises', 'platforms'] as const) {
    const part = parts[name]
    if (!part) continue
    ;(out.datasets as Record<string, unknown>)[name] = part.data
    if (part.dropped) out.dropped[name] = part.dropped
    out.outside += part.outside
  }
  return out
}

/**
 * Checks records against meta and the boundaries: ids meta does not know, and points outside
 * their district, are dropped and counted. Without meta (failed) records pass as they are.
 */
export function reconcile(d: Partial<Datasets>): Reconciled {
  const meta = d.meta
  if (!meta) return { datasets: d, dropped: {}, outside: 0 }
  return combine(d, {
    talent: d.talent && reconcileTalent(meta, d.talent),
    enterprises: d.enterprises && reconcileEnterprises(meta, d.boundaries, d.enterprises),
    platforms: d.platforms && reconcilePlatforms(meta, d.boundaries, d.platforms),
  })
}
