/**
 * Talent cells: aggregates keyed by (district, chain|null, talentType,
 * education, ageBand, year). The 2024 inflow is built top-down from blocks
 * (talentType × education × young? × lithium?) whose totals are fixed first,
 * so every published figure holds exactly; each block is then spread over
 * districts, chains, age bands (and replicas at scale > 1) by weights.
 * Stocks are walked back from 2024: stock(y-1) ≈ (stock(y) − inflow(y)) / (1 − attrition).
 */
import type { TalentCell } from '../src/domain/types.ts'
import { AGE_BANDS, DISTRICTS, EDUCATIONS, TALENT_TYPES, YEARS } from './catalog.ts'
import { CHAIN_DISTRICT_WEIGHTS } from './gen-enterprises.ts'
import { splitCapped, splitInt, type Rng } from './random.ts'

/** Published 2024 figures (scale 1). */
export const TALENT_FIGURES = {
  doctorInflow: 61,
  youngInflow: 8844,
  professionalInflow: 4699,
  highSkilledInflow: 10657,
  ruralStock: 1326,
  lithiumYoungDegreeInflow: 354,
} as const

const T = TALENT_TYPES.map((t) => t.id) // high-level, professional, high-skilled, rural-skilled, other
const E = EDUCATIONS.map((e) => e.id) // doctor, master, bachelor, college, other
const A = AGE_BANDS.map((a) => a.id)
const YOUNG = AGE_BANDS.flatMap((a, i) => (a.young ? [i] : []))
const OLD = AGE_BANDS.flatMap((a, i) => (a.young ? [] : [i]))
const D = DISTRICTS.map((d) => d.adcode)
export const TALENT_CHAINS: readonly (string | null)[] = ['lithium', 'chemical', 'equipment', 'it', 'materials', null]
const LITHIUM = 0
const DEGREE = [0, 1, 2] // doctor, master, bachelor

/** 2024 inflow per talent type; professional and high-skilled are published, the rest sample. */
const TYPE_INFLOW = [160, TALENT_FIGURES.professionalInflow, TALENT_FIGURES.highSkilledInflow, 140, 2700]
/** The 61 PhDs are high-level or professional talent. */
const TYPE_DOCTORS = [38, 23, 0, 0, 0]
/** Inflow education mix per type, excluding doctors (master, bachelor, college, other). */
const EDU_MIX = [
  [0.5, 0.4, 0.07, 0.03],
  [0.12, 0.58, 0.27, 0.03],
  [0.005, 0.08, 0.55, 0.365],
  [0, 0.02, 0.18, 0.8],
  [0.03, 0.35, 0.4, 0.22],
]
/** Propensity of a newcomer to be 35 or under, per type × education. */
const YOUNG_P = [
  [0.45, 0.4, 0.25, 0.1, 0.1],
  [0.6, 0.75, 0.72, 0.65, 0.4],
  [0.4, 0.4, 0.45, 0.45, 0.25],
  [0, 0.1, 0.1, 0.1, 0.08],
  [0.5, 0.6, 0.6, 0.5, 0.35],
]
/** Share of a type's 2024 inflow going to the lithium chain (the fastest-growing one). */
const LITHIUM_SHARE = [0.15, 0.1, 0.1, 0, 0.07]
/** Chain mix per type (order of TALENT_CHAINS); rural skilled talent is almost all outside the chains. */
const CHAIN_MIX = [
  [0.1, 0.22, 0.18, 0.13, 0.13, 0.24],
  [0.06, 0.18, 0.18, 0.12, 0.11, 0.35],
  [0.06, 0.24, 0.28, 0.05, 0.14, 0.23],
  [0.005, 0.01, 0.02, 0.005, 0.02, 0.94],
  [0.05, 0.14, 0.14, 0.14, 0.1, 0.43],
]
/** Talent outside the five chains follows population, tilted to the city centre and 滕州. */
const NULL_CHAIN_DISTRICTS = [0.2, 0.17, 0.1, 0.08, 0.1, 0.35]
/** Stock education mix per type (doctor … other). */
const STOCK_EDU = [
  [0.25, 0.4, 0.28, 0.05, 0.02],
  [0.004, 0.08, 0.5, 0.36, 0.056],
  [0, 0.01, 0.06, 0.5, 0.43],
  [0, 0, 0.05, 0.15, 0.8],
  [0, 0.02, 0.3, 0.4, 0.28],
]
/** Stock age mix per type (u25 … o55): rural skilled talent is older. */
const STOCK_AGE = [
  [0.01, 0.2, 0.4, 0.3, 0.09],
  [0.08, 0.28, 0.3, 0.24, 0.1],
  [0.08, 0.28, 0.3, 0.24, 0.1],
  [0.02, 0.08, 0.25, 0.35, 0.3],
  [0.1, 0.3, 0.28, 0.22, 0.1],
]
/** Stock in 2024 before that year's inflow (scale 1); rural is whatever makes 1,326 in all. */
const TYPE_BASE_STOCK = [4000, 80000, 66000, TALENT_FIGURES.ruralStock - (TYPE_INFLOW[3] ?? 0), 26000]
/** Earlier years' inflow relative to 2024 (2020 dips with the pandemic). */
const INFLOW_FACTOR: Record<number, number> = { 2019: 0.74, 2020: 0.68, 2021: 0.8, 2022: 0.86, 2023: 0.93, 2024: 1 }
const ATTRITION = [0.02, 0.03, 0.02, 0.025, 0.08]
/** Share of the base stock laid out like the 2024 inflow. */
const INFLOW_TIED = 0.35

const at = (xs: readonly number[], i: number): number => xs[i] ?? 0

/** Age weights of newcomers within the young or the older bands, by education. */
function ageWeight(t: number, e: number, a: number): number {
  if (e === 0 && a === 0) return 0 // no PhD is 25 or under
  if (a === 0) return [0, 0.1, 0.4, 0.55, 0.5][e] ?? 0
  if (a === 1) return [1, 0.9, 0.6, 0.45, 0.5][e] ?? 0
  return t === 3 ? at([0.25, 0.4, 0.35], a - 2) : at([0.55, 0.33, 0.12], a - 2)
}

function districtWeights(c: number): readonly number[] {
  const chain = TALENT_CHAINS[c]
  return chain ? (CHAIN_DISTRICT_WEIGHTS[chain] ?? NULL_CHAIN_DISTRICTS) : NULL_CHAIN_DISTRICTS
}

/** Key layout of the flat arrays: replica, district, chain, type, education, age band. */
class Keys {
  readonly size: number
  constructor(readonly replicas: number) {
    this.size = replicas * D.length * TALENT_CHAINS.length * T.length * E.length * A.length
  }
  index(r: number, d: number, c: number, t: number, e: number, a: number): number {
    return ((((r * D.length + d) * TALENT_CHAINS.length + c) * T.length + t) * E.length + e) * A.length + a
  }
}

/** 2024 inflow per block [type][edu][young 0|1][lithium 0|1], meeting every figure exactly. */
function inflowBlocks(rng: Rng, s: number): number[][][][] {
  const byTypeEdu = T.map((_, t) => {
    const doctors = at(TYPE_DOCTORS, t) * s
    return [doctors, ...splitInt(at(TYPE_INFLOW, t) * s - doctors, EDU_MIX[t] ?? [])]
  })
  const cells = T.flatMap((_, t) => E.map((_, e) => ({ t, e, n: at(byTypeEdu[t] ?? [], e) })))
  const young = splitCapped(
    TALENT_FIGURES.youngInflow * s,
    cells.map((c) => c.n * at(YOUNG_P[c.t] ?? [], c.e) * rng.noise(0.1)),
    cells.map((c) => c.n),
  )
  const blocks = T.map(() =>
    E.map(() => [
      [0, 0],
      [0, 0],
    ]),
  )
  const degreeYoung = cells.flatMap((c, i) => (DEGREE.includes(c.e) && c.t !== 3 ? [{ ...c, y: at(young, i) }] : []))
  const lithYoung = splitCapped(
    TALENT_FIGURES.lithiumYoungDegreeInflow * s,
    degreeYoung.map((c) => c.y * at(LITHIUM_SHARE, c.t)),
    degreeYoung.map((c) => c.y),
  )
  cells.forEach((c, i) => {
    const y = at(young, i)
    const b = blocks[c.t]?.[c.e] as number[][]
    const dy = degreeYoung.findIndex((x) => x.t === c.t && x.e === c.e)
    const share = at(LITHIUM_SHARE, c.t)
    const ly = dy >= 0 ? at(lithYoung, dy) : Math.min(y, rng.roundStochastic(y * share * rng.noise(0.2)))
    const lo = Math.min(c.n - y, rng.roundStochastic((c.n - y) * share * rng.noise(0.2)))
    b[0] = [c.n - y - lo, lo]
    b[1] = [y - ly, ly]
  })
  return blocks
}

/** Spread one block over replicas × districts × chains × its age bands. */
function spreadBlock(
  rng: Rng,
  keys: Keys,
  out: Int32Array,
  t: number,
  e: number,
  young: number,
  lith: number,
  n: number,
): void {
  if (n === 0) return
  const chains = lith ? [LITHIUM] : TALENT_CHAINS.map((_, c) => c).filter((c) => c !== LITHIUM)
  const ages = young ? YOUNG : OLD
  const idx: number[] = []
  const w: number[] = []
  for (let r = 0; r < keys.replicas; r++)
    for (const c of chains)
      for (let d = 0; d < D.length; d++)
        for (const a of ages) {
          idx.push(keys.index(r, d, c, t, e, a))
          w.push(at(districtWeights(c), d) * at(CHAIN_MIX[t] ?? [], c) * ageWeight(t, e, a) * rng.noise(0.6))
        }
  const parts = splitInt(n, w)
  idx.forEach((k, i) => (out[k] = (out[k] ?? 0) + at(parts, i)))
}

/**
 * Stock before the 2024 inflow, per type, over every key: part by the type's
 * structure, part in proportion to the key's 2024 inflow, so that groups
 * with many newcomers also have a stock they can have come from.
 */
function spreadBaseStock(rng: Rng, keys: Keys, in24: Int32Array, out: Int32Array, t: number, total: number): void {
  const idx: number[] = []
  const w: number[] = []
  let wSum = 0
  let inSum = 0
  for (let r = 0; r < keys.replicas; r++)
    for (let d = 0; d < D.length; d++)
      for (let c = 0; c < TALENT_CHAINS.length; c++)
        for (let e = 0; e < E.length; e++)
          for (let a = 0; a < A.length; a++) {
            const k = keys.index(r, d, c, t, e, a)
            const ageW = e === 0 && a === 0 ? 0 : at(STOCK_AGE[t] ?? [], a)
            // Flattened (^0.6) so small groups still have a few people: real registers are long-tailed.
            const x =
              Math.pow(at(districtWeights(c), d) * at(CHAIN_MIX[t] ?? [], c) * at(STOCK_EDU[t] ?? [], e) * ageW, 0.6) *
              rng.noise(0.5)
            idx.push(k)
            w.push(x)
            wSum += x
            inSum += in24[k] ?? 0
          }
  const weights = idx.map(
    (k, i) => (1 - INFLOW_TIED) * (at(w, i) / wSum) + (inSum > 0 ? (INFLOW_TIED * (in24[k] ?? 0)) / inSum : 0),
  )
  const parts = splitInt(total, weights)
  idx.forEach((k, i) => (out[k] = (out[k] ?? 0) + at(parts, i)))
}

export function generateTalentCells(rng: Rng, scale: number): TalentCell[] {
  const keys = new Keys(scale)
  const last = YEARS.length - 1
  const inflow = YEARS.map(() => new Int32Array(keys.size))
  const stock = YEARS.map(() => new Int32Array(keys.size))
  const in24 = inflow[last] as Int32Array
  const st24 = stock[last] as Int32Array
  const blocks = inflowBlocks(rng, scale)
  T.forEach((_, t) =>
    E.forEach((_, e) =>
      [0, 1].forEach((y) =>
        [0, 1].forEach((l) => spreadBlock(rng, keys, in24, t, e, y, l, blocks[t]?.[e]?.[y]?.[l] ?? 0)),
      ),
    ),
  )
  T.forEach((_, t) => spreadBaseStock(rng, keys, in24, st24, t, at(TYPE_BASE_STOCK, t) * scale))
  for (let k = 0; k < keys.size; k++) st24[k] = (st24[k] ?? 0) + (in24[k] ?? 0)
  walkBack(rng, keys, inflow, stock)
  return toCells(keys, inflow, stock)
}

/** Earlier years: thinner inflow, and stock(y-1) = (stock(y) − inflow(y)) / (1 − attrition of the band). */
function walkBack(rng: Rng, keys: Keys, inflow: Int32Array[], stock: Int32Array[]): void {
  const last = YEARS.length - 1
  const in24 = inflow[last] as Int32Array
  for (let yi = last; yi > 0; yi--) {
    type Four = [Int32Array, Int32Array, Int32Array, Int32Array]
    const [sy, iy, sPrev, iPrev] = [stock[yi], inflow[yi], stock[yi - 1], inflow[yi - 1]] as Four
    const factor = INFLOW_FACTOR[YEARS[yi - 1] ?? 0] ?? 1
    for (let k = 0; k < keys.size; k++) {
      const keep = (sy[k] ?? 0) - (iy[k] ?? 0)
      const prev = Math.round(keep / (1 - at(ATTRITION, k % A.length)))
      sPrev[k] = prev
      iPrev[k] = Math.min(prev, rng.roundStochastic((in24[k] ?? 0) * factor * rng.noise(0.25)))
    }
  }
}

function toCells(keys: Keys, inflow: Int32Array[], stock: Int32Array[]): TalentCell[] {
  const cells: TalentCell[] = []
  let k = 0
  for (let r = 0; r < keys.replicas; r++)
    for (const district of D)
      for (const chain of TALENT_CHAINS)
        for (const talentType of T)
          for (const education of E)
            for (const ageBand of A) {
              YEARS.forEach((year, yi) => {
                const s = stock[yi]?.[k] ?? 0
                const i = inflow[yi]?.[k] ?? 0
                if (s > 0 || i > 0)
                  cells.push({ district, chain, talentType, education, ageBand, year, stock: s, inflow: i })
              })
              k++
            }
  return cells
}
