import type { PointTable } from './records'
import type { Enterprise, Platform } from './types'

export interface SearchHit {
  kind: 'enterprise' | 'platform'
  id: string
  name: string
  district: string
  lon: number
  lat: number
}

/** The lower-case, whitespace-separated terms of a search text. */
function searchTerms(q: string): string[] {
  return q.trim().toLowerCase().split(/\s+/).filter(Boolean)
}

/** Whether a name contains every (lower-case) term. */
function hasTerms(name: string, terms: readonly string[]): boolean {
  const lower = name.toLowerCase()
  return terms.every((t) => lower.includes(t))
}

/**
 * The indices (ascending) of the names that contain every term of `q` (case-insensitive): which
 * firms or platforms the `q` filter keeps, read from a name column. Null for a blank `q` (it keeps all).
 */
export function namedIndices(names: readonly string[], q: string): Uint32Array | null {
  const terms = searchTerms(q)
  if (!terms.length) return null
  const out: number[] = []
  for (let i = 0; i < names.length; i++) if (hasTerms(names[i] as string, terms)) out.push(i)
  return Uint32Array.from(out)
}

/** Per name, in the column's order: 1 when it contains every term of `q` (a blank `q` keeps all). */
export function nameMask(names: readonly string[], q: string): Uint8Array {
  const terms = searchTerms(q)
  return Uint8Array.from(names, (name) => (hasTerms(name, terms) ? 1 : 0))
}

interface Ranked {
  kind: SearchHit['kind']
  index: number
  name: string
  rank: number
}

/** Names that start with the query first, then shorter names, then by collation (ties keep their order). */
function order(a: Ranked, b: Ranked): number {
  return a.rank - b.rank || a.name.length - b.name.length || a.name.localeCompare(b.name, 'zh')
}

/**
 * Firms and platforms whose name contains every whitespace-separated term of `q`
 * (case-insensitive), names that start with the query first, then shorter names, at most `limit`.
 * Reads the name columns; records are made for the hits shown only.
 */
export function searchEntities(
  firms: PointTable<Enterprise>,
  platforms: PointTable<Platform>,
  q: string,
  limit = 10,
): SearchHit[] {
  const terms = searchTerms(q)
  if (!terms.length || limit <= 0) return []
  // The best `limit` so far, best first: one pass, however many names match.
  const top: Ranked[] = []
  const consider = (kind: SearchHit['kind'], names: readonly string[]) => {
    for (let index = 0; index < names.length; index++) {
      const name = names[index] as string
      if (!hasTerms(name, terms)) continue
      const hit: Ranked = { kind, index, name, rank: name.toLowerCase().startsWith(terms[0] ?? '') ? 0 : 1 }
      if (top.length === limit && order(hit, top[limit - 1] as Ranked) >= 0) continue
      let i = top.length
      while (i > 0 && order(hit, top[i - 1] as Ranked) < 0) i -= 1
      top.splice(i, 0, hit)
      if (top.length > limit) top.pop()
    }
  }
  consider('enterprise', firms.strings('name'))
  consider('platform', platforms.strings('name'))
  return top.map(({ kind, index, name }) => {
    const r: Enterprise | Platform = kind === 'enterprise' ? firms.row(index) : platforms.row(index)
    return { kind, id: r.id, name, district: r.district, lon: r.lon, lat: r.lat }
  })
}
