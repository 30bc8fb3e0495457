/** Dictionary encoding and compact typed columns for the cross-filter engine. */

export type CodeArray = Uint8Array | Uint16Array | Uint32Array

/** Values ↔ small integer codes, in first-seen order (seeded from meta so its order wins). */
export class Dict<K> {
  readonly values: K[] = []
  private readonly index = new Map<K, number>()

  constructor(seed: Iterable<K> = []) {
    for (const v of seed) this.code(v)
  }

  /** The code of a value, adding it when new. */
  code(v: K): number {
    let c = this.index.get(v)
    if (c === undefined) {
      c = this.values.length
      this.index.set(v, c)
      this.values.push(v)
    }
    return c
  }

  /** The code of a value, or -1 when the data never had it. */
  find(v: K): number {
    return this.index.get(v) ?? -1
  }

  get size(): number {
    return this.values.length
  }
}

/** A dictionary of numbers (years) in ascending order, so codes compare like the values. */
export function sortedDict(values: Iterable<number>): Dict<number> {
  return new Dict([...new Set(values)].sort((a, b) => a - b))
}

/** The narrowest unsigned array that holds every code of a dictionary of `size` values. */
export function narrow(codes: ArrayLike<number>, size: number): CodeArray {
  if (size <= 0x100) return Uint8Array.from(codes)
  if (size <= 0x10000) return Uint16Array.from(codes)
  return Uint32Array.from(codes)
}

/**
 * Rows sharing every dimension code collapse into one cell (a roll-up cube); the measures
 * are summed per cell. With `rollup` false every row is its own cell. Returns, per cell, the
 * codes, the summed measures and the number of rows, and for each row its cell.
 */
export interface Cells {
  n: number
  codes: CodeArray[]
  measures: Float64Array[]
  rows: Float64Array
  cellOf: Uint32Array
}

export function buildCells(
  rowCodes: readonly Uint32Array[],
  sizes: readonly number[],
  rowMeasures: readonly Float64Array[],
  rollup: boolean,
): Cells {
  const nRows = rowCodes[0]?.length ?? 0
  const cellOf = new Uint32Array(nRows)
  let first: Uint32Array
  let n: number
  if (rollup) {
    ;({ first, n } = groupRows(rowCodes, sizes, cellOf))
  } else {
    for (let i = 0; i < nRows; i++) cellOf[i] = i
    first = cellOf
    n = nRows
  }
  const codes = rowCodes.map((col, d) =>
    narrow(
      first.subarray(0, n).map((r) => col[r] ?? 0),
      sizes[d] ?? 0,
    ),
  )
  const measures = rowMeasures.map(() => new Float64Array(n))
  const rows = new Float64Array(n)
  for (let i = 0; i < nRows; i++) {
    const c = cellOf[i] as number
    rows[c] = (rows[c] as number) + 1
    for (let m = 0; m < rowMeasures.length; m++) {
      const out = measures[m] as Float64Array
      out[c] = (out[c] as number) + ((rowMeasures[m] as Float64Array)[i] as number)
    }
  }
  return { n, codes, measures, rows, cellOf }
}

/** One hash pass: the cell of each row and the first row of each cell. */
function groupRows(rowCodes: readonly Uint32Array[], sizes: readonly number[], cellOf: Uint32Array) {
  const nRows = cellOf.length
  const radix = sizes.reduce((p, s) => p * Math.max(1, s), 1)
  const numeric = radix < Number.MAX_SAFE_INTEGER
  const seen = new Map<number | string, number>()
  const first = new Uint32Array(nRows)
  let n = 0
  for (let i = 0; i < nRows; i++) {
    let key: number | string = 0
    if (numeric) {
      for (let d = 0; d < rowCodes.length; d++) key = key * Math.max(1, sizes[d] ?? 1) + (rowCodes[d]?.[i] ?? 0)
    } else {
      key = rowCodes.map((col) => col[i]).join(',')
    }
    let c = seen.get(key)
    if (c === undefined) {
      c = n++
      seen.set(key, c)
      first[c] = i
    }
    cellOf[i] = c
  }
  return { first, n }
}

/** Encodes one column of rows through a dictionary. */
export function encode<T, K>(rows: readonly T[], dict: Dict<K>, get: (row: T) => K): Uint32Array {
  const out = new Uint32Array(rows.length)
  for (let i = 0; i < rows.length; i++) out[i] = dict.code(get(rows[i] as T))
  return out
}

/** One measure of rows as a Float64Array. */
export function measure<T>(rows: readonly T[], get: (row: T) => number): Float64Array {
  const out = new Float64Array(rows.length)
  for (let i = 0; i < rows.length; i++) out[i] = get(rows[i] as T)
  return out
}
