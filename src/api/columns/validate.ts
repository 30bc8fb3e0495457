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
import { fieldCheck, type Fault } from '../schemas/fast.ts'
import type { SourceColumn, SourceTable } from './source.ts'

type Reason = DropReason | ReferenceReason

/** A table after the checks so far: per row its reason (null: kept so far) and the field it is about. */
export interface ColumnCheck {
  readonly kind: RecordKind
  readonly table: SourceTable
  readonly why: (Reason | null)[]
  readonly field: string[]
}

const MISSING: SourceColumn = { length: 0, at: () => undefined }

/** The column of a field; a missing column reads as a missing field on every row. */
export function columnOf(table: SourceTable, field: string): SourceColumn {
  return table.columns.get(field) ?? MISSING
}

/** Per row, the fault of `check` on its value: once per dictionary entry, or per value. */
function faultsOf(col: SourceColumn, check: (v: unknown) => Fault | null, open: (i: number) => boolean) {
  const dict = col.dict
  const entries = dict?.values.map((v) => check(v))
  const nullFault = dict ? check(null) : null
  return (i: number): Fault | null => {
    if (!open(i)) return null
    if (!dict || !entries) return check(col.at(i))
    const code = dict.codes[i] as number
    return code < 0 ? nullFault : (entries[code] ?? null)
  }
}

function schemaPass(check: ColumnCheck, rules: readonly FieldRule[]): void {
  const { table, why, field } = check
  const open = (i: number) => why[i] === null
  for (const rule of rules) {
    const fault = faultsOf(columnOf(table, rule.field), fieldCheck(rule), open)
    for (let i = 0; i < table.length; i++) {
      const f = fault(i)
      if (!f) continue
      why[i] = f.reason
      field[i] = f.field
    }
  }
}

/** The schema pass: person-identifying columns, every field's rule, duplicated ids. Needs no meta. */
export function checkSchema(kind: RecordKind, table: SourceTable): ColumnCheck {
  const check: ColumnCheck = {
    kind,
    table,
    why: Array.from({ length: table.length }, () => null),
    field: Array.from({ length: table.length }, () => ''),
  }
  const personal = [...table.columns.keys()].some(isPersonalKey)
  if (personal) check.why.fill('personal-data')
  const rules = RECORD_RULES[kind]
  schemaPass(check, rules.fields)
  const unique = rules.unique
  if (unique) {
    const col = columnOf(table, unique)
    const seen = new Set<unknown>()
    for (let i = 0; i < table.length; i++) {
      if (check.why[i] !== null) continue
      const key = col.at(i)
      if (seen.has(key)) check.why[i] = 'duplicate-id'
      else seen.add(key)
    }
  }
  return check
}

/** Per row whether the value of a plain id or id list is known (once per dictionary entry). */
function knownTest(col: SourceColumn, ids: ReadonlyMap<string, string>, nullable: boolean) {
  const known = (v: unknown) =>
    (v === null && nullable) || (Array.isArray(v) ? v.every((id) => ids.has(id as string)) : ids.has(v as string))
  const dict = col.dict
  if (!dict) return (i: number) => known(col.at(i))
  const entries = dict.values.map(known)
  const nullKnown = nullable
  return (i: number) => {
    const code = dict.codes[i] as number
    return code < 0 ? nullKnown : entries[code] === true
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
    for (let i = 0; i < table.length; i++) if (why[i] === null && !known(i)) why[i] = reason
  }
  if (!rules.located) return
  const place = placeCheck(against.meta, against.boundaries)
  const district = columnOf(table, 'district')
  const lon = columnOf(table, 'lon')
  const lat = columnOf(table, 'lat')
  for (let i = 0; i < table.length; i++) {
    if (why[i] !== null) continue
    why[i] = place(district.at(i) as string, lon.at(i) as number, lat.at(i) as number)
  }
}

/** Counts the dropped rows into `report` (as `list`, e.g. `enterprises.items`); returns the kept rows' indices. */
export function keptRows(check: ColumnCheck, report: DropReport, list: string): Uint32Array {
  const { why, field } = check
  let kept = 0
  for (let i = 0; i < why.length; i++) {
    const reason = why[i]
    if (reason === null || reason === undefined) kept++
    else recordDrop(report, reason, list, i, field[i])
  }
  const out = new Uint32Array(kept)
  for (let i = 0, k = 0; i < why.length; i++) if (why[i] === null) out[k++] = i
  return out
}
