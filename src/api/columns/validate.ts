/**
 * The record rules (src/domain/recordRules.ts) read column by column, for a columnar dataset: each field's
 * check (`fieldCheck`) runs once per dictionary entry or once per value of a plain column, and a row keeps
 * the first reason in the order the record path uses — a person-identifying column, the schema fields in
 * table order, a duplicated id, the references in table order, a located record's district and point last.
 * Rows are dropped and counted exactly as `validateDataset` counts records (tests/unit/api/columns.test.ts).
 * Two passes, so the schema pass can run before meta and the boundaries have arrived.
 */
import { metaIds, placeCheck } from '../../domain/reconcile.ts'
import {
  RECORD_RULES,
  unknownReason,
  type FieldRule,
  type RecordKind,
  type ReferenceReason,
} from '../../domain/recordRules.ts'
import type { Boundaries, Meta } from '../../domain/types.ts'
import { isPersonalKey, recordDrop, type DropReason, type DropReport } from '../schemas/common.ts'
import {
  fieldCheck,
  inNumberRange,
  numberRange,
  type Fault,
  type NumberRange,
  type ValueCheck,
} from '../schemas/fast.ts'
import type { SourceColumn, SourceTable } from './source.ts'

type Reason = DropReason | ReferenceReason

/** A table after the checks so far: per row the code of its reason (0: kept so far) and of its field path. */
export interface ColumnCheck {
  readonly kind: RecordKind
  readonly table: SourceTable
  readonly why: Uint8Array
  readonly path: Uint16Array
  /** Reason and path codes: index + 1. */
  readonly reasons: Reason[]
  readonly paths: string[]
}

const MISSING: SourceColumn = { length: 0, at: () => undefined }

/** The column of a field; a missing column reads as a missing field on every row. */
export function columnOf(table: SourceTable, field: string): SourceColumn {
  return table.columns.get(field) ?? MISSING
}

function codeOf(list: string[], value: string): number {
  let i = list.indexOf(value)
  if (i < 0) i = list.push(value) - 1
  return i + 1
}

function drop(check: ColumnCheck, i: number, reason: Reason, path = ''): void {
  check.why[i] = codeOf(check.reasons, reason)
  if (path) check.path[i] = codeOf(check.paths, path)
}

function dropFault(check: ColumnCheck, i: number, fault: Fault | null): void {
  if (fault) drop(check, i, fault.reason, fault.field)
}

/** A rule's check on every open row: once per dictionary entry, on the typed values of numbers, else per value. */
function checkValues(check: ColumnCheck, col: SourceColumn, rule: FieldRule, path = rule.field): void {
  const { why } = check
  const test = fieldCheck(rule, path)
  const dict = col.dict
  const range = numberRange(rule)
  if (range && col.numbers && !col.numbers.nulls) return checkNumbers(check, col, col.numbers.values, range, test)
  if (!dict) {
    for (let i = 0; i < why.length; i++) if (!why[i]) dropFault(check, i, test(col.at(i)))
    return
  }
  const entries = dict.values.map(test)
  const onNull = test(null)
  // Every entry valid (the usual case) and null allowed: no row to look at.
  if (!onNull && entries.every((f) => !f)) return
  for (let i = 0; i < why.length; i++) {
    if (why[i]) continue
    const code = dict.codes[i] as number
    dropFault(check, i, code < 0 ? onNull : (entries[code] ?? null))
  }
}

/**
 * A number column without nulls: a value inside the rule's range passes as `fieldCheck` would pass it (a
 * million talent cells: no call per value); only one outside asks the rule's check for its fault.
 */
function checkNumbers(
  check: ColumnCheck,
  col: SourceColumn,
  values: Float64Array,
  range: NumberRange,
  test: ValueCheck,
): void {
  const { why } = check
  for (let i = 0; i < why.length; i++) {
    if (why[i] || inNumberRange(values[i] as number, range)) continue
    dropFault(check, i, test(col.at(i)))
  }
}

/** An object rule over a struct column: null is the object's fault, then each field's column in order. */
function checkStruct(check: ColumnCheck, rule: FieldRule, col: SourceColumn): void {
  const struct = col.struct
  if (!struct) return checkValues(check, col, rule)
  const onNull = fieldCheck(rule)(null)
  if (struct.nulls)
    for (let i = 0; i < check.why.length; i++) if (!check.why[i] && struct.nulls[i]) dropFault(check, i, onNull)
  for (const f of rule.fields ?? [])
    checkValues(check, struct.children.get(f.field) ?? MISSING, f, `${rule.field}.${f.field}`)
}

/** A list rule over a list column of dictionary members: each member entry checked once, a row by its first bad member. */
function checkList(check: ColumnCheck, rule: FieldRule, col: SourceColumn): void {
  const list = col.list
  const dict = list?.members.dict
  if (!list || !dict) return checkValues(check, col, rule)
  const test = fieldCheck(rule)
  const entries = dict.values.map((v) => test([v]))
  const onNull = test(null)
  const onNullMember = test([null])
  const { offsets, nulls } = list
  for (let i = 0; i < check.why.length; i++) {
    if (check.why[i]) continue
    if (nulls?.[i]) {
      dropFault(check, i, onNull)
      continue
    }
    for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) {
      const code = dict.codes[j] as number
      const fault = code < 0 ? onNullMember : (entries[code] ?? null)
      if (!fault) continue
      drop(check, i, fault.reason, `${rule.field}.${j - (offsets[i] as number)}`)
      break
    }
  }
}

/** The schema pass: person-identifying columns, every field's rule, duplicated ids. Needs no meta. */
export function checkSchema(kind: RecordKind, table: SourceTable): ColumnCheck {
  const n = table.length
  const check: ColumnCheck = { kind, table, why: new Uint8Array(n), path: new Uint16Array(n), reasons: [], paths: [] }
  if ([...table.columns.keys()].some(isPersonalKey)) for (let i = 0; i < n; i++) drop(check, i, 'personal-data')
  const rules = RECORD_RULES[kind]
  for (const rule of rules.fields) {
    const col = columnOf(table, rule.field)
    if (rule.rule === 'object') checkStruct(check, rule, col)
    else if (rule.rule === 'idList' || rule.rule === 'nameList') checkList(check, rule, col)
    else checkValues(check, col, rule)
  }
  const unique = rules.unique
  if (unique) {
    const col = columnOf(table, unique)
    const seen = new Set<unknown>()
    for (let i = 0; i < n; i++) {
      if (check.why[i]) continue
      const key = col.at(i)
      if (seen.has(key)) drop(check, i, 'duplicate-id')
      else seen.add(key)
    }
  }
  return check
}

/** Per row whether its id (or every id of its list) is known; once per dictionary entry. */
function knownTest(col: SourceColumn, ids: ReadonlyMap<string, string>, nullable: boolean): (i: number) => boolean {
  const known = (v: unknown) =>
    (v === null && nullable) || (Array.isArray(v) ? v.every((id) => ids.has(id as string)) : ids.has(v as string))
  const dict = col.dict
  if (dict) {
    const entries = dict.values.map(known)
    return (i) => {
      const code = dict.codes[i] as number
      return code < 0 ? nullable : entries[code] === true
    }
  }
  const list = col.list
  const members = list?.members.dict
  if (!list || !members) return (i) => known(col.at(i))
  const entries = members.values.map((v) => ids.has(v as string))
  return (i) => {
    for (let j = list.offsets[i] as number; j < (list.offsets[i + 1] as number); j++)
      if (entries[members.codes[j] as number] !== true) return false
    return true
  }
}

/** The reference pass (ids meta must know, points in their district), on the rows the schema pass kept. */
export function checkReferences(
  check: ColumnCheck,
  against: { meta: Meta; boundaries?: Boundaries | null | undefined },
): void {
  const { table, why } = check
  const rules = RECORD_RULES[check.kind]
  for (const rule of rules.fields) {
    if (!rule.in || (rules.located && rule.field === 'district')) continue
    const ids = metaIds(against.meta, rule.in)
    const col = columnOf(table, rule.field)
    const reason = unknownReason(rule.in)
    let known: (i: number) => boolean
    if (rule.of) {
      const chain = columnOf(table, rule.of)
      known = (i) => ids.get(col.at(i) as string) === chain.at(i)
    } else {
      known = knownTest(col, ids, rule.nullable === true)
    }
    for (let i = 0; i < why.length; i++) if (!why[i] && !known(i)) drop(check, i, reason)
  }
  if (!rules.located) return
  const place = placeCheck(against.meta, against.boundaries)
  const district = columnOf(table, 'district')
  const lon = columnOf(table, 'lon')
  const lat = columnOf(table, 'lat')
  for (let i = 0; i < why.length; i++) {
    if (why[i]) continue
    const reason = place(district.at(i) as string, lon.at(i) as number, lat.at(i) as number)
    if (reason) drop(check, i, reason)
  }
}

/** Counts the dropped rows into `report` (as `list`, e.g. `enterprises.items`); returns the kept rows' indices. */
export function keptRows(check: ColumnCheck, report: DropReport, list: string): Uint32Array {
  const { why, path, reasons, paths } = check
  let kept = 0
  for (let i = 0; i < why.length; i++) {
    const code = why[i] as number
    if (!code) kept++
    else recordDrop(report, reasons[code - 1] as Reason, list, i, path[i] ? paths[(path[i] as number) - 1] : '')
  }
  const out = new Uint32Array(kept)
  for (let i = 0, k = 0; i < why.length; i++) if (!why[i]) out[k++] = i
  return out
}
