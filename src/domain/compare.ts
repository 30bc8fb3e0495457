import { chainModelFromStats, type LinkFlag } from './chainModel'
import type { EnterpriseAggregates, PlatformAggregates, TalentAggregates } from './engine'
import type { KpiId } from './kpis'
import type { Chain, Named } from './types'

/** What the engine answers for one compared district (its filters with `district` = that one). */
export interface DistrictAggregates {
  talent: TalentAggregates | null
  firms: EnterpriseAggregates | null
  platforms: PlatformAggregates | null
}

/** One line of the comparison: a figure per district, with a link flag where it is a chain segment. */
export interface ComparisonLine {
  id: string
  label: string
  values: (number | null)[]
  flags?: LinkFlag[]
}

export interface ComparisonSection {
  id: 'kpis' | 'structure' | 'education' | 'talentType' | 'chain'
  lines: ComparisonLine[]
}

/** The words the comparison needs, in the display language. */
export interface ComparisonLabels {
  kpi: (id: KpiId) => string
  youngShare: string
  missing: string
  weak: string
  name: (list: readonly Named[], id: string) => string
  segment: (id: string) => string
}

const KPIS: readonly KpiId[] = ['talent-stock', 'talent-inflow', 'enterprise-count', 'platform-count', 'postdoc-count']

function kpi(a: DistrictAggregates, id: KpiId): number | null {
  if (id === 'talent-stock') return a.talent?.stock ?? null
  if (id === 'talent-inflow') return a.talent?.inflow ?? null
  if (id === 'enterprise-count') return a.firms?.count ?? null
  if (id === 'platform-count') return a.platforms?.count ?? null
  return a.platforms?.postdocs ?? null
}

/** Share of the stock in the young age bands (0–1), from the district's own row. */
function youngShare(adcode: string, a: DistrictAggregates): number | null {
  const row = a.talent?.byDistrict.get(adcode)
  if (!row) return a.talent ? 0 : null
  return row.stock > 0 ? row.young / row.stock : 0
}

/**
 * Districts side by side (SPEC §1: analysts compare districts): the five KPIs, the talent
 * structure (young share, stock by education and by talent type) and the coverage of `chain`
 * — firms per segment with each district's own 缺链 / 弱链 flags and their counts.
 */
export function compareDistricts(
  adcodes: readonly string[],
  aggs: readonly DistrictAggregates[],
  meta: { educations: readonly Named[]; talentTypes: readonly Named[] },
  chain: Chain | null,
  labels: ComparisonLabels,
): ComparisonSection[] {
  const each = <T>(fn: (a: DistrictAggregates, adcode: string) => T) =>
    adcodes.map((d, i) => fn(aggs[i] ?? { talent: null, firms: null, platforms: null }, d))
  const stockBy = (key: 'byEducation' | 'byTalentType', list: readonly Named[]): ComparisonLine[] =>
    list.map((x) => ({
      id: x.id,
      label: labels.name(list, x.id),
      values: each((a) => (a.talent ? (a.talent[key].get(x.id)?.stock ?? 0) : null)),
    }))
  const sections: ComparisonSection[] = [
    { id: 'kpis', lines: KPIS.map((id) => ({ id, label: labels.kpi(id), values: each((a) => kpi(a, id)) })) },
    {
      id: 'structure',
      lines: [{ id: 'young-share', label: labels.youngShare, values: each((a, d) => youngShare(d, a)) }],
    },
    { id: 'education', lines: stockBy('byEducation', meta.educations) },
    { id: 'talentType', lines: stockBy('byTalentType', meta.talentTypes) },
  ]
  if (chain)
    sections.push({
      id: 'chain',
      lines: chainLines(
        chain,
        each((a) => a.firms),
        labels,
      ),
    })
  return sections
}

function chainLines(
  chain: Chain,
  firms: readonly (EnterpriseAggregates | null)[],
  labels: ComparisonLabels,
): ComparisonLine[] {
  const models = firms.map((f) => (f ? chainModelFromStats(chain, f.bySegment, null) : null))
  const boxes = models.map((m) => new Map(m?.stages.flatMap((s) => s.boxes).map((b) => [b.segment.id, b]) ?? []))
  const lines: ComparisonLine[] = chain.segments.map((s) => ({
    id: s.id,
    label: labels.segment(s.id),
    values: boxes.map((b, i) => (models[i] ? (b.get(s.id)?.firms ?? 0) : null)),
    flags: boxes.map((b) => b.get(s.id)?.flag ?? null),
  }))
  const count = (flag: LinkFlag) =>
    boxes.map((b, i) => (models[i] ? [...b.values()].filter((x) => x.flag === flag).length : null))
  lines.push({ id: 'missing', label: labels.missing, values: count('missing') })
  lines.push({ id: 'weak', label: labels.weak, values: count('weak') })
  return lines
}
