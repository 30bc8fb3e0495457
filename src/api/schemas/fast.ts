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
  type Verdict,
} from './common.ts'

/**
 * Field checks for the hand-rolled twins of the zod record schemas, used on the large arrays
 * (a million talent cells, 200k firms). Each returns null or the fault zod would report first for
 * that field, so `a ?? b ?? c` yields the first failing field in schema order.
 * zod stays the reference: tests/unit/api/engines.test.ts holds every pair together.
 */
export interface Fault {
  reason: DropReason
  field: string
}

/** Which checker validates the large arrays: the hand-rolled twin (default) or the zod reference. */
export interface EngineOptions {
  engine?: 'fast' | 'zod'
}

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

export const idField = (v: unknown, field: string): Fault | null => stringFault(v, ID_MAX, field)
export const idOrNull = (v: unknown, field: string): Fault | null => (v === null ? null : stringFault(v, ID_MAX, field))
export const nameField = (v: unknown, field: string): Fault | null => stringFault(v, NAME_MAX, field)
export const nameOrNull = (v: unknown, field: string): Fault | null =>
  v === null ? null : stringFault(v, NAME_MAX, field)
export const countField = (v: unknown, field: string): Fault | null =>
  numberFault(v, 0, Number.MAX_SAFE_INTEGER, true, field)
export const yearField = (v: unknown, field: string): Fault | null => numberFault(v, YEAR_MIN, YEAR_MAX, true, field)
export const lonField = (v: unknown, field: string): Fault | null => numberFault(v, LON_MIN, LON_MAX, false, field)
export const latField = (v: unknown, field: string): Fault | null => numberFault(v, LAT_MIN, LAT_MAX, false, field)
export const nonNegativeField = (v: unknown, field: string): Fault | null => numberFault(v, 0, Infinity, false, field)
export const idList = (v: unknown, field: string): Fault | null => listFault(v, ID_MAX, field)
export const nameList = (v: unknown, field: string): Fault | null => listFault(v, NAME_MAX, field)
export const objectField = (v: unknown, field: string): Fault | null => (isPlainRecord(v) ? null : typeFault(v, field))

/** Turns the first fault (or none) into a verdict; `build` runs only when every field passed. */
export function verdict<T>(fault: Fault | null, build: () => T): Verdict<T> {
  return fault ? { ok: false, reason: fault.reason, field: fault.field } : { ok: true, value: build() }
}
