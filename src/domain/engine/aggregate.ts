/**
 * Every group-by of a cube, with dc.js semantics: a cell counts in a group when it fails no
 * filter but the group's own. One pass lists the cells failing no filter (they count in every
 * group) and, per filter, those failing only that one (they count in the groups ignoring it);
 * cells failing more are not visited again. Each group then sums its lists, with no test per cell.
 */
import type { CubeState } from './build'
import type { DimValue } from './columns'
import type { CubeSpec } from './spec'

type Keys = Uint8Array | Uint16Array | Uint32Array

/** Keys in the narrowest unsigned array that holds `size` values (less memory to stream per group). */
function narrow(keys: Uint32Array, size: number): Keys {
  if (size <= 0x100) return Uint8Array.from(keys)
  if (size <= 0x10000) return Uint16Array.from(keys)
  return keys
}

interface Group {
  name: string
  measures: readonly string[]
  /** The fail bits of the group's own dimensions. */
  ignore: number
  /** Per cell: its key (codes of two dims combined; zeros for the totals), in the narrowest array. */
  keys: Keys
  /** A list dim's lists (the key is a list code; the cell counts under each member). */
  offsets: Uint32Array | null
  members: Uint32Array | null
  /** The key values of each dimension of the group. */
  keyValues: DimValue[][]
  size: number
  /** Per measure: what each cell adds. */
  srcs: Float64Array[]
}

/** A measure kept at the range's last year: refilled from `base` when that year changes. */
interface AtEnd {
  dim: string
  codes: Uint32Array
  base: Float64Array
  out: Float64Array
  code: number
}

export class Aggregator {
  private readonly groups: Group[]
  private readonly ends: AtEnd[] = []
  /** [0]: the cells failing no filter; [1 + d]: those failing only filter d (reused per query). */
  private readonly lists: Uint32Array[]

  constructor(spec: CubeSpec<unknown>, state: CubeState, bitOf: ReadonlyMap<string, number>) {
    const n = state.cells
    this.lists = Array.from({ length: bitOf.size + 1 }, () => new Uint32Array(n))
    const dim = (name: string) => state.dims[name] as NonNullable<CubeState['dims'][string]>
    const zeros = new Uint32Array(n)
    const bases = new Map<string, Float64Array>()
    const ends = new Map<string, AtEnd>()
    for (const [name, m] of Object.entries(spec.measures)) {
      let base = m.field ? (state.sums[m.field] as Float64Array) : state.count
      if (m.where) {
        const flag = state.flags[name] as Uint8Array
        const codes = dim(m.where.dim).codes
        base = base.map((v, i) => (flag[codes[i] as number] === 1 ? v : 0))
      }
      bases.set(name, base)
      if (m.atRangeEndOf !== undefined) {
        const end = { dim: m.atRangeEndOf, codes: dim(m.atRangeEndOf).codes, base, out: new Float64Array(n), code: -2 }
        ends.set(name, end)
        this.ends.push(end)
      }
    }
    this.groups = Object.entries(spec.groups).map(([name, g]): Group => {
      const ds = g.by.map(dim)
      const [a, b] = ds
      let keys = a?.codes ?? zeros
      if (a && b) keys = a.codes.map((c, i) => c * b.values.length + (b.codes[i] as number))
      const size = ds.reduce((p, d) => p * d.values.length, 1)
      return {
        name,
        measures: g.measures,
        ignore: g.by.reduce((bits, d) => bits | (bitOf.get(d) ?? 0), 0),
        keys: narrow(keys, a?.offsets ? a.offsets.length - 1 : size),
        offsets: a?.offsets ?? null,
        members: a?.members ?? null,
        keyValues: ds.map((d) => d.values),
        size,
        srcs: g.measures.map((m) => {
          const end = ends.get(m)
          return end && !g.by.includes(end.dim) ? end.out : (bases.get(m) as Float64Array)
        }),
      }
    })
  }

  /** Sums every group for the current fail bits; `endCode(dim)` is the code of the range's last year. */
  run(fails: ArrayLike<number>, endCode: (dim: string) => number): Record<string, unknown> {
    for (const e of this.ends) this.fillEnd(e, endCode(e.dim))
    const lens = splitCells(fails, this.lists)
    const outs = this.groups.map((g) => {
      const out = g.srcs.map(() => new Float64Array(g.size))
      const add = (idx: Uint32Array, len: number) =>
        g.offsets && g.members
          ? sumList(idx, len, g.keys, g.offsets, g.members, g.srcs, out)
          : sum(idx, len, g.keys, g.srcs, out)
      if ((g.ignore & (g.ignore - 1)) !== 0) {
        // Two filters of its own: a cell failing both still counts here.
        const at = cellsPassing(fails, ~g.ignore)
        add(at, at.length)
        return out
      }
      add(this.lists[0] as Uint32Array, lens[0] as number)
      const own = 32 - Math.clz32(g.ignore)
      if (g.ignore !== 0) add(this.lists[own] as Uint32Array, lens[own] as number)
      return out
    })
    return this.shape(outs)
  }

  private fillEnd(e: AtEnd, code: number): void {
    if (e.code === code) return
    e.code = code
    const { codes, base, out } = e
    for (let i = 0; i < out.length; i++) out[i] = codes[i] === code ? (base[i] as number) : 0
  }

  /** Totals spread into the result; one-dim groups as maps; two dims as nested maps. */
  private shape(outs: Float64Array[][]): Record<string, unknown> {
    const result: Record<string, unknown> = {}
    this.groups.forEach((g, gi) => {
      const o = outs[gi] as Float64Array[]
      const value = (c: number): unknown =>
        o.length === 1 ? o[0]?.[c] : Object.fromEntries(g.measures.map((m, s) => [m, o[s]?.[c]]))
      const [ka, kb] = g.keyValues
      if (!ka) g.measures.forEach((m, s) => (result[m] = o[s]?.[0]))
      else if (!kb) result[g.name] = new Map(ka.map((k, c) => [k, value(c)]))
      else result[g.name] = new Map(ka.map((k, a) => [k, new Map(kb.map((l, b) => [l, value(a * kb.length + b)]))]))
    })
    return result
  }
}

/** Fills lists[0] with the cells failing no filter and lists[1 + d] with those failing only d; returns their lengths. */
function splitCells(fails: ArrayLike<number>, lists: readonly Uint32Array[]): Int32Array {
  const lens = new Int32Array(lists.length)
  const none = lists[0] as Uint32Array
  let z = 0
  for (let i = 0; i < fails.length; i++) {
    const fl = fails[i] as number
    if (fl === 0) none[z++] = i
    else if ((fl & (fl - 1)) === 0) {
      const b = 32 - Math.clz32(fl)
      const at = lens[b] as number
      ;(lists[b] as Uint32Array)[at] = i
      lens[b] = at + 1
    }
  }
  lens[0] = z
  return lens
}

/** The cells failing no filter in `check`. */
function cellsPassing(fails: ArrayLike<number>, check: number): Uint32Array {
  const at: number[] = []
  for (let i = 0; i < fails.length; i++) if (((fails[i] as number) & check) === 0) at.push(i)
  return new Uint32Array(at)
}

/** out[m][key of cell] += srcs[m][cell] for the cells idx[0…len). */
function sum(
  idx: Uint32Array,
  len: number,
  keys: Keys,
  srcs: readonly Float64Array[],
  outs: readonly Float64Array[],
): void {
  // Unrolled for the usual one to three measures: one monomorphic loop each.
  const [s0, s1, s2] = srcs as [Float64Array, Float64Array?, Float64Array?]
  const [o0, o1, o2] = outs as [Float64Array, Float64Array?, Float64Array?]
  if (srcs.length === 1) {
    for (let j = 0; j < len; j++) {
      const i = idx[j] as number
      const k = keys[i] as number
      o0[k] = (o0[k] as number) + (s0[i] as number)
    }
  } else if (srcs.length === 2 && s1 && o1) {
    for (let j = 0; j < len; j++) {
      const i = idx[j] as number
      const k = keys[i] as number
      o0[k] = (o0[k] as number) + (s0[i] as number)
      o1[k] = (o1[k] as number) + (s1[i] as number)
    }
  } else if (srcs.length === 3 && s1 && o1 && s2 && o2) {
    for (let j = 0; j < len; j++) {
      const i = idx[j] as number
      const k = keys[i] as number
      o0[k] = (o0[k] as number) + (s0[i] as number)
      o1[k] = (o1[k] as number) + (s1[i] as number)
      o2[k] = (o2[k] as number) + (s2[i] as number)
    }
  } else {
    srcs.forEach((src, m) => sum(idx, len, keys, [src], [outs[m] as Float64Array]))
  }
}

/** The same for a list dim: a cell adds to each member of its list. */
function sumList(
  idx: Uint32Array,
  len: number,
  keys: Keys,
  offsets: Uint32Array,
  members: Uint32Array,
  srcs: readonly Float64Array[],
  outs: readonly Float64Array[],
): void {
  for (let m = 0; m < srcs.length; m++) {
    const src = srcs[m] as Float64Array
    const out = outs[m] as Float64Array
    for (let j = 0; j < len; j++) {
      const i = idx[j] as number
      const k = keys[i] as number
      const v = src[i] as number
      for (let e = offsets[k] as number; e < (offsets[k + 1] as number); e++) {
        const c = members[e] as number
        out[c] = (out[c] as number) + v
      }
    }
  }
}
