/**
 * Builds a cube's state — plain typed arrays and small dictionaries, so a worker can build it
 * and transfer it — from a columnar batch (what Arrow decodes to) or from records.
 */
import type { Meta } from '../types'
import {
  buildCells,
  dictColumn,
  encodeDict,
  encodeList,
  listColumn,
  type DictColumn,
  type DimValue,
  type EncodedDim,
  type ListColumn,
} from './columns'
import type { CubeSpec, DimSpec, MetaDomain } from './spec'

/** Records as columns: dims by field (dictionary or list columns), measures by field (`talent.total`). */
export interface ColumnBatch {
  length: number
  dims: Readonly<Record<string, DictColumn | ListColumn>>
  measures: Readonly<Record<string, ArrayLike<number>>>
}

/** One dimension of a built cube. */
export interface DimState {
  /** The keys; a cell's code indexes them (for a list dim: the member ids). */
  values: DimValue[]
  /** Per cell: its code (for a list dim: the code of its list). */
  codes: Uint32Array
  /** List dims: list c holds the member codes `members[offsets[c]]` … `members[offsets[c + 1] - 1]`. */
  offsets?: Uint32Array
  members?: Uint32Array
}

/** A built cube: transferable to and from a worker as it is (see `transferList`). */
export interface CubeState {
  name: string
  rows: number
  cells: number
  dims: Record<string, DimState>
  /** Per cell: each measure field summed. */
  sums: Record<string, Float64Array>
  /** Per cell: its number of records. */
  count: Float64Array
  /** Per measure with `where`: 1 for the keys of that dim carrying the flag (taken from meta at build). */
  flags: Record<string, Uint8Array>
  /** The cell of each record, in record order. */
  cellOf: Uint32Array
}

export interface BuildOptions {
  /** Its ids come first in each dimension, in meta's order; its flags drive `where` measures. */
  meta?: Meta | null
  /** Collapse records sharing every dimension into one cell (default true; false = one cell per record). */
  rollup?: boolean
}

export const isListDim = <Row>(dim: DimSpec<Row>) => dim.kind === 'list-contains'

/** Meta's entries of a domain as [id, entry] (the server's SQL seeds its dimensions with it too). */
export function domainEntries(meta: Meta, domain: MetaDomain): [DimValue, object][] {
  switch (domain) {
    case 'districts':
      return meta.districts.map((d) => [d.adcode, d])
    case 'segments':
      return meta.chains.flatMap((c) => c.segments).map((s) => [s.id, s])
    case 'years':
      return meta.years.map((y) => [y, {}])
    default:
      return meta[domain].map((x) => [x.id, x])
  }
}

function seedOf<Row>(dim: DimSpec<Row>, meta: Meta | null): DimValue[] {
  return meta && dim.domain ? domainEntries(meta, dim.domain).map(([id]) => id) : []
}

/** Reads a number field, or a field of an object field (`talent.total`). */
export function numberGetter(path: string): (row: unknown) => number {
  const [a = '', b] = path.split('.')
  if (b === undefined) return (row) => (row as Record<string, number>)[a] as number
  return (row) => ((row as Record<string, Record<string, number>>)[a] as Record<string, number>)[b] as number
}

/** The fields a cube's measures sum (count measures have none). */
export function measureFields<Row>(spec: CubeSpec<Row>): string[] {
  return [...new Set(Object.values(spec.measures).flatMap((m) => (m.field ? [m.field as string] : [])))]
}

/** Records → the columnar batch `buildState` takes. */
export function toColumns<Row>(spec: CubeSpec<Row>, rows: readonly Row[]): ColumnBatch {
  const dims: Record<string, DictColumn | ListColumn> = {}
  for (const dim of Object.values(spec.dims)) {
    const field = dim.field
    dims[field] = isListDim(dim)
      ? listColumn(rows, (r) => r[field] as readonly string[])
      : dictColumn(rows, (r) => r[field] as DimValue)
  }
  const measures: Record<string, Float64Array> = {}
  for (const field of measureFields(spec)) {
    const get = numberGetter(field)
    const col = new Float64Array(rows.length)
    for (let i = 0; i < rows.length; i++) col[i] = get(rows[i])
    measures[field] = col
  }
  return { length: rows.length, dims, measures }
}

function flagsOf<Row>(spec: CubeSpec<Row>, dims: Record<string, EncodedDim>, meta: Meta | null) {
  const flags: Record<string, Uint8Array> = {}
  for (const [name, m] of Object.entries(spec.measures)) {
    if (!m.where) continue
    const { dim, flag } = m.where
    const domain = spec.dims[dim]?.domain
    const flagged = new Set(
      meta && domain
        ? domainEntries(meta, domain)
            .filter(([, e]) => (e as Record<string, unknown>)[flag] === true)
            .map(([id]) => id)
        : [],
    )
    flags[name] = Uint8Array.from(dims[dim]?.values ?? [], (v) => (flagged.has(v) ? 1 : 0))
  }
  return flags
}

/** Encodes every dimension through the cube's dictionaries, rolls records up into cells. */
export function buildState<Row>(spec: CubeSpec<Row>, batch: ColumnBatch, opts: BuildOptions = {}): CubeState {
  const meta = opts.meta ?? null
  const encoded: Record<string, EncodedDim> = {}
  for (const [name, dim] of Object.entries(spec.dims)) {
    const col = batch.dims[dim.field]
    if (!col) throw new Error(`${spec.name}: no column ${dim.field}`)
    const seed = seedOf(dim, meta)
    encoded[name] =
      'offsets' in col
        ? encodeList(col, batch.length, seed as string[])
        : encodeDict(col, batch.length, seed, dim.order === 'ascending')
  }
  const fields = measureFields(spec)
  const rowMeasures = fields.map((field) => {
    const col = batch.measures[field]
    if (!col) throw new Error(`${spec.name}: no column ${field}`)
    return col instanceof Float64Array ? col : new Float64Array(col)
  })
  const names = Object.keys(encoded)
  const enc = names.map((n) => encoded[n] as EncodedDim)
  // A list dim's codes number its distinct lists, not its members.
  const sizes = enc.map((e) => (e.offsets ? e.offsets.length - 1 : e.values.length))
  const cells = buildCells(
    enc.map((e) => e.rowCodes),
    sizes,
    rowMeasures,
    batch.length,
    opts.rollup ?? true,
  )
  const dims: Record<string, DimState> = {}
  names.forEach((name, d) => {
    const { values, offsets, members } = enc[d] as EncodedDim
    const codes = cells.codes[d] as Uint32Array
    dims[name] = offsets && members ? { values, codes, offsets, members } : { values, codes }
  })
  return {
    name: spec.name,
    rows: batch.length,
    cells: cells.n,
    dims,
    sums: Object.fromEntries(fields.map((f, m) => [f, cells.sums[m] as Float64Array])),
    count: cells.count,
    flags: flagsOf(spec, encoded, meta),
    cellOf: cells.cellOf,
  }
}

/** The buffers of a state, for `postMessage(state, transferList(state))`. */
export function transferList(state: CubeState): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [state.count, state.cellOf, ...Object.values(state.sums)]
  arrays.push(...Object.values(state.flags))
  for (const d of Object.values(state.dims)) arrays.push(...[d.codes, d.offsets, d.members].filter((a) => !!a))
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))]
}
