/**
 * Rows of a cube statement → the browser engine's result shape: totals spread into the result,
 * a one-dim group as a Map over every key of its dim (in the engine's key order, zeros
 * included), one measure as numbers, several as `{ measure: value }`, two dims as nested Maps.
 */
import type { CubeSpec } from './specs.ts'

export type DimValue = string | number | null

/** The engine's keys of each dim of a cube, in its order (meta's ids first, years ascending). */
export type DimValues = Record<string, readonly DimValue[]>

export interface CubeRow {
  g: number
  k1: string | null
  k2: string | null
  [v: `v${number}`]: number | null
}

const textKey = (v: DimValue) => (v === null ? null : String(v))

function indexOf(values: readonly DimValue[]): Map<string | null, number> {
  return new Map(values.map((v, i) => [textKey(v), i]))
}

export function shapeCube(
  spec: CubeSpec<unknown>,
  groups: readonly string[],
  rows: readonly CubeRow[],
  dims: DimValues,
): Record<string, unknown> {
  const result: Record<string, unknown> = {}
  groups.forEach((name, gi) => {
    const g = spec.groups[name]
    if (!g) return
    const [a, b] = g.by
    const ka = a === undefined ? null : (dims[a] ?? [])
    const kb = b === undefined ? null : (dims[b] ?? [])
    const ia = ka && indexOf(ka)
    const ib = kb && indexOf(kb)
    const size = (ka?.length ?? 1) * (kb?.length ?? 1)
    const sums = g.measures.map(() => new Float64Array(size))
    for (const r of rows) {
      if (r.g !== gi) continue
      const ca = ia ? ia.get(r.k1) : 0
      const cb = ib ? ib.get(r.k2) : 0
      if (ca === undefined || cb === undefined) continue // a key outside the catalogue: none is loaded so
      const at = ca * (kb?.length ?? 1) + cb
      g.measures.forEach((_, m) => {
        ;(sums[m] as Float64Array)[at] = Number(r[`v${m}`] ?? 0)
      })
    }
    const value = (c: number): unknown =>
      sums.length === 1 ? sums[0]?.[c] : Object.fromEntries(g.measures.map((m, s) => [m, sums[s]?.[c]]))
    if (!ka) g.measures.forEach((m, s) => (result[m] = sums[s]?.[0]))
    else if (!kb) result[name] = new Map(ka.map((k, c) => [k, value(c)]))
    else result[name] = new Map(ka.map((k, x) => [k, new Map(kb.map((l, y) => [l, value(x * kb.length + y)]))]))
  })
  return result
}
