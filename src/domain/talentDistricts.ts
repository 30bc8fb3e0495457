import type { District } from './types'

/** What the district choropleth shows. */
export type DistrictMetric = 'stock' | 'inflow' | 'density' | 'youngShare'

export const DISTRICT_METRICS: readonly DistrictMetric[] = ['stock', 'inflow', 'density', 'youngShare']

/** Talent of one district: stock and young stock at the range's last year, inflow over the range. */
export interface DistrictTalent {
  stock: number
  inflow: number
  young: number
}

/**
 * The metric per district. Density is stock per 10,000 residents and is left out where the
 * population is unknown; the young share is young stock ÷ stock (0 where the stock is 0).
 */
export function districtMetricValues(
  stats: ReadonlyMap<string, DistrictTalent>,
  metric: DistrictMetric,
  districts: readonly District[],
): Map<string, number> {
  const out = new Map<string, number>()
  for (const d of districts) {
    const s = stats.get(d.adcode) ?? { stock: 0, inflow: 0, young: 0 }
    if (metric === 'stock') out.set(d.adcode, s.stock)
    else if (metric === 'inflow') out.set(d.adcode, s.inflow)
    else if (metric === 'youngShare') out.set(d.adcode, s.stock > 0 ? s.young / s.stock : 0)
    else if (d.population !== undefined && d.population > 0) out.set(d.adcode, (s.stock / d.population) * 1e4)
  }
  return out
}

/** The colour/height domain of a metric: from 0, except the young share, which starts at its minimum. */
export function metricDomain(values: Iterable<number>, metric: DistrictMetric): { min: number; max: number } {
  let min = Infinity
  let max = 0
  for (const v of values) {
    if (v < min) min = v
    if (v > max) max = v
  }
  if (metric !== 'youngShare' || !Number.isFinite(min) || min >= max) return { min: 0, max }
  return { min, max }
}

/** A metric value as shown in the legend and tooltip. */
export function formatMetric(value: number, metric: DistrictMetric, lang: 'zh' | 'en'): string {
  if (!Number.isFinite(value)) return '—'
  if (metric === 'youngShare') return `${(value * 100).toFixed(1)}%`
  if (metric === 'density') return value.toFixed(1)
  return Math.round(value).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')
}
