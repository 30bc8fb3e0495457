/** The reference: each aggregate of the engine, one record at a time, on the domain predicates. */
import { talentBy } from '../../../src/domain/aggregate'
import {
  effectiveYears,
  matchesEnterprise,
  matchesPlatform,
  matchesTalentCell,
  without,
  type Filters,
} from '../../../src/domain/filters'
import { filterEnterprises, filterPlatforms, sumPostdocs, talentTotals } from '../../../src/domain/kpis'
import type { Enterprise, Meta, Platform, TalentCell } from '../../../src/domain/types'

const ALL_YEARS = { from: -Infinity, to: Infinity }

function countBy<T, K>(rows: readonly T[], key: (r: T) => K[] | K, weight: (r: T) => number = () => 1): Map<K, number> {
  const out = new Map<K, number>()
  for (const r of rows) {
    const ks = key(r)
    for (const k of Array.isArray(ks) ? ks : [ks]) out.set(k, (out.get(k) ?? 0) + weight(r))
  }
  return out
}

export function naiveTalent(cells: readonly TalentCell[], f: Filters, lastYear: number, meta: Meta | null) {
  const young = new Set(meta?.ageBands.filter((b) => b.young).map((b) => b.id))
  const fd = without(f, 'district')
  const yd = effectiveYears(fd, lastYear)
  const youngStock = countBy(
    cells.filter((c) => c.year === yd.to && c.year >= yd.from && young.has(c.ageBand) && matchesTalentCell(c, fd)),
    (c) => c.district,
    (c) => c.stock,
  )
  const years = [...new Set(cells.map((c) => c.year))]
  return {
    ...talentTotals(cells, f, lastYear),
    byDistrict: talentBy(cells, 'district', fd, lastYear),
    youngByDistrict: youngStock,
    byChain: talentBy(cells, 'chain', without(f, 'chain'), lastYear),
    byTalentType: talentBy(cells, 'talentType', without(f, 'talentType'), lastYear),
    byEducation: talentBy(cells, 'education', without(f, 'education'), lastYear),
    byAgeBand: talentBy(cells, 'ageBand', f, lastYear),
    byYear: new Map(years.map((y) => [y, talentTotals(cells, { ...f, year: { from: y, to: y } }, lastYear)])),
  }
}

function firmStats(firms: readonly Enterprise[], key: (e: Enterprise) => string) {
  return {
    count: countBy(firms, key),
    outputValue: countBy(firms, key, (e) => e.outputValue),
    talent: countBy(firms, key, (e) => e.talent.total),
  }
}

export function naiveEnterprises(items: readonly Enterprise[], f: Filters, lastYear: number) {
  const all = filterEnterprises(items, f, lastYear)
  return {
    count: all.length,
    outputValue: all.reduce((n, e) => n + e.outputValue, 0),
    talent: all.reduce((n, e) => n + e.talent.total, 0),
    byDistrict: firmStats(filterEnterprises(items, without(f, 'district'), lastYear), (e) => e.district),
    byChain: firmStats(filterEnterprises(items, without(f, 'chain'), lastYear), (e) => e.chain),
    bySegment: firmStats(filterEnterprises(items, without(f, 'segment'), lastYear), (e) => e.segment),
    byType: countBy(filterEnterprises(items, without(f, 'entType'), lastYear), (e) => e.types),
    byFounded: countBy(
      items.filter((e) => matchesEnterprise(e, f, ALL_YEARS)),
      (e) => e.founded,
    ),
  }
}

export function naivePlatforms(items: readonly Platform[], f: Filters, lastYear: number) {
  const all = filterPlatforms(items, f, lastYear)
  const noKind = filterPlatforms(items, without(f, 'platformKind'), lastYear)
  const noDistrict = filterPlatforms(items, without(f, 'district'), lastYear)
  const noChain = filterPlatforms(items, without(f, 'chain'), lastYear)
  return {
    count: all.length,
    postdocs: sumPostdocs(all),
    byKindLevel: countBy(noKind, (p) => `${p.kind}/${p.level}`),
    byKind: {
      count: countBy(noKind, (p) => p.kind),
      postdocs: countBy(
        noKind,
        (p) => p.kind,
        (p) => p.postdocs,
      ),
    },
    byDistrict: {
      count: countBy(noDistrict, (p) => p.district),
      postdocs: countBy(
        noDistrict,
        (p) => p.district,
        (p) => p.postdocs,
      ),
    },
    byChain: {
      count: countBy(noChain, (p) => p.chain),
      postdocs: countBy(
        noChain,
        (p) => p.chain,
        (p) => p.postdocs,
      ),
    },
    byFounded: countBy(
      items.filter((p) => matchesPlatform(p, f, ALL_YEARS)),
      (p) => p.founded,
    ),
  }
}
