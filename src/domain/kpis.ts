import { effectiveYears, matchesEnterprise, matchesPlatform, matchesTalentCell, type Filters } from './filters'
import type { Enterprise, Platform, TalentCell } from './types'

export type KpiId = 'talent-stock' | 'talent-inflow' | 'enterprise-count' | 'platform-count' | 'postdoc-count'

export const KPI_IDS: readonly KpiId[] = [
  'talent-stock',
  'talent-inflow',
  'enterprise-count',
  'platform-count',
  'postdoc-count',
]

/** Talent stock at the range's last year and inflow summed over the range (SPEC §4). */
export function talentTotals(cells: readonly TalentCell[], f: Filters, lastYear: number) {
  const years = effectiveYears(f, lastYear)
  let stock = 0
  let inflow = 0
  for (const c of cells) {
    if (c.year < years.from || c.year > years.to || !matchesTalentCell(c, f)) continue
    inflow += c.inflow
    if (c.year === years.to) stock += c.stock
  }
  return { stock, inflow }
}

export function filterEnterprises(items: readonly Enterprise[], f: Filters, lastYear: number): Enterprise[] {
  const years = effectiveYears(f, lastYear)
  return items.filter((e) => matchesEnterprise(e, f, years))
}

export function filterPlatforms(items: readonly Platform[], f: Filters, lastYear: number): Platform[] {
  const years = effectiveYears(f, lastYear)
  return items.filter((p) => matchesPlatform(p, f, years))
}

export function sumPostdocs(platforms: readonly Platform[]): number {
  let n = 0
  for (const p of platforms) n += p.postdocs
  return n
}
