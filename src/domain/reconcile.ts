import { districtLocator } from './pointInPolygon'
import {
  RECORD_RULES,
  unknownReason,
  type FieldRule,
  type MetaList,
  type RecordRules,
  type ReferenceReason,
} from './recordRules'
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

/** The ids of one meta list; for segments, each segment's chain. */
export function metaIds(meta: Meta, list: MetaList): ReadonlyMap<string, string> {
  if (list === 'districts') return new Map(meta.districts.map((d) => [d.adcode, d.adcode]))
  if (list === 'segments') return new Map(meta.chains.flatMap((c) => c.segments.map((s) => [s.id, c.id] as const)))
  return new Map(meta[list].map((x) => [x.id, x.id]))
}

type Rec = Record<string, unknown>

/** One `in` rule of a table, resolved against meta. */
interface Reference {
  key: string
  ids: ReadonlyMap<string, string>
  /** The field naming the chain a segment must belong to. */
  of: string | undefined
  /** One id, not a list or a segment. */
  plain: boolean
  nullable: boolean
  reason: ReferenceReason
}

function reference(rule: FieldRule, meta: Meta): Reference {
  const list = rule.in as MetaList
  return {
    key: rule.field,
    ids: metaIds(meta, list),
    of: rule.of,
    plain: rule.rule !== 'idList' && rule.of === undefined,
    nullable: rule.nullable === true,
    reason: unknownReason(list),
  }
}

/** True when a list's ids are all known, or a segment belongs to the record's chain. */
function knowsAll(ref: Reference, value: unknown, r: Rec): boolean {
  if (ref.of !== undefined) return ref.ids.get(value as string) === r[ref.of]
  return (value as string[]).every((id) => ref.ids.has(id))
}

/**
 * The check of a located record's district and point, run after its other references: the district must be
 * in meta and the point in its polygon; a district without a polygon (dropped, or never sent) keeps its points.
 */
export function placeCheck(
  meta: Meta,
  boundaries: Boundaries | null | undefined,
): (district: string, lon: number, lat: number) => ReferenceReason | null {
  const districts = metaIds(meta, 'districts')
  const locate = boundaries ? districtLocator(boundaries) : null
  const bounded = new Set(boundaries?.features.map((f) => f.properties.adcode))
  return (district, lon, lat) => {
    if (!districts.has(district)) return 'unknown-district'
    if (locate && bounded.has(district) && !locate(district, lon, lat)) return 'outside-district'
    return null
  }
}

/**
 * The reference stage of a record type's rules (recordRules.ts) against meta and the boundaries:
 * for a record that passed the schema, null or why it is dropped ('unknown-district', 'outside-district'…).
 */
export function referenceCheck(
  rules: RecordRules,
  meta: Meta,
  boundaries?: Boundaries | null,
): (rec: object) => ReferenceReason | null {
  const place = rules.located ? placeCheck(meta, boundaries) : null
  const refs = rules.fields
    .filter((f) => f.in !== undefined && !(place && f.field === 'district'))
    .map((f) => reference(f, meta))
  return (rec) => {
    const r = rec as Rec
    // One loop, no call per plain id: a million talent cells pass here.
    for (const ref of refs) {
      const value = r[ref.key]
      const known = ref.plain
        ? (value === null && ref.nullable) || ref.ids.has(value as string)
        : knowsAll(ref, value, r)
      if (!known) return ref.reason
    }
    return place ? place(r.district as string, r.lon as number, r.lat as number) : null
  }
}

/** Keeps the records that pass `check`, counting the others by reason in `counts`. */
function keep<T>(items: readonly T[], check: (rec: T) => string | null, counts: DropCounts): T[] {
  return items.filter((item) => {
    const reason = check(item)
    if (reason === null) return true
    counts[reason] = (counts[reason] ?? 0) + 1
    return false
  })
}

function checked<T>(data: T, counts: DropCounts): Checked<T> {
  const dropped = Object.keys(counts).length ? counts : null
  return { data, dropped, outside: counts['outside-district'] ?? 0 }
}

/** Talent cells, demand and source rows whose ids meta knows. */
export function reconcileTalent(meta: Meta, talent: Talent): Checked<Talent> {
  const counts: DropCounts = {}
  const data: Talent = {
    cells: keep(talent.cells, referenceCheck(RECORD_RULES.cells, meta), counts),
    demand: keep(talent.demand, referenceCheck(RECORD_RULES.demand, meta), counts),
    sources: keep(talent.sources, referenceCheck(RECORD_RULES.sources, meta), counts),
  }
  return checked(data, counts)
}

/** Firms or platforms with known ids whose point lies in their district. */
export function reconcilePoints<K extends 'enterprises' | 'platforms'>(
  name: K,
  meta: Meta,
  boundaries: Boundaries | null | undefined,
  data: Datasets[K],
): Checked<Datasets[K]> {
  const counts: DropCounts = {}
  const items = keep<object>(data.items, referenceCheck(RECORD_RULES[name], meta, boundaries), counts)
  return checked({ items } as Datasets[K], counts)
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
