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
 * The records whose name contains every term of `q` (case-insensitive): what the `q` filter
 * keeps of the firms and platforms. A blank `q` keeps the list itself.
 */
export function byName<T extends { name: string }>(items: readonly T[], q: string): readonly T[] {
  const terms = searchTerms(q)
  if (!terms.length) return items
  return items.filter((e) => hasTerms(e.name, terms))
}

/** Per record, in the list's order: 1 when its name contains every term of `q` (a blank `q` keeps all). */
export function nameMask(items: readonly { name: string }[], q: string): Uint8Array {
  const terms = searchTerms(q)
  return Uint8Array.from(items, (e) => (hasTerms(e.name, terms) ? 1 : 0))
}

/**
 * Firms and platforms whose name contains every whitespace-separated term of `q`
 * (case-insensitive), names that start with the query first, at most `limit`.
 */
export function searchEntities(
  firms: readonly Enterprise[],
  platforms: readonly Platform[],
  q: string,
  limit = 10,
): SearchHit[] {
  const terms = searchTerms(q)
  if (!terms.length) return []
  const hits: (SearchHit & { rank: number })[] = []
  const consider = (kind: SearchHit['kind'], e: Enterprise | Platform) => {
    if (!hasTerms(e.name, terms)) return
    const name = e.name.toLowerCase()
    hits.push({
      kind,
      id: e.id,
      name: e.name,
      district: e.district,
      lon: e.lon,
      lat: e.lat,
      rank: name.startsWith(terms[0] ?? '') ? 0 : 1,
    })
  }
  for (const f of firms) consider('enterprise', f)
  for (const p of platforms) consider('platform', p)
  hits.sort((a, b) => a.rank - b.rank || a.name.length - b.name.length || a.name.localeCompare(b.name, 'zh'))
  return hits.slice(0, limit).map(({ rank: _rank, ...hit }) => hit)
}
