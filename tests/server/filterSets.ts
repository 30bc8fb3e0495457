import { checkDatasets } from '../../server/db/sources'
import { generate } from '../../mock/generate'
import type { Datasets, Meta } from '../../src/domain/types'

/** The scale-1 sample data as the database holds it (checked as the browser checks it). */
export function sampleData(): Datasets {
  return checkDatasets(generate({ scale: 1 }), {})
}

/** A small seeded generator (mulberry32), so the random filter sets are the same every run. */
function rng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** URL queries in the SPA's syntax (SPEC §3): hand-picked edge cases, then seeded random combinations. */
export function filterSets(meta: Meta, random = 20): string[] {
  const lithium = meta.chains.find((c) => c.id === 'lithium')
  const chemical = meta.chains.find((c) => c.id === 'chemical')
  const [d1, d2, d3] = meta.districts.map((d) => d.adcode)
  const years = [...meta.years].sort((a, b) => a - b)
  const first = years[0]
  const last = years.at(-1)
  const fixed = [
    '',
    `district=${d1}`,
    `district=${d2},${d3}`,
    'chain=lithium',
    `chain=lithium&segment=${lithium?.segments[0]?.id}`,
    `segment=${chemical?.segments[1]?.id}`,
    `year=${first}-${last}`,
    `year=${years[1]}`,
    // The first year: firms and platforms founded before it pass, those after it do not (the lean cubes bucket them).
    `year=${first}`,
    `year=${first}&entType=high-tech`,
    `year=${last}-${years[2]}`,
    'talentType=professional',
    'education=doctor',
    'entType=specialized',
    'entType=champion&chain=equipment',
    'platformKind=postdoc-base',
    `platformKind=key-lab&district=${d1}`,
    `district=${d1}&chain=lithium&year=${years[2]}-${last}&talentType=high-skilled&education=bachelor&entType=high-tech&platformKind=postdoc-workstation`,
    // The name search narrows the firms and platforms (the server reads their named rows, not the roll-ups).
    'q=电池',
    'q=科技',
    `q=${encodeURIComponent('滕州市 科技')}`,
    `chain=lithium&q=锂能&year=${years[1]}-${last}`,
    `q=博士后&platformKind=postdoc-workstation&district=${d1}`,
    'q=nothing-has-this-name',
  ]
  const next = rng(42)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T
  const out: string[] = []
  for (let i = 0; i < random; i++) {
    const p = new URLSearchParams()
    if (next() < 0.4)
      p.set('district', [...new Set([pick(meta.districts).adcode, pick(meta.districts).adcode])].join(','))
    const chain = next() < 0.5 ? pick(meta.chains) : null
    if (chain) p.set('chain', chain.id)
    if (next() < 0.3) p.set('segment', pick(chain ? chain.segments : meta.chains.flatMap((c) => c.segments)).id)
    if (next() < 0.5) {
      const a = pick(years)
      const b = pick(years)
      p.set('year', a === b ? String(a) : `${a}-${b}`)
    }
    if (next() < 0.3) p.set('talentType', pick(meta.talentTypes).id)
    if (next() < 0.3) p.set('education', pick(meta.educations).id)
    if (next() < 0.3) p.set('entType', pick(meta.enterpriseTypes).id)
    if (next() < 0.3) p.set('platformKind', pick(meta.platformKinds).id)
    out.push(p.toString())
  }
  return [...fixed, ...out]
}
