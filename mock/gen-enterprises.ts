/**
 * Enterprises: ~4,000 firms per unit of scale over the five chains. The
 * lithium chain carries the published figures: 116 firms, 45 of which took
 * in 354 young graduates in 2024 (all × scale).
 */
import type { Enterprise } from '../src/domain/types.ts'
import { CHAINS, DISTRICTS } from './catalog.ts'
import type { PointSampler } from './geo.ts'
import type { Namer } from './names.ts'
import { splitInt, type Rng } from './random.ts'

export const LITHIUM_FIRMS = 116
export const LITHIUM_INTRO_FIRMS = 45
export const LITHIUM_INTRODUCED = 354

/** Firms per chain at scale 1 (lithium is the published count). */
const CHAIN_FIRMS: Record<string, number> = {
  lithium: LITHIUM_FIRMS,
  chemical: 1100,
  equipment: 1300,
  it: 700,
  materials: 800,
}

/**
 * Lithium segments with a fixed firm count per unit of scale: resources (mining
 * and salts) is the missing link 缺链 — Zaozhuang has no lithium ore; BMS and
 * separators are the weak links 弱链.
 */
export const FIXED_SEGMENT_FIRMS: Record<string, number> = {
  'lithium-resources': 0,
  'lithium-bms': 1,
  'lithium-separator': 2,
}
const MIN_SEGMENT_FIRMS = 4

const D = DISTRICTS.map((d) => d.adcode)
/** Where each chain's firms sit (order of DISTRICTS): lithium in 薛城 (高新区) and 滕州, chemicals in 滕州 and 市中. */
export const CHAIN_DISTRICT_WEIGHTS: Record<string, readonly number[]> = {
  lithium: [0.08, 0.42, 0.06, 0.05, 0.04, 0.35],
  chemical: [0.2, 0.1, 0.1, 0.12, 0.06, 0.42],
  equipment: [0.16, 0.17, 0.09, 0.08, 0.1, 0.4],
  it: [0.3, 0.32, 0.06, 0.05, 0.05, 0.22],
  materials: [0.14, 0.1, 0.22, 0.14, 0.12, 0.28],
}

interface ChainProfile {
  employees: number // median head count
  productivity: number // median output per employee, 亿元
  talentShare: number // share of staff counted as talent
  highTech: number // chance of 高新技术企业
}
const PROFILES: Record<string, ChainProfile> = {
  lithium: { employees: 90, productivity: 0.015, talentShare: 0.3, highTech: 0.4 },
  chemical: { employees: 60, productivity: 0.012, talentShare: 0.25, highTech: 0.18 },
  equipment: { employees: 45, productivity: 0.006, talentShare: 0.2, highTech: 0.2 },
  it: { employees: 25, productivity: 0.004, talentShare: 0.55, highTech: 0.35 },
  materials: { employees: 40, productivity: 0.007, talentShare: 0.22, highTech: 0.18 },
}

const STAGE_WEIGHT = { upstream: 0.9, midstream: 1.2, downstream: 1 } as const

/** Firm counts per segment of one chain, summing to the chain's count exactly. */
function segmentCounts(rng: Rng, chainId: string, scale: number): Map<string, number> {
  const chain = CHAINS.find((c) => c.id === chainId)
  if (!chain) throw new Error(`unknown chain ${chainId}`)
  const counts = new Map<string, number>()
  const free = chain.segments.filter((s) => FIXED_SEGMENT_FIRMS[s.id] === undefined)
  let left = (CHAIN_FIRMS[chainId] ?? 0) * scale
  for (const s of chain.segments) {
    const fixed = FIXED_SEGMENT_FIRMS[s.id]
    if (fixed !== undefined) {
      counts.set(s.id, fixed * scale)
      left -= fixed * scale
    }
  }
  left -= free.length * MIN_SEGMENT_FIRMS * scale
  const extra = splitInt(
    left,
    free.map((s) => STAGE_WEIGHT[s.stage] * rng.float(0.6, 1.6)),
  )
  free.forEach((s, i) => counts.set(s.id, MIN_SEGMENT_FIRMS * scale + (extra[i] ?? 0)))
  return counts
}

const round2 = (x: number): number => Math.round(x * 100) / 100

function firmTypes(rng: Rng, p: ChainProfile, employees: number, output: number, founded: number): string[] {
  const types: string[] = []
  const aboveScale = output >= 0.2 // 规上: annual revenue ≥ 2000万元
  const specialized = employees >= 20 && employees <= 2000 && founded <= 2021 && rng.chance(0.2)
  if (specialized) types.push('specialized')
  if (specialized && aboveScale && employees >= 300 && rng.chance(0.5)) types.push('champion')
  if (rng.chance(p.highTech * (employees >= 50 ? 1.25 : 0.7))) types.push('high-tech')
  if (aboveScale) types.push('above-scale')
  return types
}

function firmTalent(rng: Rng, p: ChainProfile, employees: number): Enterprise['talent'] {
  const total = Math.min(employees, Math.round(employees * Math.min(0.95, p.talentShare * rng.noise(0.3))))
  const doctor = employees >= 200 && rng.chance(0.35) ? rng.int(1, 1 + Math.floor(employees / 500)) : 0
  const master = Math.round(total * rng.float(0.02, 0.1))
  const bachelor = Math.max(0, Math.min(total - doctor - master, Math.round(total * rng.float(0.25, 0.55))))
  const introduced = rng.chance(0.3) ? Math.min(total, rng.roundStochastic(total * rng.float(0.01, 0.08))) : 0
  return { total: Math.max(total, doctor + master + bachelor), doctor, master, bachelor, introduced }
}

function makeFirm(rng: Rng, ctx: FirmContext, chain: string, segment: string): Enterprise {
  const p = PROFILES[chain] as ChainProfile
  const district = rng.weighted(D, CHAIN_DISTRICT_WEIGHTS[chain] ?? [])
  const [lon, lat] = ctx.geo.sample(rng, district, chain)
  const employees = Math.max(5, Math.min(12000, Math.round(p.employees * rng.noise(1))))
  const outputValue = Math.max(0.01, round2(employees * p.productivity * rng.noise(0.5)))
  const spread = chain === 'lithium' ? 6 : 13
  const founded = Math.max(chain === 'lithium' ? 2006 : 1985, 2024 - Math.floor(Math.abs(rng.normal(0, spread))))
  const id = `E${String(ctx.items.length + 1).padStart(6, '0')}`
  const talent = firmTalent(rng, p, employees)
  const types = firmTypes(rng, p, employees, outputValue, founded)
  const { name } = ctx.namer.firm(rng, district, chain, segment)
  return { id, name, district, lon, lat, chain, segment, types, employees, talent, outputValue, founded }
}

interface FirmContext {
  geo: PointSampler
  namer: Namer
  items: Enterprise[]
}

/** Exactly 45×scale lithium firms get introduced > 0, summing to 354×scale; the rest 0. */
function assignLithiumIntroduced(rng: Rng, firms: Enterprise[], scale: number): void {
  for (const f of firms) f.talent.introduced = 0
  const chosen = rng.sampleWeighted(
    LITHIUM_INTRO_FIRMS * scale,
    firms.map((f) => Math.pow(f.employees, 0.6)),
  )
  const extra = splitInt(
    (LITHIUM_INTRODUCED - LITHIUM_INTRO_FIRMS) * scale,
    chosen.map((i) => Math.pow(firms[i]?.employees ?? 1, 0.7) * rng.noise(0.4)),
  )
  chosen.forEach((i, k) => {
    const f = firms[i] as Enterprise
    const t = f.talent
    t.introduced = 1 + (extra[k] ?? 0)
    // The introduced are young graduates: make room for them among degree holders.
    t.bachelor += Math.max(0, t.introduced - (t.doctor + t.master + t.bachelor))
    t.total = Math.max(t.total, t.doctor + t.master + t.bachelor)
    f.employees = Math.max(f.employees, t.total)
  })
}

export function generateEnterprises(rng: Rng, scale: number, geo: PointSampler, namer: Namer): Enterprise[] {
  const ctx: FirmContext = { geo, namer, items: [] }
  for (const chain of CHAINS) {
    const start = ctx.items.length
    for (const [segment, n] of segmentCounts(rng, chain.id, scale)) {
      for (let i = 0; i < n; i++) ctx.items.push(makeFirm(rng, ctx, chain.id, segment))
    }
    if (chain.id === 'lithium') assignLithiumIntroduced(rng, ctx.items.slice(start), scale)
  }
  return ctx.items
}
