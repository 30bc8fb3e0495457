/**
 * The same aggregates as the engine, the crossfilter2 way: one crossfilter per dataset
 * (two for talent: stock is taken at the range's last year, inflow over the range, so
 * their year filters differ), a dimension per filter key, a group per group-by. Groups
 * ignore their own dimension's filter, as crossfilter always does.
 */
import crossfilter from 'crossfilter2'
import { effectiveYears, type Filters } from '../src/domain/filters'
import type { Enterprise, Meta, Platform, TalentCell } from '../src/domain/types'

type Dim<T> = crossfilter.Dimension<T, crossfilter.NaturallyOrderedValue>
type Group<T, V> = crossfilter.Group<T, crossfilter.NaturallyOrderedValue, V>
type Totals = { count: number; a: number; b: number }

/** Output in the engine's shape (Maps by key) so the two can be compared. */
export interface CfResult {
  kpis: Record<string, number>
  groups: Record<string, Map<unknown, number>>
}

const NONE = ''
const GROUP_NAMES: Record<string, string> = {
  district: 'byDistrict',
  chain: 'byChain',
  talentType: 'byTalentType',
  education: 'byEducation',
  year: 'byYear',
  ageBand: 'byAgeBand',
}
const sumReduce = <T>(a: (r: T) => number, b: (r: T) => number) =>
  [
    (p: Totals, r: T) => ((p.count += 1), (p.a += a(r)), (p.b += b(r)), p),
    (p: Totals, r: T) => ((p.count -= 1), (p.a -= a(r)), (p.b -= b(r)), p),
    (): Totals => ({ count: 0, a: 0, b: 0 }),
  ] as const

function setDistrict<T>(dim: Dim<T>, ds: readonly string[]): void {
  if (ds.length === 0) dim.filterAll()
  else if (ds.length === 1) dim.filterExact(ds[0] as string)
  else {
    const keep = new Set(ds)
    dim.filterFunction((v) => keep.has(v as string))
  }
}

const setExact = <T>(dim: Dim<T>, v: string | null) => (v === null ? dim.filterAll() : dim.filterExact(v))
const setUpTo = <T>(dim: Dim<T>, to: number) => dim.filterRange([-1e9, to + 1])

function talentSide(cells: TalentCell[], value: (c: TalentCell) => number, youngIds: Set<string>) {
  const cf = crossfilter(cells)
  const dims = {
    district: cf.dimension((c) => c.district),
    chain: cf.dimension((c) => c.chain ?? NONE),
    talentType: cf.dimension((c) => c.talentType),
    education: cf.dimension((c) => c.education),
    year: cf.dimension((c) => c.year),
    ageBand: cf.dimension((c) => c.ageBand),
  }
  const groups = Object.fromEntries(
    Object.entries(dims).map(([k, d]) => [k, d.group<crossfilter.NaturallyOrderedValue, number>().reduceSum(value)]),
  ) as Record<keyof typeof dims, Group<TalentCell, number>>
  const young = dims.district
    .group<crossfilter.NaturallyOrderedValue, number>()
    .reduceSum((c) => (youngIds.has(c.ageBand) ? value(c) : 0))
  const total = cf.groupAll<number>().reduceSum(value)
  return { dims, groups, young, total }
}

/** Builds every crossfilter, dimension and group; `apply` then sets the filters that changed and reads every group. */
export function createCrossfilter(meta: Meta, cells: TalentCell[], firms: Enterprise[], platforms: Platform[]) {
  const youngIds = new Set(meta.ageBands.filter((b) => b.young).map((b) => b.id))
  const stock = talentSide(cells, (c) => c.stock, youngIds)
  const inflow = talentSide(cells, (c) => c.inflow, youngIds)

  const ef = crossfilter(firms)
  const e = {
    district: ef.dimension((x) => x.district),
    chain: ef.dimension((x) => x.chain),
    segment: ef.dimension((x) => x.segment),
    types: ef.dimension((x) => x.types, true),
    founded: ef.dimension((x) => x.founded),
  }
  const firmReduce = sumReduce<Enterprise>(
    (x) => x.outputValue,
    (x) => x.talent.total,
  )
  const eg = {
    district: e.district.group<crossfilter.NaturallyOrderedValue, Totals>().reduce(...firmReduce),
    chain: e.chain.group<crossfilter.NaturallyOrderedValue, Totals>().reduce(...firmReduce),
    segment: e.segment.group<crossfilter.NaturallyOrderedValue, Totals>().reduce(...firmReduce),
    types: e.types.group<crossfilter.NaturallyOrderedValue, number>().reduceCount(),
    founded: e.founded.group<crossfilter.NaturallyOrderedValue, number>().reduceCount(),
  }
  const eTotal = ef.groupAll<Totals>().reduce(...firmReduce)

  const pf = crossfilter(platforms)
  const p = {
    district: pf.dimension((x) => x.district),
    chain: pf.dimension((x) => x.chain ?? NONE),
    kind: pf.dimension((x) => x.kind),
    founded: pf.dimension((x) => x.founded),
  }
  const platformReduce = sumReduce<Platform>(
    (x) => x.postdocs,
    () => 0,
  )
  type KindLevel = Record<string, number>
  const pg = {
    district: p.district.group<crossfilter.NaturallyOrderedValue, Totals>().reduce(...platformReduce),
    chain: p.chain.group<crossfilter.NaturallyOrderedValue, Totals>().reduce(...platformReduce),
    kind: p.kind.group<crossfilter.NaturallyOrderedValue, KindLevel>().reduce(
      (acc, x) => ((acc[x.level] = (acc[x.level] ?? 0) + 1), acc),
      (acc, x) => ((acc[x.level] = (acc[x.level] ?? 0) - 1), acc),
      () => ({}),
    ),
    founded: p.founded.group<crossfilter.NaturallyOrderedValue, number>().reduceCount(),
  }
  const pTotal = pf.groupAll<Totals>().reduce(...platformReduce)

  let prev: Filters | null = null
  let prevTo = NaN
  let prevFrom = NaN

  function setFilters(f: Filters, lastYear: number): void {
    const { from, to } = effectiveYears(f, lastYear)
    const changed = (k: keyof Filters) => !prev || JSON.stringify(prev[k]) !== JSON.stringify(f[k])
    for (const side of [stock, inflow]) {
      if (changed('district')) setDistrict(side.dims.district, f.district)
      if (changed('chain')) setExact(side.dims.chain, f.chain)
      if (changed('talentType')) setExact(side.dims.talentType, f.talentType)
      if (changed('education')) setExact(side.dims.education, f.education)
    }
    if (from !== prevFrom || to !== prevTo) {
      if (from > to) stock.dims.year.filterFunction(() => false)
      else stock.dims.year.filterExact(to)
      inflow.dims.year.filterRange([from, to + 1])
      setUpTo(e.founded, to)
      setUpTo(p.founded, to)
    }
    if (changed('district')) setDistrict(e.district, f.district)
    if (changed('chain')) setExact(e.chain, f.chain)
    if (changed('segment')) setExact(e.segment, f.segment)
    if (changed('entType')) setExact(e.types, f.entType)
    if (changed('district')) setDistrict(p.district, f.district)
    if (changed('chain')) setExact(p.chain, f.chain)
    if (changed('platformKind')) setExact(p.kind, f.platformKind)
    prev = f
    prevFrom = from
    prevTo = to
  }

  const toMap = <V>(g: Group<unknown, V>, pick: (v: V) => number) => new Map(g.all().map((x) => [x.key, pick(x.value)]))

  function talentGroups(): Record<string, Map<unknown, number>> {
    const out: Record<string, Map<unknown, number>> = {}
    for (const [side, name] of [
      [stock, 'stock'],
      [inflow, 'inflow'],
    ] as const) {
      for (const [k, g] of Object.entries(side.groups)) out[`talent.${GROUP_NAMES[k]}.${name}`] = toMap(g, (v) => v)
    }
    return out
  }

  /** Sets the filters, then reads every aggregate: what a filter change costs with crossfilter. */
  function apply(f: Filters, lastYear: number): CfResult {
    setFilters(f, lastYear)
    const count = (v: Totals) => v.count
    const kindLevel = new Map<unknown, number>()
    for (const { key, value } of pg.kind.all())
      for (const [level, n] of Object.entries(value)) kindLevel.set(`${String(key)}/${level}`, n)
    const eT = eTotal.value()
    const pT = pTotal.value()
    return {
      kpis: {
        'talent-stock': stock.total.value(),
        'talent-inflow': inflow.total.value(),
        'enterprise-count': eT.count,
        'platform-count': pT.count,
        'postdoc-count': pT.a,
      },
      groups: {
        ...talentGroups(),
        'talent.byDistrict.young': toMap(stock.young, (v) => v),
        'enterprises.byDistrict.count': toMap(eg.district, count),
        'enterprises.bySegment.count': toMap(eg.segment, count),
        'enterprises.bySegment.outputValue': toMap(eg.segment, (v) => v.a),
        'enterprises.byChain.talent': toMap(eg.chain, (v) => v.b),
        'enterprises.byType': toMap(eg.types, (v) => v),
        'enterprises.byFounded': toMap(eg.founded, (v) => v),
        'platforms.byKindLevel': kindLevel,
        'platforms.byDistrict.postdocs': toMap(pg.district, (v) => v.a),
        'platforms.byChain.count': toMap(pg.chain, count),
        'platforms.byFounded': toMap(pg.founded, (v) => v),
      },
    }
  }

  return { apply }
}
