import { effectiveYears, matchesPlatform, type Filters } from './filters'
import type { Fact, Meta, Platform, Source } from './types'

/** Platform counts by kind, then by level. The caller passes filters without `platformKind`. */
export function platformsByKindLevel(
  items: readonly Platform[],
  f: Filters,
  lastYear: number,
): Map<string, Map<string, number>> {
  const years = effectiveYears(f, lastYear)
  const out = new Map<string, Map<string, number>>()
  for (const p of items) {
    if (!matchesPlatform(p, f, years)) continue
    let byLevel = out.get(p.kind)
    if (!byLevel) {
      byLevel = new Map()
      out.set(p.kind, byLevel)
    }
    byLevel.set(p.level, (byLevel.get(p.level) ?? 0) + 1)
  }
  return out
}

export interface GrowthPoint {
  year: number
  /** Platforms founded in that year. */
  founded: number
  /** Platforms founded in or before that year. */
  cumulative: number
}

/**
 * Platforms founded per year and in total up to each year, over `years` (ascending). The year
 * filter is not applied: the caller passes filters without `year` and highlights its selection.
 */
export function platformGrowth(items: readonly Platform[], f: Filters, years: readonly number[]): GrowthPoint[] {
  const first = years[0]
  const last = years[years.length - 1]
  if (first === undefined || last === undefined) return []
  const perYear = new Map<number, number>()
  let before = 0
  const all = { from: first, to: last }
  for (const p of items) {
    if (!matchesPlatform(p, f, all)) continue
    if (p.founded < first) before += 1
    else perYear.set(p.founded, (perYear.get(p.founded) ?? 0) + 1)
  }
  let cumulative = before
  return years.map((year) => {
    const founded = perYear.get(year) ?? 0
    cumulative += founded
    return { year, founded, cumulative }
  })
}

export interface DistrictPlatforms {
  platforms: number
  postdocs: number
}

/** Platforms and their postdocs by district. The caller passes filters without `district`. */
export function platformsByDistrict(
  items: readonly Platform[],
  f: Filters,
  lastYear: number,
): Map<string, DistrictPlatforms> {
  const years = effectiveYears(f, lastYear)
  const out = new Map<string, DistrictPlatforms>()
  for (const p of items) {
    if (!matchesPlatform(p, f, years)) continue
    let acc = out.get(p.district)
    if (!acc) {
      acc = { platforms: 0, postdocs: 0 }
      out.set(p.district, acc)
    }
    acc.platforms += 1
    acc.postdocs += p.postdocs
  }
  return out
}

/** Published figures about research and training platforms that the innovation view cites. */
export const PLATFORM_FACT_IDS: readonly string[] = [
  'postdoc-bases',
  'postdoc-workstations',
  'postdocs',
  'tech-edu-schools',
  'industrial-college-students',
]

export interface CitedFact {
  id: string
  label: string
  value: number
  unit: string
  source: Source | null
}

/** The facts with the given ids, in that order, with their source; labels in the language asked. */
export function citedFacts(meta: Meta | null, ids: readonly string[], lang: 'zh' | 'en'): CitedFact[] {
  if (!meta?.facts) return []
  const byId = new Map<string, Fact>(meta.facts.map((x) => [x.id, x]))
  const sources = new Map<string, Source>(meta.sources.map((s) => [s.id, s]))
  return ids.flatMap((id) => {
    const fact = byId.get(id)
    if (!fact) return []
    const en = lang === 'en'
    return [
      {
        id,
        label: en && fact.labelEn ? fact.labelEn : fact.label,
        value: fact.value,
        unit: en && fact.unitEn ? fact.unitEn : fact.unit,
        source: sources.get(fact.sourceId) ?? null,
      },
    ]
  })
}
