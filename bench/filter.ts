/**
 * Filter budget (SPEC §10): a fixed sequence of filter changes on the scale-50 data, each
 * recomputing every aggregate, with the engine and with crossfilter2 in the same process.
 */
import {
  enterpriseCube,
  platformCube,
  talentCube,
  type EnterpriseAggregates,
  type PlatformAggregates,
  type TalentAggregates,
} from '../src/domain/engine'
import { emptyFilters, type Filters } from '../src/domain/filters'
import type { KpiId } from '../src/domain/kpis'
import type { Datasets } from '../src/domain/types'
import { createCrossfilter, type CfResult } from './crossfilter'

interface EngineResult {
  kpis: Record<KpiId, number>
  talent: TalentAggregates
  enterprises: EnterpriseAggregates
  platforms: PlatformAggregates
}

/** The three cubes, queried together as the selection store does. */
function buildEngine(data: Datasets, rollup: boolean) {
  const opts = { meta: data.meta, rollup }
  const talent = talentCube.fromRows(data.talent.cells, opts)
  const enterprises = enterpriseCube.fromRows(data.enterprises.items, opts)
  const platforms = platformCube.fromRows(data.platforms.items, opts)
  return {
    talent,
    enterprises,
    platforms,
    query(f: Filters, lastYear: number): EngineResult {
      const t = talent.query(f, lastYear)
      const e = enterprises.query(f, lastYear)
      const p = platforms.query(f, lastYear)
      const kpis = {
        'talent-stock': t.stock,
        'talent-inflow': t.inflow,
        'enterprise-count': e.count,
        'platform-count': p.count,
        'postdoc-count': p.postdocs,
      }
      return { kpis, talent: t, enterprises: e, platforms: p }
    },
  }
}

const f = (p: Partial<Filters>): Filters => ({ ...emptyFilters(), ...p })
const Y = (from: number, to: number) => ({ from, to })

/** Each step is the whole filter state after one user action; the sequence ends where it starts. */
export const STEPS: { name: string; filters: Filters }[] = [
  { name: 'district 市中区', filters: f({ district: ['370402'] }) },
  { name: '+ district 滕州市', filters: f({ district: ['370402', '370481'] }) },
  { name: '+ chain lithium', filters: f({ district: ['370402', '370481'], chain: 'lithium' }) },
  {
    name: '+ segment cathode',
    filters: f({ district: ['370402', '370481'], chain: 'lithium', segment: 'lithium-cathode' }),
  },
  {
    name: '+ year 2020–2024',
    filters: f({ district: ['370402', '370481'], chain: 'lithium', segment: 'lithium-cathode', year: Y(2020, 2024) }),
  },
  { name: '− districts', filters: f({ chain: 'lithium', segment: 'lithium-cathode', year: Y(2020, 2024) }) },
  {
    name: 'talent type + education',
    filters: f({ chain: 'lithium', year: Y(2020, 2024), talentType: 'professional', education: 'bachelor' }),
  },
  {
    name: 'entType + platformKind',
    filters: f({ chain: 'lithium', year: Y(2020, 2024), entType: 'specialized', platformKind: 'postdoc-workstation' }),
  },
  { name: 'year 2022 only', filters: f({ chain: 'lithium', year: Y(2022, 2022), entType: 'specialized' }) },
  { name: 'chain chemical', filters: f({ chain: 'chemical', year: Y(2022, 2022) }) },
  {
    name: 'combined: 山亭区, it, 2019–2021',
    filters: f({
      district: ['370406'],
      chain: 'it',
      year: Y(2019, 2021),
      talentType: 'high-skilled',
      entType: 'high-tech',
    }),
  },
  { name: 'reset', filters: emptyFilters() },
]

export interface StepTiming {
  step: string
  engineMs: number
  crossfilterMs: number
  rowEngineMs: number | null
  /** The engine plus the filtered firm and platform lists (map points): the stores' whole work per change. */
  withListsMs: number
  /** Aggregates on which engine and crossfilter disagree (0 = same numbers). */
  mismatches: number
}

export interface FilterResult {
  scale: number
  records: number
  cells: number
  medianMs: number
  crossfilterMedianMs: number
  /** The engine with one cell per row (no roll-up): the raw columnar speed. */
  rowEngineMedianMs: number | null
  /** Median of the engine plus the firm and platform lists the maps show. */
  withListsMedianMs: number
  kpisMatch: boolean
  buildMs: { engine: number; rowEngine: number; crossfilter: number }
  rounds: { engine: number; crossfilter: number; rowEngine: number }
  steps: StepTiming[]
  firstMismatches: string[]
}

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

const time = <T>(fn: () => T): [T, number] => {
  const t0 = performance.now()
  const out = fn()
  return [out, performance.now() - t0]
}

/** The engine result in crossfilter's keys: `talent.byDistrict.stock` → Map. */
function flatten(r: EngineResult): Record<string, Map<unknown, number>> {
  const out: Record<string, Map<unknown, number>> = {}
  const key = (k: unknown) => k ?? ''
  for (const [ds, agg] of Object.entries({ talent: r.talent, enterprises: r.enterprises, platforms: r.platforms })) {
    for (const [name, map] of Object.entries(agg ?? {})) {
      if (!(map instanceof Map)) continue
      for (const [k, v] of map as Map<unknown, unknown>) {
        if (typeof v === 'number') (out[`${ds}.${name}`] ??= new Map()).set(key(k), v)
        else if (v instanceof Map)
          for (const [l, n] of v) (out[`${ds}.${name}`] ??= new Map()).set(`${String(k)}/${String(l)}`, n)
        else for (const [m, n] of Object.entries(v as object)) (out[`${ds}.${name}.${m}`] ??= new Map()).set(key(k), n)
      }
    }
  }
  return out
}

function compare(e: EngineResult, c: CfResult): string[] {
  const out: string[] = []
  for (const [k, v] of Object.entries(c.kpis))
    if (e.kpis[k as keyof typeof e.kpis] !== v) out.push(`kpi ${k}: ${e.kpis[k as keyof typeof e.kpis]} vs ${v}`)
  const flat = flatten(e)
  for (const [name, cf] of Object.entries(c.groups)) {
    const en = flat[name]
    if (!en) {
      out.push(`${name}: missing in the engine`)
      continue
    }
    for (const k of new Set([...cf.keys(), ...en.keys()])) {
      const a = en.get(k) ?? 0
      const b = cf.get(k) ?? 0
      if (Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(b))) out.push(`${name}[${String(k)}]: ${a} vs ${b}`)
    }
  }
  return out
}

export interface FilterOptions {
  scale: number
  /** Engine rounds: untimed, then timed. */
  warmup: number
  rounds: number
  /** crossfilter2 rounds (slow at scale 50): untimed, then timed; each is checked against the engine. */
  cfWarmup: number
  cfRounds: number
  /** Rounds for the row-level engine (slow); 0 skips it. */
  rowRounds: number
  log: (msg: string) => void
}

export function benchFilter(data: Datasets, lastYear: number, o: FilterOptions): FilterResult {
  const [engine, engineMs] = time(() => buildEngine(data, true))
  o.log(`engine built in ${engineMs.toFixed(0)} ms`)
  const [rowEngine, rowMs] = o.rowRounds ? time(() => buildEngine(data, false)) : [null, 0]
  const [cf, cfMs] = time(() =>
    createCrossfilter(data.meta, data.talent.cells, data.enterprises.items, data.platforms.items),
  )
  o.log(`crossfilter built in ${cfMs.toFixed(0)} ms`)
  const samples = STEPS.map(() => ({
    engine: [] as number[],
    cf: [] as number[],
    row: [] as number[],
    lists: [] as number[],
  }))
  const mismatches = STEPS.map(() => new Set<string>())
  let kpisMatch = true
  const cfEnd = o.cfWarmup + o.cfRounds
  const total = Math.max(o.warmup + o.rounds, cfEnd, o.rowRounds + 1)
  for (let round = 0; round < total; round++) {
    const engineTimed = round >= o.warmup && round < o.warmup + o.rounds
    const cfRun = round < cfEnd
    STEPS.forEach((step, i) => {
      const s = samples[i] as (typeof samples)[number]
      const [er, et] = time(() => engine.query(step.filters, lastYear))
      if (engineTimed) {
        s.engine.push(et)
        const [, lt] = time(() => {
          engine.enterprises.matching(step.filters, lastYear)
          engine.platforms.matching(step.filters, lastYear)
        })
        s.lists.push(et + lt)
      }
      if (cfRun) {
        const [cr, ct] = time(() => cf.apply(step.filters, lastYear))
        if (round >= o.cfWarmup) s.cf.push(ct)
        const diff = compare(er, cr)
        diff.forEach((d) => mismatches[i]?.add(d))
        if (diff.some((d) => d.startsWith('kpi'))) kpisMatch = false
      }
      if (rowEngine && round <= o.rowRounds) {
        const [, rt] = time(() => rowEngine.query(step.filters, lastYear))
        if (round > 0) s.row.push(rt)
      }
    })
    o.log(`round ${round + 1}/${total}${cfRun ? ' with crossfilter2' : ''}`)
  }
  const all = (k: 'engine' | 'cf' | 'row' | 'lists') => samples.flatMap((s) => s[k])
  return {
    scale: o.scale,
    records: data.talent.cells.length + data.enterprises.items.length + data.platforms.items.length,
    cells: engine.talent.cellCount + engine.enterprises.cellCount + engine.platforms.cellCount,
    medianMs: median(all('engine')),
    crossfilterMedianMs: median(all('cf')),
    rowEngineMedianMs: rowEngine ? median(all('row')) : null,
    withListsMedianMs: median(all('lists')),
    kpisMatch,
    buildMs: { engine: engineMs, rowEngine: rowMs, crossfilter: cfMs },
    rounds: { engine: o.rounds, crossfilter: o.cfRounds, rowEngine: rowEngine ? o.rowRounds : 0 },
    steps: STEPS.map((step, i) => ({
      step: step.name,
      engineMs: median(samples[i]?.engine ?? []),
      crossfilterMs: median(samples[i]?.cf ?? []),
      rowEngineMs: rowEngine ? median(samples[i]?.row ?? []) : null,
      withListsMs: median(samples[i]?.lists ?? []),
      mismatches: mismatches[i]?.size ?? 0,
    })),
    firstMismatches: mismatches.flatMap((m) => [...m]).slice(0, 10),
  }
}
