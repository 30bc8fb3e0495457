import type { FieldRule, RecordRules, RuleKind } from '../../domain/recordRules.ts'
import {
  ID_MAX,
  isPlainRecord,
  LAT_MAX,
  LAT_MIN,
  LON_MAX,
  LON_MIN,
  NAME_MAX,
  YEAR_MAX,
  YEAR_MIN,
  type DropReason,
  type RecordCheck,
} from './common.ts'

/**
 * The schema stage of the record rules (src/domain/recordRules.ts) without zod, for the large arrays
 * (a million talent cells, 200k firms). Each check returns null or the fault zod's schema reports first,
 * so the first failing field in table order names the reason. zod stays the reference:
 * tests/unit/api/engines.test.ts holds each table and its zod schema (records.ts) together.
 */
export interface Fault {
  reason: DropReason
  /** The field's path: `stock`, `talent.total`, `types.1`. */
  field: string
}

/** Checks one value of a field; compiled once per field, called per record (or per dictionary entry). */
export type ValueCheck = (value: unknown) => Fault | null

function typeFault(v: unknown, field: string): Fault {
  return { reason: v === undefined ? 'missing-field' : 'wrong-type', field }
}

function stringFault(v: unknown, max: number, field: string): Fault | null {
  if (typeof v !== 'string') return typeFault(v, field)
  if (v.length === 0) return { reason: 'missing-field', field }
  return v.length > max ? { reason: 'too-long', field } : null
}

function numberFault(v: unknown, min: number, max: number, integer: boolean, field: string): Fault | null {
  if (typeof v !== 'number') return typeFault(v, field)
  if (integer ? !Number.isInteger(v) : !Number.isFinite(v)) return { reason: 'invalid-number', field }
  if (v < min || v > max || (integer && !Number.isSafeInteger(v))) return { reason: 'out-of-range', field }
  return null
}

function listFault(v: unknown, max: number, field: string): Fault | null {
  if (!Array.isArray(v)) return typeFault(v, field)
  for (let i = 0; i < v.length; i++) {
    const fault = stringFault(v[i], max, `${field}.${i}`)
    if (fault) return fault
  }
  return null
}

/** What a number rule accepts: finite numbers from min to max, safe integers where `integer`. */
export interface NumberRange {
  min: number
  max: number
  integer: boolean
}

const NUMBER_RANGES = {
  count: { min: 0, max: Number.MAX_SAFE_INTEGER, integer: true },
  year: { min: YEAR_MIN, max: YEAR_MAX, integer: true },
  lon: { min: LON_MIN, max: LON_MAX, integer: false },
  lat: { min: LAT_MIN, max: LAT_MAX, integer: false },
  nonNegative: { min: 0, max: Infinity, integer: false },
} as const satisfies Partial<Record<RuleKind, NumberRange>>

/** Whether a number passes its rule: `numberFault` returns null for exactly these. */
export function inNumberRange(v: number, { min, max, integer }: NumberRange): boolean {
  return v >= min && v <= max && (integer ? Number.isSafeInteger(v) : Number.isFinite(v))
}

/** A number rule's range (null for the other rules), for checks over typed columns. */
export function numberRange(rule: FieldRule): NumberRange | null {
  return rule.rule in NUMBER_RANGES ? NUMBER_RANGES[rule.rule as keyof typeof NUMBER_RANGES] : null
}

const numberCheck =
  ({ min, max, integer }: NumberRange) =>
  (v: unknown, f: string) =>
    numberFault(v, min, max, integer, f)

/** Each rule kind's check, as zod's `idString`, `count`, `year`, `lon`… in common.ts define it. */
const KIND_CHECKS: Record<Exclude<RuleKind, 'object'>, (v: unknown, field: string) => Fault | null> = {
  id: (v, f) => stringFault(v, ID_MAX, f),
  name: (v, f) => stringFault(v, NAME_MAX, f),
  count: numberCheck(NUMBER_RANGES.count),
  year: numberCheck(NUMBER_RANGES.year),
  lon: numberCheck(NUMBER_RANGES.lon),
  lat: numberCheck(NUMBER_RANGES.lat),
  nonNegative: numberCheck(NUMBER_RANGES.nonNegative),
  idList: (v, f) => listFault(v, ID_MAX, f),
  nameList: (v, f) => listFault(v, NAME_MAX, f),
}

interface Compiled {
  key: string
  check: ValueCheck
  /** How a valid value other than null is copied: as is (null), a list cut to `keep`, an object of its known fields. */
  copy: ((value: unknown) => unknown) | null
  /** Whether a valid value other than null can be kept as it is (null: always); see `asIsTest`. */
  asIs: ((value: unknown) => boolean) | null
}

function compile(rules: readonly FieldRule[], prefix: string): Compiled[] {
  return rules.map((rule) => {
    const key = rule.field
    const check = fieldCheck(rule, prefix + key)
    if (rule.rule === 'idList' || rule.rule === 'nameList') {
      const keep = rule.keep ?? Infinity
      return { key, check, copy: (v) => (v as unknown[]).slice(0, keep), asIs: (v) => (v as unknown[]).length <= keep }
    }
    if (rule.rule !== 'object') return { key, check, copy: null, asIs: null }
    const fields = compile(rule.fields ?? [], '')
    const asIs = asIsTest(fields)
    return {
      key,
      check,
      copy: (v) => copyFields(fields, v as Record<string, unknown>),
      asIs: (v) => asIs(v as Record<string, unknown>),
    }
  })
}

function firstFault(fields: readonly Compiled[], rec: Record<string, unknown>): Fault | null {
  for (const f of fields) {
    const fault = f.check(rec[f.key])
    if (fault) return fault
  }
  return null
}

/** The known fields only, in table order (as zod strips unknown keys); lists are copies. */
function copyFields(fields: readonly Compiled[], rec: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const f of fields) {
    const value = rec[f.key]
    out[f.key] = f.copy && value !== null ? f.copy(value) : value
  }
  return out
}

/**
 * Whether a valid record is already what zod would make of it: a plain object with exactly the table's
 * fields, in table order, whose nested objects and lists are too. Such a record is kept as it is: copying a
 * million cells field by field costs more than checking them (dynamic keys defeat V8's fast object literals).
 */
function asIsTest(fields: readonly Compiled[]): (rec: Record<string, unknown>) => boolean {
  const keys = fields.map((f) => f.key)
  const nested = fields.flatMap((f) => (f.asIs ? [{ key: f.key, asIs: f.asIs }] : []))
  return (rec) => {
    if (Object.getPrototypeOf(rec) !== Object.prototype) return false
    let i = 0
    for (const key in rec) if (key !== keys[i++]) return false
    if (i !== keys.length) return false
    for (const f of nested) {
      const value = rec[f.key]
      if (value !== null && !f.asIs(value)) return false
    }
    return true
  }
}

/**
 * The check of one field's values, `path` naming it in faults. A column reader checks each value
 * (or each dictionary entry once) with it; the drop reason is the fault's `reason`.
 */
export function fieldCheck(rule: FieldRule, path: string = rule.field): ValueCheck {
  let check: ValueCheck
  if (rule.rule === 'object') {
    const fields = compile(rule.fields ?? [], `${path}.`)
    check = (v) => (isPlainRecord(v) ? firstFault(fields, v) : typeFault(v, path))
  } else {
    const kind = KIND_CHECKS[rule.rule]
    check = (v) => kind(v, path)
  }
  return rule.nullable ? (v) => (v === null ? null : check(v)) : check
}

/** The record check a rule table defines: the first failing field's fault, or the record's known fields. */
export function recordCheck<T>(rules: RecordRules<keyof T & string>): RecordCheck<T> {
  const fields = compile(rules.fields, '')
  const asIs = asIsTest(fields)
  return (rec) => {
    const fault = firstFault(fields, rec)
    if (fault) return { ok: false, reason: fault.reason, field: fault.field }
    return { ok: true, value: (asIs(rec) ? rec : copyFields(fields, rec)) as T }
  }
}
