import { MAX_FILTER_DIMS } from './spec'

/** Per filter dimension and dictionary code: 1 when the value fails the dimension's filter. */
export type FailTable = Uint8Array

type Fails = Uint8Array | Uint16Array | Uint32Array
type Codes = Uint8Array | Uint16Array | Uint32Array

/** Codes in the narrowest array for their dictionary (less memory to stream per update). */
function narrow(codes: Uint32Array, size: number): Codes {
  if (size <= 0x100) return Uint8Array.from(codes)
  if (size <= 0x10000) return Uint16Array.from(codes)
  return codes
}

function sameTable(a: FailTable | undefined, b: FailTable): boolean {
  if (!a || a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * The failing filter dimensions of every cell (bit d = dimension d), kept between queries:
 * when a filter changes, only the dimensions whose table changed are recomputed. One byte per
 * cell up to 8 dimensions, two up to 16, four up to 32; more throws.
 */
export class FailBits {
  readonly fails: Fails
  private readonly codes: Codes[]
  private tables: FailTable[] = []

  /** `codes[d]` is the per-cell code column of filter dimension d, whose dictionary has `sizes[d]` values. */
  constructor(codes: readonly Uint32Array[], sizes: readonly number[], n: number) {
    const dims = codes.length
    if (dims > MAX_FILTER_DIMS) throw new RangeError(`${dims} filter dimensions; fail bits hold ${MAX_FILTER_DIMS}`)
    this.fails = dims <= 8 ? new Uint8Array(n) : dims <= 16 ? new Uint16Array(n) : new Uint32Array(n)
    this.codes = codes.map((c, d) => narrow(c, sizes[d] ?? Infinity))
  }

  /** Applies new tables; returns false when none changed (the previous result still holds). */
  update(tables: readonly FailTable[]): boolean {
    const changed: number[] = []
    for (let d = 0; d < tables.length; d++) if (!sameTable(this.tables[d], tables[d] as FailTable)) changed.push(d)
    if (changed.length === 0) return false
    for (const d of changed) setBit(this.fails, d, tables[d] as FailTable, this.codes[d] as Codes)
    this.tables = [...tables]
    return true
  }
}

/** Bit d of each cell := its code's entry in the table (a hot loop, kept apart from the class). */
function setBit(fails: Fails, d: number, table: FailTable, col: Codes): void {
  const keep = ~(1 << d)
  for (let i = 0; i < fails.length; i++)
    fails[i] = ((fails[i] as number) & keep) | ((table[col[i] as number] as number) << d)
}
