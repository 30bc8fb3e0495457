/**
 * `defineCube(spec)`: one declaration gives the cube (built from records, from a columnar
 * batch or from a transferred state), its queries and the record predicate.
 */
import { effectiveYears, type Filters } from '../filters'
import { Aggregator } from './aggregate'
import {
  buildState,
  isListDim,
  toColumns,
  transferList,
  type BuildOptions,
  type ColumnBatch,
  type CubeState,
  type DimState,
} from './build'
import type { DimValue } from './columns'
import { FailBits, type FailTable } from './failBits'
import { rowMatcher, valueTest } from './rules'
import { checkSpec, type CubeSpec, type DimSpec, type RowSpec } from './spec'

/** A built cube. Queries are synchronous; results are the same object while the selection is unchanged. */
export interface Cube<Row, A> {
  readonly rowCount: number
  readonly cellCount: number
  /** KPIs and every group-by for these filters, each group ignoring its own filter. */
  query(f: Filters, lastYear: number): A
  /** The records passing every filter, in record order (needs the records: built from them or given them). */
  matching(f: Filters, lastYear: number): Row[]
  /** Per record, in record order: 1 when it passes every filter (map points, without a record → index map). */
  matchMask(f: Filters, lastYear: number): Uint8Array
  /** The indices of the records passing every filter, ascending. */
  matchingIndices(f: Filters, lastYear: number): Uint32Array
  /** The roll-up cell of each record, in record order (a map point's coded property). */
  readonly recordCells: Uint32Array
  /** Per cell: 1 when it fails no filter (a record passes exactly when its cell does); a new array only on change. */
  cellPass(f: Filters, lastYear: number): Uint8Array
  /** The built state and its buffers, for `postMessage(state, transfer)`. */
  toTransferable(): { state: CubeState; transfer: ArrayBuffer[] }
}

/** What one dataset declaration yields. */
export interface CubeDef<Row, A> {
  readonly spec: CubeSpec<Row>
  fromRows(rows: readonly Row[], opts?: BuildOptions): Cube<Row, A>
  /** From columns (a worker's Arrow batch); `rows`, if given, back `matching`. */
  fromColumns(batch: ColumnBatch, opts?: BuildOptions & { rows?: readonly Row[] }): Cube<Row, A>
  /** From a state built elsewhere (`toTransferable`). */
  fromTransferable(state: CubeState, rows?: readonly Row[]): Cube<Row, A>
  /** The record predicate for these filters (exports, lists): the cube's rules, record by record. */
  matcher(f: Filters, lastYear: number): (row: Row) => boolean
}

/** A dataset filtered record by record (small tables), from the same kind of declaration. */
export interface RowDef<Row> {
  readonly spec: RowSpec<Row>
  matcher(f: Filters, lastYear: number): (row: Row) => boolean
}

export function defineRows<Row>(spec: RowSpec<Row>): RowDef<Row> {
  return { spec, matcher: (f, lastYear) => rowMatcher(spec, f, lastYear) }
}

/** `A` is the result shape the spec's groups produce: `AggregatesOf` the declaration (spec.ts). */
export function defineCube<Row, A>(spec: CubeSpec<Row>): CubeDef<Row, A> {
  checkSpec(spec)
  const fromTransferable = (state: CubeState, rows?: readonly Row[]) => createCube<Row, A>(spec, state, rows ?? null)
  return {
    spec,
    fromRows: (rows, opts) => fromTransferable(buildState(spec, toColumns(spec, rows), opts), rows),
    fromColumns: (batch, opts) => fromTransferable(buildState(spec, batch, opts), opts?.rows),
    fromTransferable,
    matcher: (f, lastYear) => rowMatcher(spec, f, lastYear),
  }
}

/** One cached answer, valid while the fail bits keep their version (and `key`, if given). */
class Memo<T> {
  private version = -1
  private key = ''
  private value: T | null = null

  get(version: number, make: () => T, key = ''): T {
    if (this.value === null || this.version !== version || this.key !== key) {
      this.value = make()
      this.version = version
      this.key = key
    }
    return this.value
  }
}

/** Per filtered dimension, what its filter tests per code: the value, or for a list dim the member values. */
function testValuesOf<Row>(spec: CubeSpec<Row>, state: CubeState, filtered: string[]): unknown[][] {
  return filtered.map((name) => {
    const { values, offsets, members } = state.dims[name] as DimState
    if (!isListDim(spec.dims[name] as DimSpec<Row>) || !offsets || !members) return values
    return Array.from({ length: offsets.length - 1 }, (_, c) =>
      Array.from(members.subarray(offsets[c], offsets[c + 1]), (m) => values[m]),
    )
  })
}

function createCube<Row, A>(spec: CubeSpec<Row>, state: CubeState, rows: readonly Row[] | null): Cube<Row, A> {
  if (rows && rows.length !== state.rows) throw new Error(`${spec.name}: ${rows.length} records for ${state.rows}`)
  return new BuiltCube<Row, A>(spec, state, rows)
}

class BuiltCube<Row, A> implements Cube<Row, A> {
  readonly rowCount: number
  readonly cellCount: number
  /** The dimensions with a filter; dimension i has fail bit 1 << i. */
  private readonly filtered: string[]
  private readonly testValues: unknown[][]
  private readonly bits: FailBits
  private readonly aggregator: Aggregator
  /** The dims whose range's last year `atRangeEndOf` measures need, with their value → code maps. */
  private readonly ends: [string, Map<DimValue, number>][]
  /** Bumped whenever the fail bits change. */
  private version = 0
  private readonly result = new Memo<A>()
  private readonly mask = new Memo<Uint8Array>()
  private readonly indices = new Memo<Uint32Array>()
  private readonly cells = new Memo<Uint8Array>()
  private readonly list = new Memo<Row[]>()

  constructor(
    private readonly spec: CubeSpec<Row>,
    private readonly state: CubeState,
    private readonly rows: readonly Row[] | null,
  ) {
    this.rowCount = state.rows
    this.cellCount = state.cells
    this.filtered = Object.keys(spec.dims).filter((name) => spec.dims[name]?.kind)
    this.testValues = testValuesOf(spec, state, this.filtered)
    const codes = this.filtered.map((name) => (state.dims[name] as DimState).codes)
    this.bits = new FailBits(
      codes,
      this.testValues.map((v) => v.length),
      state.cells,
    )
    const bitOf = new Map(this.filtered.map((name, d) => [name, 1 << d]))
    this.aggregator = new Aggregator(spec as CubeSpec<unknown>, state, bitOf)
    const endDims = new Set(Object.values(spec.measures).flatMap((m) => m.atRangeEndOf ?? []))
    this.ends = [...endDims].map((dim) => [dim, new Map((state.dims[dim] as DimState).values.map((v, c) => [v, c]))])
  }

  /** Brings the fail bits up to date with the filters; returns the year range. */
  private apply(f: Filters, lastYear: number) {
    const years = effectiveYears(f, lastYear)
    const tables = this.filtered.map((name, d): FailTable => {
      const vals = this.testValues[d] as unknown[]
      const t = new Uint8Array(vals.length)
      const test = valueTest(this.spec.dims[name] as DimSpec<Row>, f, years)
      if (test) for (let c = 0; c < t.length; c++) t[c] = test(vals[c]) ? 0 : 1
      return t
    })
    if (this.bits.update(tables)) this.version++
    return years
  }

  query(f: Filters, lastYear: number): A {
    const { to } = this.apply(f, lastYear)
    // The range's last year matters to the `atRangeEndOf` measures only: its code is part of the key.
    const endCodes = new Map(this.ends.map(([dim, codeOf]) => [dim, codeOf.get(to) ?? -1]))
    const run = () => this.aggregator.run(this.bits.fails, (dim) => endCodes.get(dim) ?? -1) as A
    return this.result.get(this.version, run, [...endCodes.values()].join())
  }

  matching(f: Filters, lastYear: number): Row[] {
    const rows = this.rows
    if (!rows) throw new Error(`${this.spec.name}: built without records; use matchingIndices`)
    this.apply(f, lastYear)
    return this.list.get(this.version, () => pick(rows, this.bits.fails, this.state.cellOf))
  }

  matchMask(f: Filters, lastYear: number): Uint8Array {
    this.apply(f, lastYear)
    return this.mask.get(this.version, () => passMask(this.bits.fails, this.state.cellOf))
  }

  matchingIndices(f: Filters, lastYear: number): Uint32Array {
    this.apply(f, lastYear)
    return this.indices.get(this.version, () => passing(this.bits.fails, this.state.cellOf))
  }

  get recordCells(): Uint32Array {
    return this.state.cellOf
  }

  cellPass(f: Filters, lastYear: number): Uint8Array {
    this.apply(f, lastYear)
    return this.cells.get(this.version, () => Uint8Array.from(this.bits.fails, (x) => (x === 0 ? 1 : 0)))
  }

  toTransferable() {
    return { state: this.state, transfer: transferList(this.state) }
  }
}

/** Per record: 1 when its cell fails no filter. */
function passMask(fails: ArrayLike<number>, cellOf: Uint32Array): Uint8Array {
  const out = new Uint8Array(cellOf.length)
  for (let r = 0; r < out.length; r++) out[r] = fails[cellOf[r] as number] === 0 ? 1 : 0
  return out
}

/** The records whose cell fails no filter, as indices. */
function passing(fails: ArrayLike<number>, cellOf: Uint32Array): Uint32Array {
  const at: number[] = []
  for (let r = 0; r < cellOf.length; r++) if (fails[cellOf[r] as number] === 0) at.push(r)
  return new Uint32Array(at)
}

/** The records whose cell fails no filter. */
function pick<Row>(rows: readonly Row[], fails: ArrayLike<number>, cellOf: Uint32Array): Row[] {
  const out: Row[] = []
  for (let r = 0; r < rows.length; r++) if (fails[cellOf[r] as number] === 0) out.push(rows[r] as Row)
  return out
}
