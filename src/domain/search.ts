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
  const terms = q.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (!terms.length || limit <= 0) return []
  // The best `limit` so far, best first: one pass, however many names match.
  const top: Ranked[] = []
  const consider = (kind: SearchHit['kind'], names: readonly string[]) => {
    for (let index = 0; index < names.length; index++) {
      const name = names[index] as string
      const lower = name.toLowerCase()
      if (!terms.every((t) => lower.includes(t))) continue
      const hit: Ranked = { kind, index, name, rank: lower.startsWith(terms[0] ?? '') ? 0 : 1 }
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
