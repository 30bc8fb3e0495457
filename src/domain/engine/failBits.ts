import type { CodeArray, Dict } from './columns'

/**
 * Per-dimension fail tables: `table[code]` is 0 when the value passes the dimension's
 * filter and the dimension's bit when it fails. A cell fails the bits OR-ed over its dimensions.
 */
export type FailTable = Uint8Array

/** A multi-select filter (districts): empty passes everything. */
export function anyOfTable<K>(dict: Dict<K>, selected: readonly K[], bit: number): FailTable {
  const t = new Uint8Array(dict.size)
  if (selected.length === 0) return t
  const keep = new Set(selected)
  for (let c = 0; c < t.length; c++) t[c] = keep.has(dict.values[c] as K) ? 0 : bit
  return t
}

/** A single-value filter: null (or '', as `isFilterActive` says) passes everything, a value passes only itself. */
export function exactTable<K>(dict: Dict<K>, value: K | null, bit: number): FailTable {
  return anyOfTable(dict, value === null || value === '' ? [] : [value], bit)
}

/** Passes the codes whose value satisfies `pass`. */
export function predicateTable<K>(dict: Dict<K>, pass: (v: K) => boolean, bit: number): FailTable {
  const t = new Uint8Array(dict.size)
  for (let c = 0; c < t.length; c++) t[c] = pass(dict.values[c] as K) ? 0 : bit
  return t
}

function sameTable(a: FailTable | undefined, b: FailTable): boolean {
  if (!a || a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * The failing dimensions of every cell, one byte per cell, kept between queries: when a
 * filter changes, only the dimensions whose table changed are recomputed.
 */
export class FailBits {
  readonly fails: Uint8Array
  private tables: FailTable[] = []

  /** `codes[d]` is the code column of filter dimension d, whose bit is `1 << d`. */
  constructor(
    private readonly codes: readonly CodeArray[],
    n: number,
  ) {
    this.fails = new Uint8Array(n)
  }

  /** Applies new tables; returns false when none changed (the previous result still holds). */
  update(tables: readonly FailTable[]): boolean {
    const changed: number[] = []
    for (let d = 0; d < tables.length; d++) if (!sameTable(this.tables[d], tables[d] as FailTable)) changed.push(d)
    if (changed.length === 0) return false
    const fails = this.fails
    for (const d of changed) {
      const keep = ~(1 << d) & 0xff
      const table = tables[d] as FailTable
      const col = this.codes[d] as CodeArray
      for (let i = 0; i < fails.length; i++)
        fails[i] = ((fails[i] as number) & keep) | (table[col[i] as number] as number)
    }
    this.tables = [...tables]
    return true
  }
}

/** True when `fails` has no bit outside `ignore`: the cell counts for a group that ignores those dimensions. */
export function passesExcept(fails: number, ignore: number): boolean {
  return (fails & ~ignore) === 0
}
