/**
 * Arrow IPC bytes → the tables the column reader takes (columns/source.ts), with @uwdata/flechette
 * (no eval, so it runs under the app's CSP). Values read as a JSON record would hold them: numbers of any
 * integer or float type as numbers, utf8 as strings, lists as arrays, structs as objects, null as null;
 * a type the contract has no use for (binary, dates, unions…) reads as a value no rule accepts.
 */
import { Type, tableFromIPC, type Batch, type Column, type Table } from '@uwdata/flechette'
import type { Dictionary, SourceColumn, SourceTable } from '../columns/source.ts'
import { splitStreams } from './streams.ts'

/** A decoded table and the name its schema metadata gives it (`table`), if any. */
export interface DecodedTable extends SourceTable {
  name: string | null
}

/** What a value of an unsupported Arrow type reads as: no rule accepts a symbol ('wrong-type'). */
const UNSUPPORTED = Symbol('unsupported Arrow type')

type AnyBatch = Batch<unknown> & {
  values?: ArrayLike<unknown>
  offsets?: ArrayLike<number>
  validity?: Uint8Array
  cache?: readonly unknown[]
  children?: AnyBatch[]
  isValid(i: number): boolean
  at(i: number): unknown
}

const STRING_TYPES: ReadonlySet<number> = new Set([Type.Utf8, Type.LargeUtf8, Type.Utf8View])
const NUMBER_TYPES: ReadonlySet<number> = new Set([Type.Int, Type.Float])
/** Types whose values flechette gives in the JSON shape already (lists → arrays, structs → objects). */
const AS_IS_TYPES: ReadonlySet<number> = new Set([
  Type.Null,
  Type.Bool,
  Type.Decimal,
  Type.List,
  Type.LargeList,
  Type.FixedSizeList,
  Type.ListView,
  Type.LargeListView,
  Type.Struct,
  ...STRING_TYPES,
])

/** Whether every value a type holds (through lists and structs) reads as JSON would. */
function supported(type: { typeId: number; children?: { type: { typeId: number } }[]; dictionary?: unknown }): boolean {
  if (type.typeId === Type.Dictionary) return supported(type.dictionary as typeof type)
  if (NUMBER_TYPES.has(type.typeId)) return true
  if (!AS_IS_TYPES.has(type.typeId)) return false
  return (type.children ?? []).every((c) => supported(c.type))
}

/** Row i of a batch; a null is null (flechette's `at` checks the validity bitmap). */
function valueAt(batch: AnyBatch, i: number): unknown {
  const v = batch.at(i)
  return typeof v === 'bigint' ? Number(v) : v
}

/** A numeric column as one Float64Array (int64 through Number: an unsafe value stays unsafe) and its nulls. */
function numberColumn(batches: readonly AnyBatch[], length: number): SourceColumn {
  const values = new Float64Array(length)
  let nulls: Uint8Array | null = null
  let at = 0
  for (const b of batches) {
    const src = b.values as ArrayLike<number | bigint>
    const float16 = b.type.typeId === Type.Float && (b.type as { precision?: number }).precision === 0
    for (let i = 0; i < b.length; i++) {
      if (b.nullCount && !b.isValid(i)) {
        ;(nulls ??= new Uint8Array(length))[at + i] = 1
        continue
      }
      values[at + i] = float16 ? (b.at(i) as number) : Number(src[i])
    }
    at += b.length
  }
  const isNull = nulls
  return { length, at: isNull ? (i) => (isNull[i] ? null : values[i]) : (i) => values[i] }
}

/** A dictionary column: the entries (each batch's dictionary once) and each row's entry. */
function dictColumn(batches: readonly AnyBatch[], length: number): SourceColumn {
  const entries: unknown[] = []
  const base = new Map<readonly unknown[], number>()
  const codes = new Int32Array(length)
  let at = 0
  for (const b of batches) {
    const cache = b.cache ?? []
    let offset = base.get(cache)
    if (offset === undefined) {
      offset = entries.length
      base.set(cache, offset)
      for (const v of cache) entries.push(typeof v === 'bigint' ? Number(v) : v)
    }
    const keys = b.values as ArrayLike<number | bigint>
    const size = cache.length
    for (let i = 0; i < b.length; i++) {
      const key = Number(keys[i])
      const valid = !b.nullCount || b.isValid(i)
      // A key outside the dictionary is a corrupt file, not a bad record.
      if (valid && !(key >= 0 && key < size)) throw new RangeError(`dictionary key ${key} outside 0…${size - 1}`)
      codes[at + i] = valid ? offset + key : -1
    }
    at += b.length
  }
  const dict: Dictionary = { values: entries, codes }
  return { length, dict, at: (i) => (codes[i] === -1 ? null : entries[codes[i] as number]) }
}

/** Any other column: values by row through the batches. */
function batchColumn(batches: readonly AnyBatch[], length: number, ok: boolean): SourceColumn {
  if (!ok) return { length, at: (i) => (rowOf(batches, i).batch.isValid(rowOf(batches, i).i) ? UNSUPPORTED : null) }
  if (batches.length === 1) {
    const b = batches[0] as AnyBatch
    return { length, at: (i) => valueAt(b, i) }
  }
  return {
    length,
    at: (i) => {
      const r = rowOf(batches, i)
      return valueAt(r.batch, r.i)
    },
  }
}

function rowOf(batches: readonly AnyBatch[], row: number): { batch: AnyBatch; i: number } {
  let i = row
  for (const batch of batches) {
    if (i < batch.length) return { batch, i }
    i -= batch.length
  }
  throw new RangeError(`row ${row} outside the column`)
}

function sourceColumn(column: Column<unknown>): SourceColumn {
  const batches = column.data as unknown as AnyBatch[]
  const { typeId } = column.type
  const ok = supported(column.type as Parameters<typeof supported>[0])
  if (ok && typeId === Type.Dictionary && batches.every((b) => b.cache)) return dictColumn(batches, column.length)
  if (ok && NUMBER_TYPES.has(typeId)) return numberColumn(batches, column.length)
  return batchColumn(batches, column.length, ok)
}

function tableOf(table: Table): DecodedTable {
  const columns = new Map<string, SourceColumn>()
  table.names.forEach((name, i) => {
    const column = table.children[i]
    if (column && !columns.has(String(name))) columns.set(String(name), sourceColumn(column as Column<unknown>))
  })
  const meta = table.schema.metadata
  return { length: table.numRows, columns, name: meta?.get('table') ?? null }
}

/**
 * Decodes `{dataset}.arrow`: one Arrow IPC stream or file per table (talent: three streams back to back).
 * Throws on bytes that are not complete Arrow IPC (truncated, corrupt); the caller makes that a 'parse' error.
 */
export function decodeTables(bytes: Uint8Array): DecodedTable[] {
  return splitStreams(bytes).map((part) => tableOf(tableFromIPC(part, { useBigInt: true })))
}
