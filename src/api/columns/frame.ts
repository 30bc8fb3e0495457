/**
 * The kept rows of a checked table as a frame (src/domain/frame.ts): what the worker transfers to the page.
 * Each field becomes the column its rule calls for — unique strings one text, repeating ids and years a
 * dictionary, numbers a Float64Array, lists a list column, a firm's `talent` a number column per field.
 */
import {
  codeArray,
  isTextField,
  type DictFrameColumn,
  type Frame,
  type FrameColumn,
  type ListFrameColumn,
  type NumberColumn,
  type TextColumn,
} from '../../domain/frame.ts'
import { RECORD_RULES, type FieldRule, type RecordKind } from '../../domain/recordRules.ts'
import { columnOf } from './validate.ts'
import type { Dictionary, SourceColumn, SourceTable } from './source.ts'

type Rows = ArrayLike<number>

function textColumn(col: SourceColumn, rows: Rows, all: boolean): TextColumn {
  if (all && col.text) return { type: 'text', text: col.text.text, offsets: col.text.offsets }
  const parts: string[] = new Array<string>(rows.length)
  const offsets = new Uint32Array(rows.length + 1)
  for (let k = 0; k < rows.length; k++) {
    const s = col.at(rows[k] as number) as string
    parts[k] = s
    offsets[k + 1] = (offsets[k] as number) + s.length
  }
  return { type: 'text', text: parts.join(''), offsets }
}

function dictColumn(col: SourceColumn, rows: Rows): DictFrameColumn {
  const values: (string | number | null)[] = []
  const codes = new Uint32Array(rows.length)
  const dict = col.dict
  if (dict) {
    // Only the entries the kept rows use, in entry order; -1 (null) becomes an entry of its own.
    const remap = new Int32Array(dict.values.length + 1).fill(-1)
    for (let k = 0; k < rows.length; k++) {
      const e = (dict.codes[rows[k] as number] as number) + 1
      let c = remap[e] as number
      if (c < 0) {
        c = remap[e] = values.length
        values.push(e === 0 ? null : (dict.values[e - 1] as string | number))
      }
      codes[k] = c
    }
  } else {
    const index = new Map<unknown, number>()
    for (let k = 0; k < rows.length; k++) {
      const v = col.at(rows[k] as number) as string | number | null
      let c = index.get(v)
      if (c === undefined) {
        c = values.length
        index.set(v, c)
        values.push(v)
      }
      codes[k] = c
    }
  }
  const small = codeArray(rows.length, values.length)
  small.set(codes)
  return { type: 'dict', values, codes: small }
}

function numberColumn(col: SourceColumn, rows: Rows, all: boolean): NumberColumn {
  const numbers = col.numbers?.values
  if (all && numbers) return { type: 'number', values: numbers }
  const values = new Float64Array(rows.length)
  if (numbers) {
    for (let k = 0; k < rows.length; k++) values[k] = numbers[rows[k] as number] as number
    return { type: 'number', values }
  }
  const get = (i: number) => col.at(i)
  for (let k = 0; k < rows.length; k++) values[k] = get(rows[k] as number) as number
  return { type: 'number', values }
}

function listColumn(col: SourceColumn, rows: Rows, keep: number): ListFrameColumn {
  const list = col.list
  if (list?.members.dict) return dictListColumn(list.offsets, list.members.dict, rows, keep)
  const values: string[] = []
  const index = new Map<string, number>()
  const offsets = new Uint32Array(rows.length + 1)
  const codes: number[] = []
  for (let k = 0; k < rows.length; k++) {
    const list = col.at(rows[k] as number) as readonly string[]
    const n = Math.min(list.length, keep)
    for (let j = 0; j < n; j++) {
      const v = list[j] as string
      let c = index.get(v)
      if (c === undefined) {
        c = values.length
        index.set(v, c)
        values.push(v)
      }
      codes.push(c)
    }
    offsets[k + 1] = codes.length
  }
  const small = codeArray(codes.length, values.length)
  small.set(codes)
  return { type: 'list', values, offsets, codes: small }
}

/** A list column whose members are dictionary entries: the entries the kept lists use, re-coded. */
function dictListColumn(offsets: Uint32Array, members: Dictionary, rows: Rows, keep: number): ListFrameColumn {
  const values: string[] = []
  const remap = new Int32Array(members.values.length).fill(-1)
  const out = new Uint32Array(rows.length + 1)
  let total = 0
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k] as number
    total += Math.min((offsets[r + 1] as number) - (offsets[r] as number), keep)
    out[k + 1] = total
  }
  const codes = new Uint32Array(total)
  for (let k = 0; k < rows.length; k++) {
    const start = offsets[rows[k] as number] as number
    for (let j = 0; j < (out[k + 1] as number) - (out[k] as number); j++) {
      const e = members.codes[start + j] as number
      let c = remap[e] as number
      if (c < 0) {
        c = remap[e] = values.length
        values.push(members.values[e] as string)
      }
      codes[(out[k] as number) + j] = c
    }
  }
  const small = codeArray(total, values.length)
  small.set(codes)
  return { type: 'list', values, offsets: out, codes: small }
}

function frameColumn(kind: RecordKind, rule: FieldRule, col: SourceColumn, rows: Rows, all: boolean): FrameColumn {
  switch (rule.rule) {
    case 'id':
    case 'name':
      return isTextField(kind, rule) ? textColumn(col, rows, all) : dictColumn(col, rows)
    case 'year':
      return dictColumn(col, rows)
    case 'idList':
    case 'nameList':
      return listColumn(col, rows, rule.keep ?? Infinity)
    case 'object': {
      const fields: Record<string, NumberColumn> = {}
      for (const f of rule.fields ?? []) {
        const child: SourceColumn = col.struct?.children.get(f.field) ?? {
          length: col.length,
          at: (i) => (col.at(i) as Record<string, unknown>)[f.field],
        }
        fields[f.field] = numberColumn(child, rows, all)
      }
      return { type: 'object', fields }
    }
    default:
      return numberColumn(col, rows, all)
  }
}

/** The frame of `rows` (valid by the rules) of a table. */
export function buildFrame(kind: RecordKind, table: SourceTable, rows: Rows): Frame {
  const columns: Record<string, FrameColumn> = {}
  const all = rows.length === table.length
  for (const rule of RECORD_RULES[kind].fields)
    columns[rule.field] = frameColumn(kind, rule, columnOf(table, rule.field), rows, all)
  return { kind, length: rows.length, columns }
}
