/**
 * Writes the columnar form of the v1 datasets (SPEC §4 "Columnar form"): Apache Arrow IPC with the
 * contract's field names, read column by column from the rule tables (src/domain/recordRules.ts) so the
 * writer and the app's reader (src/api/arrow/) agree on every field:
 * - ids and names that repeat (district, chain, segment, type ids, hosts, talent sources) are dictionary
 *   encoded (utf8 values, the smallest signed index type that fits); unique ids and names are plain utf8;
 * - counts are int32 (float64 when a value does not fit), years int16, lon/lat and other numbers float64;
 * - lists (`types`, `partners`) are lists of dictionary-encoded utf8; `talent` of a firm is a struct;
 * - null is Arrow's null (validity bitmap).
 * Each table is one IPC stream (schema, dictionaries, one record batch, end-of-stream marker). talent.arrow
 * holds three such streams back to back — cells, demand, sources — each with `table` in its schema metadata.
 */
import {
  dictionary,
  field,
  float64,
  int16,
  int32,
  int8,
  list,
  struct,
  tableFromArrays,
  tableToIPC,
  utf8,
  type DataType,
} from '@uwdata/flechette'
import { isTextField } from '../src/domain/frame.ts'
import { RECORD_RULES, type FieldRule, type RecordKind } from '../src/domain/recordRules.ts'
import { ARROW_TABLES, type ArrowDataset } from '../src/api/arrow/layout.ts'

type Row = Record<string, unknown>

const INT32_MAX = 2 ** 31 - 1

/** The smallest signed index type that addresses `n` dictionary entries. */
function indexType(n: number) {
  if (n <= 127) return int8()
  if (n <= 32767) return int16()
  return int32()
}

function distinct(values: readonly unknown[]): number {
  return new Set(values.flatMap((v) => (Array.isArray(v) ? v : [v]))).size
}

function countType(values: readonly unknown[]): DataType {
  const fits = values.every((v) => v === null || (Number.isInteger(v) && Math.abs(v as number) <= INT32_MAX))
  return fits ? int32() : float64()
}

/** The Arrow type of one field, from its rule and (for dictionaries and counts) its values. */
function typeOf(kind: RecordKind, rule: FieldRule, values: readonly unknown[]): DataType {
  switch (rule.rule) {
    case 'id':
    case 'name':
      return isTextField(kind, rule) ? utf8() : dictionary(utf8(), indexType(distinct(values)))
    case 'idList':
    case 'nameList':
      return list(dictionary(utf8(), indexType(distinct(values))))
    case 'count':
      return countType(values)
    case 'year':
      return int16()
    case 'object':
      return struct(
        (rule.fields ?? []).map((f) =>
          field(f.field, countType(values.map((v) => (v as Row | null)?.[f.field] ?? null))),
        ),
      )
    default:
      return float64()
  }
}

/** Departures from the contract's columns, for hostile files in tests: other types, extra or missing columns. */
export interface EncodeOptions {
  types?: Record<string, DataType>
  extra?: Record<string, { type: DataType; values: unknown[] }>
  omit?: readonly string[]
}

/** One table of records (already valid by the schema rules) as an Arrow IPC stream. */
export function encodeRecords(kind: RecordKind, rows: readonly Row[], options: EncodeOptions = {}): Uint8Array {
  const columns: Record<string, unknown[]> = {}
  const types: Record<string, DataType> = {}
  for (const rule of RECORD_RULES[kind].fields) {
    if (options.omit?.includes(rule.field)) continue
    const values = rows.map((r) => r[rule.field] ?? null)
    columns[rule.field] = values
    types[rule.field] = options.types?.[rule.field] ?? typeOf(kind, rule, values)
  }
  for (const [name, { type, values }] of Object.entries(options.extra ?? {})) {
    columns[name] = values
    types[name] = type
  }
  const table = tableFromArrays(columns, { types })
  // Schema metadata names the table, so a reader of talent.arrow can tell its three streams apart.
  table.schema.metadata = new Map([['table', kind]])
  return tableToIPC(table, { format: 'stream' }) as Uint8Array
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.byteLength
  }
  return out
}

/** `{dataset}.arrow` for a dataset's JSON body (its arrays, in the layout of src/api/arrow/layout.ts). */
export function encodeDataset(
  name: ArrowDataset,
  body: Record<string, readonly Row[]>,
  options: EncodeOptions = {},
): Uint8Array {
  return concat(ARROW_TABLES[name].map(([key, kind]) => encodeRecords(kind, body[key] ?? [], options)))
}
