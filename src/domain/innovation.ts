import type { Fact, Meta, Source } from './types'

export interface GrowthPoint {
  year: number
  /** Platforms founded in that year. */
  founded: number
  /** Platforms founded in or before that year. */
  cumulative: number
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
