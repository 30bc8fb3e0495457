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
} from './build'
import type { DimValue } from './columns'
import { FailBits, type FailTable } from './failBits'
import { rowMatcher, valueTest } from './rules'
import { checkSpec, type CubeSpec, type RowSpec } from './spec'

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

/** `A` is the result shape the spec's groups produce (checked against the reference by the tests). */
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

function createCube<Row, A>(spec: CubeSpec<Row>, state: CubeState, rows: readonly Row[] | null): Cube<Row, A> {
  if (rows && rows.length !== state.rows) throw new Error(`${spec.name}: ${rows.length} records for ${state.rows}`)
  const filtered = Object.entries(spec.dims).filter(([, d]) => d.kind)
  const bitOf = new Map(filtered.map(([name], d) => [name, 1 << d]))
  const dimState = (name: string) => state.dims[name] as NonNullable<CubeState['dims'][string]>
  // What a filter tests per code: the value, or for a list dim the list of member values.
  const testValues = filtered.map(([name, dim]): unknown[] => {
    const { values, offsets, members } = dimState(name)
    if (!isListDim(dim) || !offsets || !members) return values
    return Array.from({ length: offsets.length - 1 }, (_, c) =>
      Array.from(members.subarray(offsets[c], offsets[c + 1]), (m) => values[m]),
    )
  })
  const bits = new FailBits(
    filtered.map(([name]) => dimState(name).codes),
    testValues.map((v) => v.length),
    state.cells,
  )
  const aggregator = new Aggregator(spec as CubeSpec<unknown>, state, bitOf)
  const codeOf = new Map<string, Map<DimValue, number>>()
  const endCode = (years: { to: number }) => (dim: string) => {
    let m = codeOf.get(dim)
    if (!m) codeOf.set(dim, (m = new Map(dimState(dim).values.map((v, c) => [v, c]))))
    return m.get(years.to) ?? -1
  }
  /** Bumped whenever the fail bits change; every cached answer carries the version it was made for. */
  let version = 0
  let last: { version: number; key: string; result: A } | null = null
  let mask: { version: number; value: Uint8Array } | null = null
  let idx: { version: number; value: Uint32Array } | null = null
  let list: { version: number; value: Row[] } | null = null

  function apply(f: Filters, lastYear: number) {
    const years = effectiveYears(f, lastYear)
    const tables = filtered.map(([, dim], d): FailTable => {
      const vals = testValues[d] as unknown[]
      const t = new Uint8Array(vals.length)
      const test = valueTest(dim, f, years)
      if (test) for (let c = 0; c < t.length; c++) t[c] = test(vals[c]) ? 0 : 1
      return t
    })
    if (bits.update(tables)) version++
    return years
  }

  function maskOf(f: Filters, lastYear: number): Uint8Array {
    apply(f, lastYear)
    if (mask?.version !== version) mask = { version, value: passMask(bits.fails, state.cellOf) }
    return mask.value
  }

  function indicesOf(f: Filters, lastYear: number): Uint32Array {
    apply(f, lastYear)
    if (idx?.version !== version) idx = { version, value: passing(bits.fails, state.cellOf) }
    return idx.value
  }

  const ends = Object.values(spec.measures).flatMap((m) => (m.atRangeEndOf === undefined ? [] : [m.atRangeEndOf]))

  return {
    rowCount: state.rows,
    cellCount: state.cells,
    query(f, lastYear) {
      const years = apply(f, lastYear)
      const codes = endCode(years)
      // The range's last year matters only to `atRangeEndOf` measures.
      const key = ends.map(codes).join()
      if (last?.version !== version || last.key !== key)
        last = { version, key, result: aggregator.run(bits.fails, codes) as A }
      return last.result
    },
    matching(f, lastYear) {
      if (!rows) throw new Error(`${spec.name}: built without records; use matchingIndices`)
      apply(f, lastYear)
      if (list?.version !== version) list = { version, value: pick(rows, bits.fails, state.cellOf) }
      return list.value
    },
    matchMask: maskOf,
    matchingIndices: indicesOf,
    toTransferable: () => ({ state, transfer: transferList(state) }),
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
