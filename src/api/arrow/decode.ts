/**
 * Arrow IPC bytes → the tables the column reader takes (columns/source.ts), with @uwdata/flechette
 * (no eval, so it runs under the app's CSP). Values read as a JSON record would hold them: numbers of any
 * integer or float type as numbers, utf8 as strings, lists as arrays, structs as objects, null as null;
 * a type the contract has no use for (binary, dates, unions…) reads as a value no rule accepts.
 * Dictionary, number, utf8, struct and list columns also keep their layout (one pass per column, one
 * string per text column), so a million rows cost a few array passes, not a million small objects.
 */
import { Type, tableFromIPC, type Column, type DataType, type Table } from '@uwdata/flechette'
import type { Nulls, SourceColumn, SourceTable } from '../columns/source.ts'
import { splitStreams } from './streams.ts'

/** A decoded table and the name its schema metadata gives it (`table`), if any. */
export interface DecodedTable extends SourceTable {
  name: string | null
}

/** What a value of an unsupported Arrow type reads as: no rule accepts a symbol ('wrong-type'). */
const UNSUPPORTED = Symbol('unsupported Arrow type')

/** The parts of a flechette batch read here. */
interface AnyBatch {
  length: number
  nullCount: number
  type: DataType
  values?: ArrayLike<number | bigint> & { subarray?(a: number, b: number): ArrayLike<number> }
  offsets?: ArrayLike<number | bigint>
  cache?: readonly unknown[]
  children?: AnyBatch[]
  isValid(i: number): boolean
  at(i: number): unknown
}

type TypeInfo = DataType & { children?: { name: string; type: DataType }[]; dictionary?: DataType; precision?: number }

const STRINGS: ReadonlySet<number> = new Set([Type.Utf8, Type.LargeUtf8, Type.Utf8View])
const NUMBERS: ReadonlySet<number> = new Set([Type.Int, Type.Float])
const LISTS: ReadonlySet<number> = new Set([
  Type.List,
  Type.LargeList,
  Type.FixedSizeList,
  Type.ListView,
  Type.LargeListView,
])
/** Types read through flechette's own values (already in the JSON shape). */
const AS_IS: ReadonlySet<number> = new Set([Type.Null, Type.Bool, Type.Decimal, Type.Struct, ...STRINGS, ...LISTS])

/** Whether every value a type holds (through lists and structs) reads as JSON would. */
function supported(type: TypeInfo): boolean {
  if (type.typeId === Type.Dictionary) return supported(type.dictionary)
  if (NUMBERS.has(type.typeId)) return true
  if (!AS_IS.has(type.typeId)) return false
  return (type.children ?? []).every((c) => supported(c.type as TypeInfo))
}

function nullsOf(batches: readonly AnyBatch[], length: number): Nulls {
  if (!batches.some((b) => b.nullCount > 0)) return null
  const nulls = new Uint8Array(length)
  let at = 0
  for (const b of batches) {
    if (b.nullCount) for (let i = 0; i < b.length; i++) if (!b.isValid(i)) nulls[at + i] = 1
    at += b.length
  }
  return nulls
}

function withNulls(nulls: Nulls, at: (i: number) => unknown): (i: number) => unknown {
  return nulls ? (i) => (nulls[i] ? null : at(i)) : at
}

/** Numbers of any width as doubles (int64 through Number: an unsafe value stays unsafe, and fails its rule). */
function numberColumn(batches: readonly AnyBatch[], length: number): SourceColumn {
  const values = new Float64Array(length)
  let at = 0
  for (const b of batches) {
    const src = b.values as ArrayLike<number | bigint>
    if (b.type.typeId === Type.Float && (b.type as TypeInfo).precision === 0)
      for (let i = 0; i < b.length; i++) values[at + i] = Number(b.at(i))
    else if (src instanceof BigInt64Array || src instanceof BigUint64Array)
      for (let i = 0; i < b.length; i++) values[at + i] = Number(src[i])
    else for (let i = 0; i < b.length; i++) values[at + i] = src[i] as number
    at += b.length
  }
  const nulls = nullsOf(batches, length)
  return { length, numbers: { values, nulls }, at: withNulls(nulls, (i) => values[i]) }
}

/** A dictionary column: the entries (each distinct dictionary once) and each row's entry. */
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
    const big = keys instanceof BigInt64Array || keys instanceof BigUint64Array
    for (let i = 0; i < b.length; i++) {
      const key = big ? Number(keys[i]) : (keys[i] as number)
      // A key outside its dictionary is a corrupt file, not a bad record.
      if (key >= 0 && key < size) codes[at + i] = offset + key
      else if (b.nullCount && !b.isValid(i)) codes[at + i] = -1
      else throw new RangeError(`dictionary key ${key} outside 0…${size - 1}`)
    }
    if (b.nullCount) for (let i = 0; i < b.length; i++) if (!b.isValid(i)) codes[at + i] = -1
    at += b.length
  }
  return { length, dict: { values: entries, codes }, at: (i) => (codes[i] === -1 ? null : entries[codes[i] as number]) }
}

/** UTF-16 length of each string of a utf8 buffer, from its bytes (continuation bytes count nothing). */
function utf16Offsets(bytes: Uint8Array, offsets: ArrayLike<number>, n: number, out: Uint32Array, start: number) {
  let units = out[start] as number
  for (let i = 0; i < n; i++) {
    for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) {
      const c = bytes[j] as number
      if ((c & 0xc0) !== 0x80) units += c >= 0xf0 ? 2 : 1
    }
    out[start + i + 1] = units
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/** A utf8 value as flechette gives it (a string, or null). */
const textOf = (v: unknown): string => (typeof v === 'string' ? v : '')

/** Utf8 strings as one string and UTF-16 offsets; invalid UTF-8 falls back to each value decoded on its own. */
function textColumn(batches: readonly AnyBatch[], length: number): SourceColumn {
  const offsets = new Uint32Array(length + 1)
  const parts: string[] = []
  let at = 0
  for (const b of batches) {
    const bytes = b.values as unknown as Uint8Array
    const offs = b.offsets as ArrayLike<number>
    let part: string
    try {
      part = strictUtf8.decode(bytes.subarray(offs[0], offs[b.length]))
      utf16Offsets(bytes, offs, b.length, offsets, at)
    } catch {
      const values = Array.from({ length: b.length }, (_, i) => textOf(b.at(i)))
      values.forEach((v, i) => (offsets[at + i + 1] = (offsets[at + i] as number) + v.length))
      part = values.join('')
    }
    parts.push(part)
    at += b.length
  }
  const text = parts.join('')
  const nulls = nullsOf(batches, length)
  return {
    length,
    text: { text, offsets, nulls },
    at: withNulls(nulls, (i) => text.slice(offsets[i], offsets[i + 1])),
  }
}

function structColumn(batches: readonly AnyBatch[], type: TypeInfo, length: number): SourceColumn {
  const children = new Map<string, SourceColumn>()
  ;(type.children ?? []).forEach((f, c) => {
    if (!children.has(f.name))
      children.set(
        f.name,
        sourceColumn(
          batches.map((b) => b.children?.[c] as AnyBatch),
          f.type,
          length,
        ),
      )
  })
  const nulls = nullsOf(batches, length)
  const at = (i: number) => {
    const out: Record<string, unknown> = {}
    for (const [name, col] of children) out[name] = col.at(i)
    return out
  }
  return { length, struct: { children, nulls }, at: withNulls(nulls, at) }
}

/** A List column (int32 offsets): one offsets array over all batches, members as one column. */
function listColumn(batches: readonly AnyBatch[], type: TypeInfo, length: number): SourceColumn {
  const offsets = new Uint32Array(length + 1)
  const memberBatches: AnyBatch[] = []
  let members = 0
  let at = 0
  for (const b of batches) {
    const offs = b.offsets as ArrayLike<number>
    const child = b.children?.[0] as AnyBatch
    const first = offs[0] as number
    for (let i = 0; i < b.length; i++) offsets[at + i + 1] = members + (offs[i + 1] as number) - first
    members += (offs[b.length] as number) - first
    memberBatches.push(
      first === 0 && child.length === members ? child : sliceBatch(child, first, offs[b.length] as number),
    )
    at += b.length
  }
  const member = sourceColumn(memberBatches, type.children?.[0]?.type ?? type, members)
  const nulls = nullsOf(batches, length)
  const list = (i: number) => {
    const out: unknown[] = []
    for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) out.push(member.at(j))
    return out
  }
  return { length, list: { offsets, members: member, nulls }, at: withNulls(nulls, list) }
}

/** A view of rows [from, to) of a batch, read value by value. */
function sliceBatch(b: AnyBatch, from: number, to: number): AnyBatch {
  return {
    ...b,
    length: to - from,
    nullCount: 1,
    isValid: (i) => b.isValid(from + i),
    at: (i) => b.at(from + i),
    values: undefined,
    cache: undefined,
    offsets: undefined,
  }
}

/** Any other column: values by row through the batches. */
function valueColumn(batches: readonly AnyBatch[], length: number, ok: boolean): SourceColumn {
  const rowOf = (row: number): [AnyBatch, number] => {
    let i = row
    for (const b of batches) {
      if (i < b.length) return [b, i]
      i -= b.length
    }
    throw new RangeError(`row ${row} outside the column`)
  }
  return {
    length,
    at: (row) => {
      const [b, i] = rowOf(row)
      if (!ok) return b.isValid(i) ? UNSUPPORTED : null
      const v = b.at(i)
      return typeof v === 'bigint' ? Number(v) : v
    },
  }
}

function sourceColumn(batches: readonly AnyBatch[], type: TypeInfo, length: number): SourceColumn {
  const id = type.typeId
  if (!supported(type)) return valueColumn(batches, length, false)
  const plain = batches.every((b) => b.values !== undefined || b.children !== undefined)
  if (plain && id === Type.Dictionary && batches.every((b) => b.cache)) return dictColumn(batches, length)
  if (plain && NUMBERS.has(id)) return numberColumn(batches, length)
  if (plain && id === Type.Utf8) return textColumn(batches, length)
  if (plain && id === Type.Struct) return structColumn(batches, type, length)
  if (plain && id === Type.List) return listColumn(batches, type, length)
  return valueColumn(batches, length, true)
}

function tableOf(table: Table): DecodedTable {
  const columns = new Map<string, SourceColumn>()
  table.schema.fields.forEach((f, i) => {
    const column = table.children[i] as Column<unknown> | undefined
    if (!column || columns.has(f.name)) return
    columns.set(f.name, sourceColumn(column.data as unknown as AnyBatch[], f.type, column.length))
  })
  return { length: table.numRows, columns, name: table.schema.metadata?.get('table') ?? null }
}

/**
 * Decodes `{dataset}.arrow`: one Arrow IPC stream or file per table (talent: three streams back to back).
 * Throws on bytes that are not complete Arrow IPC (truncated, corrupt); the caller makes that a 'parse' error.
 */
export function decodeTables(bytes: Uint8Array): DecodedTable[] {
  return splitStreams(bytes).map((part) => tableOf(tableFromIPC(part, { useBigInt: true })))
}
