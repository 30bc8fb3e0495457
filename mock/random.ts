/**
 * Seeded randomness for the sample-data generator.
 * mulberry32 is tiny and fast (200k points, 1M cells) and reproducible across
 * platforms because it only uses 32-bit integer maths; it is not cryptographic.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  float(min: number, max: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** Index chosen with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number
  weighted<T>(items: readonly T[], weights: readonly number[]): T
  /** Standard normal (Box–Muller). */
  normal(mean?: number, sd?: number): number
  /** Multiplicative noise exp(N(0, sigma)): median 1, never negative. */
  noise(sigma: number): number
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[]
  /** k distinct indices drawn with probability ∝ weight (Efraimidis–Spirakis). */
  sampleWeighted(k: number, weights: readonly number[]): number[]
  /** floor(x) plus one with probability frac(x): keeps expected sums of small counts. */
  roundStochastic(x: number): number
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const weightedIndex = (weights: readonly number[]): number => {
    let sum = 0
    for (const w of weights) sum += w > 0 ? w : 0
    if (sum <= 0) return Math.floor(next() * weights.length)
    let r = next() * sum
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i] ?? 0
      if (w <= 0) continue
      r -= w
      if (r < 0) return i
    }
    return weights.length - 1
  }
  const normal = (mean = 0, sd = 1): number => {
    const u = 1 - next()
    const v = next()
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    weightedIndex,
    weighted: (items, weights) => items[weightedIndex(weights)] as (typeof items)[number],
    normal,
    noise: (sigma) => Math.exp(normal(0, sigma)),
    shuffle: (items) => {
      const out = items.slice()
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        const tmp = out[i] as (typeof out)[number]
        out[i] = out[j] as (typeof out)[number]
        out[j] = tmp
      }
      return out
    },
    sampleWeighted: (k, weights) => {
      const keyed = weights.map((w, i) => ({ i, key: w > 0 ? Math.log(1 - next()) / w : -Infinity }))
      keyed.sort((a, b) => b.key - a.key || a.i - b.i)
      return keyed.slice(0, Math.min(k, weights.length)).map((x) => x.i)
    },
    roundStochastic: (x) => {
      const f = Math.floor(x)
      return f + (next() < x - f ? 1 : 0)
    },
  }
}

/** A sub-seed per generator part, so changing one part leaves the others' data unchanged. */
export function deriveSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0
  return Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 0
}

/**
 * Split a non-negative integer total into integer parts proportional to the
 * weights, summing to the total exactly (largest remainder; ties by index so
 * the result is deterministic). All-zero weights share the total evenly.
 */
export function splitInt(total: number, weights: readonly number[]): number[] {
  const n = weights.length
  if (!Number.isInteger(total) || total < 0) throw new Error(`splitInt: bad total ${total}`)
  if (n === 0) {
    if (total > 0) throw new Error('splitInt: no parts for a positive total')
    return []
  }
  let sum = 0
  for (const w of weights) sum += w > 0 ? w : 0
  const ws = sum > 0 ? weights.map((w) => (w > 0 ? w : 0)) : weights.map(() => 1)
  const wsum = sum > 0 ? sum : n
  const parts = new Array<number>(n)
  const rems = new Float64Array(n)
  let given = 0
  for (let i = 0; i < n; i++) {
    const exact = (total * (ws[i] ?? 0)) / wsum
    const whole = Math.floor(exact)
    parts[i] = whole
    rems[i] = exact - whole
    given += whole
  }
  let left = total - given
  if (left > 0) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (rems[b] ?? 0) - (rems[a] ?? 0) || a - b)
    for (let k = 0; left > 0; k = (k + 1) % n, left--) {
      const j = order[k] ?? 0
      parts[j] = (parts[j] ?? 0) + 1
    }
  }
  return parts
}

/** Like splitInt, but no part exceeds its cap; throws if the caps cannot hold the total. */
export function splitCapped(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const capSum = caps.reduce((s, c) => s + c, 0)
  if (capSum < total) throw new Error(`splitCapped: caps ${capSum} < total ${total}`)
  const parts = caps.map(() => 0)
  let left = total
  while (left > 0) {
    const open = parts.map((p, i) => ((caps[i] ?? 0) > p ? i : -1)).filter((i) => i >= 0)
    const add = splitInt(
      left,
      open.map((i) => weights[i] ?? 0),
    )
    left = 0
    open.forEach((i, k) => {
      const room = (caps[i] ?? 0) - (parts[i] ?? 0)
      const take = Math.min(room, add[k] ?? 0)
      parts[i] = (parts[i] ?? 0) + take
      left += (add[k] ?? 0) - take
    })
  }
  return parts
}
