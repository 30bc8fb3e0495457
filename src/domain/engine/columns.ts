/** Dictionary encoding and the roll-up of records into cells, on typed columns. */

/** A dimension value as the data holds it. */
export type DimValue = string | number | null

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

/** A dictionary-encoded column: row i holds `values[codes[i]]` (Arrow's dictionary layout). */
export interface DictColumn {
  values: readonly DimValue[]
  codes: ArrayLike<number>
}

/** A list column: row i holds `values[codes[j]]` for offsets[i] ≤ j < offsets[i + 1] (Arrow's list layout). */
export interface ListColumn {
  values: readonly string[]
  offsets: ArrayLike<number>
  codes: ArrayLike<number>
}

/** One dimension of the cube: its keys and each record's code. */
export interface EncodedDim {
  values: DimValue[]
  rowCodes: Uint32Array
  /** List dims: list c holds the member codes `members[offsets[c]]` … `members[offsets[c + 1] - 1]`. */
  offsets?: Uint32Array
  members?: Uint32Array
}

function outside(c: number | undefined, size: number): never {
  throw new RangeError(`dictionary code ${c} outside 0…${size - 1}`)
}

/**
 * Re-codes a column into the cube's dictionary: `seed` first (meta's ids), then values in the
 * order the records first use them, or, `ascending`, every used value and seed sorted.
 */
export function encodeDict(col: DictColumn, length: number, seed: readonly DimValue[], ascending: boolean): EncodedDim {
  const { values, codes } = col
  const size = values.length
  const dict = new Dict<DimValue>(ascending ? [] : seed)
  // Batch code → cube code (-1: not seen yet).
  const remap = new Int32Array(size).fill(-1)
  if (ascending) {
    const used = new Set(seed)
    for (let i = 0; i < length; i++) {
      const b = codes[i] as number
      if (!(b >= 0 && b < size)) outside(b, size)
      if (remap[b] === -1) {
        remap[b] = 0
        used.add(values[b] as DimValue)
      }
    }
    for (const v of [...used].sort((a, b) => (a as number) - (b as number))) dict.code(v)
    values.forEach((v, b) => {
      if (remap[b] === 0) remap[b] = dict.find(v)
    })
  }
  const rowCodes = new Uint32Array(length)
  for (let i = 0; i < length; i++) {
    const b = codes[i] as number
    let c = remap[b] as number
    if (c < 0) {
      if (!(b >= 0 && b < size)) outside(b, size)
      remap[b] = c = dict.code(values[b] as DimValue)
    }
    rowCodes[i] = c
  }
  return { values: dict.values, rowCodes }
}

/** Each distinct list (member codes in the record's order, repeats kept) becomes one code. */
export function encodeList(col: ListColumn, length: number, seed: readonly string[]): EncodedDim {
  const member = new Dict<DimValue>(seed)
  const lists = new Dict<string>()
  const listMembers: number[][] = []
  const rowCodes = new Uint32Array(length)
  const size = col.values.length
  for (let i = 0; i < length; i++) {
    const mc: number[] = []
    for (let j = col.offsets[i] as number; j < (col.offsets[i + 1] as number); j++) {
      const b = col.codes[j] as number
      if (!(b >= 0 && b < size)) outside(b, size)
      mc.push(member.code(col.values[b] as string))
    }
    const key = mc.join(',')
    let c = lists.find(key)
    if (c < 0) {
      c = lists.code(key)
      listMembers.push(mc)
    }
    rowCodes[i] = c
  }
  const offsets = new Uint32Array(listMembers.length + 1)
  listMembers.forEach((m, c) => (offsets[c + 1] = (offsets[c] as number) + m.length))
  return { values: member.values, rowCodes, offsets, members: Uint32Array.from(listMembers.flat()) }
}

/** A column of records through a dictionary in first-seen order (records → batch). */
export function dictColumn<T>(rows: readonly T[], get: (row: T) => DimValue): DictColumn {
  const dict = new Dict<DimValue>()
  const codes = new Uint32Array(rows.length)
  for (let i = 0; i < rows.length; i++) codes[i] = dict.code(get(rows[i] as T))
  return { values: dict.values, codes }
}

/** A list column of records (records → batch). */
export function listColumn<T>(rows: readonly T[], get: (row: T) => readonly string[]): ListColumn {
  const dict = new Dict<string>()
  const offsets = new Uint32Array(rows.length + 1)
  const codes: number[] = []
  for (let i = 0; i < rows.length; i++) {
    for (const v of get(rows[i] as T)) codes.push(dict.code(v))
    offsets[i + 1] = codes.length
  }
  return { values: dict.values, offsets, codes: new Uint32Array(codes) }
}

/** The roll-up: per cell its codes, summed measures and record count, and each record's cell. */
export interface Cells {
  n: number
  codes: Uint32Array[]
  sums: Float64Array[]
  count: Float64Array
  cellOf: Uint32Array
}

/**
 * Records sharing every dimension code collapse into one cell; the measures are summed per
 * cell. With `rollup` false every record is its own cell.
 */
export function buildCells(
  rowCodes: readonly Uint32Array[],
  sizes: readonly number[],
  rowMeasures: readonly Float64Array[],
  length: number,
  rollup: boolean,
): Cells {
  const cellOf = new Uint32Array(length)
  let first: Uint32Array
  let n: number
  if (rollup) {
    ;({ first, n } = groupRows(rowCodes, sizes, cellOf))
  } else {
    for (let i = 0; i < length; i++) cellOf[i] = i
    first = cellOf
    n = length
  }
  const codes = rowCodes.map((col) => first.subarray(0, n).map((r) => col[r] ?? 0))
  const sums = rowMeasures.map(() => new Float64Array(n))
  const count = new Float64Array(n)
  for (let i = 0; i < length; i++) {
    const c = cellOf[i] as number
    count[c] = (count[c] as number) + 1
    for (let m = 0; m < rowMeasures.length; m++) {
      const out = sums[m] as Float64Array
      out[c] = (out[c] as number) + ((rowMeasures[m] as Float64Array)[i] as number)
    }
  }
  return { n, codes, sums, count, cellOf }
}

/** Key spaces up to this size are numbered through a dense array instead of a hash map (same cell order). */
const DENSE_KEYS = 1 << 22

/** One pass: the cell of each record and the first record of each cell, cells numbered in first-seen order. */
function groupRows(rowCodes: readonly Uint32Array[], sizes: readonly number[], cellOf: Uint32Array) {
  const length = cellOf.length
  const radix = sizes.reduce((p, s) => p * Math.max(1, s), 1)
  const numeric = radix < Number.MAX_SAFE_INTEGER
  const dense = radix <= DENSE_KEYS ? new Int32Array(radix).fill(-1) : null
  const seen = new Map<number | string, number>()
  const first = new Uint32Array(length)
  let n = 0
  for (let i = 0; i < length; i++) {
    let key: number | string = 0
    if (numeric) {
      for (let d = 0; d < rowCodes.length; d++) key = key * Math.max(1, sizes[d] ?? 1) + (rowCodes[d]?.[i] ?? 0)
    } else {
      key = rowCodes.map((col) => col[i]).join(',')
    }
    let c = dense ? (dense[key as number] as number) : (seen.get(key) ?? -1)
    if (c < 0) {
      c = n++
      if (dense) dense[key as number] = c
      else seen.set(key, c)
      first[c] = i
    }
    cellOf[i] = c
  }
  return { first, n }
}
