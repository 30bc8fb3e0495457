/**
 * A table of records as columns of typed arrays and small dictionaries: what the dataset worker hands the
 * page (transferred, not copied) and what the page reads records from, one at a time, when a person looks
 * at one. Columns follow the record's rule table (recordRules.ts); a row reads back as the record the
 * JSON form holds (same fields, in table order).
 */
import { RECORD_RULES, type FieldRule, type RecordKind } from './recordRules.ts'

/** Unique strings (ids, names): row i is `text.slice(offsets[i], offsets[i + 1])`. */
export interface TextColumn {
  type: 'text'
  text: string
  offsets: Uint32Array
}

/** Repeating values (dimension ids, years, hosts): row i is `values[codes[i]]`. */
export interface DictFrameColumn {
  type: 'dict'
  values: (string | number | null)[]
  codes: Uint8Array | Uint16Array | Uint32Array
}

export interface NumberColumn {
  type: 'number'
  values: Float64Array
}

/** Lists of strings: row i holds `values[codes[j]]` for offsets[i] ≤ j < offsets[i + 1]. */
export interface ListFrameColumn {
  type: 'list'
  values: string[]
  offsets: Uint32Array
  codes: Uint8Array | Uint16Array | Uint32Array
}

/** An object field of numbers (a firm's `talent`): one number column per field. */
export interface ObjectColumn {
  type: 'object'
  fields: Record<string, NumberColumn>
}

export type FrameColumn = TextColumn | DictFrameColumn | NumberColumn | ListFrameColumn | ObjectColumn

export interface Frame {
  kind: RecordKind
  length: number
  /** By field name (the rule table's). */
  columns: Record<string, FrameColumn>
}

/** The smallest unsigned array that holds codes below `size`. */
export function codeArray(length: number, size: number): Uint8Array | Uint16Array | Uint32Array {
  if (size <= 0x100) return new Uint8Array(length)
  return size <= 0x10000 ? new Uint16Array(length) : new Uint32Array(length)
}

function valueOf(col: FrameColumn, rule: FieldRule, i: number): unknown {
  switch (col.type) {
    case 'text':
      return col.text.slice(col.offsets[i], col.offsets[i + 1])
    case 'dict':
      return col.values[col.codes[i] as number]
    case 'number':
      return col.values[i]
    case 'list': {
      const out: string[] = []
      for (let j = col.offsets[i] as number; j < (col.offsets[i + 1] as number); j++)
        out.push(col.values[col.codes[j] as number] as string)
      return out
    }
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const f of rule.fields ?? []) out[f.field] = col.fields[f.field]?.values[i]
      return out
    }
  }
}

/** Row `i` of a frame, as the JSON form holds the record. */
export function frameRow(frame: Frame, i: number): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const rule of RECORD_RULES[frame.kind].fields) {
    const col = frame.columns[rule.field]
    out[rule.field] = col ? valueOf(col, rule, i) : undefined
  }
  return out
}

/** The buffers of a frame, for `postMessage(frame, frameBuffers(frame))`. */
export function frameBuffers(frame: Frame): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>()
  const add = (col: FrameColumn) => {
    if (col.type === 'object') for (const c of Object.values(col.fields)) add(c)
    if (col.type === 'number') out.add(col.values.buffer as ArrayBuffer)
    if (col.type === 'text' || col.type === 'list') out.add(col.offsets.buffer as ArrayBuffer)
    if (col.type === 'dict' || col.type === 'list') out.add(col.codes.buffer as ArrayBuffer)
  }
  for (const col of Object.values(frame.columns)) add(col)
  return [...out]
}

/** A number column of a frame by path (`lon`, `talent.total`), or a dictionary of numbers decoded; null if none. */
export function frameNumbers(frame: Frame, path: string): Float64Array | null {
  const [head = '', sub] = path.split('.')
  const col = frame.columns[head]
  if (!col) return null
  if (col.type === 'object') return sub ? (col.fields[sub]?.values ?? null) : null
  if (col.type === 'number') return col.values
  if (col.type !== 'dict') return null
  const out = new Float64Array(frame.length)
  for (let i = 0; i < out.length; i++) out[i] = Number(col.values[col.codes[i] as number])
  return out
}

/** Whether a field's strings are unique per record (ids, firm and platform names): a text column, not a dictionary. */
export function isTextField(kind: RecordKind, rule: FieldRule): boolean {
  const rules = RECORD_RULES[kind]
  return (
    (rule.rule === 'id' || rule.rule === 'name') &&
    (rules.unique === rule.field || (rules.located === true && rule.field === 'name'))
  )
}
