import type { ReferenceReason } from '../../domain/recordRules.ts'

/** Longest id the contract accepts (district adcodes, chain / segment / type ids, record ids). */
export const ID_MAX = 64
/** Longest display name (firm, platform, partner, host, talent source). */
export const NAME_MAX = 200
/** Longest free text in meta (source titles, publishers, fact labels). */
export const TEXT_MAX = 500
/** Generous box around Zaozhuang; polygon containment is checked in `domain/`. */
export const LON_MIN = 116
export const LON_MAX = 119
export const LAT_MIN = 34
export const LAT_MAX = 36
export const YEAR_MIN = 1900
export const YEAR_MAX = 2100

/** Stable keys for why a record was dropped; shown to users as counts, to developers as examples. */
export type DropReason =
  | 'not-an-object'
  | 'missing-field'
  | 'wrong-type'
  | 'invalid-number'
  | 'out-of-range'
  | 'too-long'
  | 'invalid-value'
  | 'invalid-format'
  | 'invalid-geometry'
  | 'duplicate-id'
  | 'personal-data'
  | 'invalid'

/** Counts of records dropped from one dataset. `examples` and `rows` name places and reasons only, never values. */
export interface DropReport {
  total: number
  byReason: Record<string, number>
  /** At most five, for the console: `talent.cells[3].stock: out-of-range`. */
  examples: string[]
  /** By list (`talent.cells`, `enterprises.items`…) and reason: the indices of the first few records dropped. */
  rows: Record<string, Record<string, number[]>>
}

export const MAX_EXAMPLES = 5
/** Indices kept per list and reason in `DropReport.rows` (an import report names the first rows of each). */
export const MAX_ROWS = 10

export function emptyReport(): DropReport {
  return { total: 0, byReason: {}, examples: [], rows: {} }
}

/** Counts record `index` of `list` as dropped; `field` is the path inside the record the reason is about. */
export function recordDrop(
  report: DropReport,
  reason: DropReason | ReferenceReason,
  list: string,
  index: number,
  field = '',
): void {
  report.total++
  report.byReason[reason] = (report.byReason[reason] ?? 0) + 1
  if (report.examples.length < MAX_EXAMPLES) report.examples.push(`${list}[${index}]${field && '.' + field}: ${reason}`)
  const rows = (report.rows[list] ??= {})
  const first = (rows[reason] ??= [])
  if (first.length < MAX_ROWS) first.push(index)
}

export type Verdict<T> = { ok: true; value: T } | { ok: false; reason: DropReason; field: string }

/** Checks one record that is already known to be a non-array object. */
export type RecordCheck<T> = (rec: Record<string, unknown>) => Verdict<T>

/** Keys that identify a person (SPEC §4: no person-level record reaches the browser), normalised. */
const PERSONAL_KEYS = new Set(
  [
    'idCard',
    'idNumber',
    'phone',
    'mobile',
    'email',
    'personName',
    'birthDate',
    'address',
    '身份证',
    '姓名',
    '手机',
  ].map(normaliseKey),
)

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[\s_\-.]/g, '')
}

/** Whether a key (or a column name) identifies a person; case, `_`, `-`, `.` and spaces are ignored. */
export function isPersonalKey(key: string): boolean {
  return PERSONAL_KEYS.has(normaliseKey(key))
}

/**
 * Tests a record's own top-level keys against the personal-data list (case, `_`, `-` and spaces ignored).
 * Keeps the key sequence of the last clean record, so a million same-shaped rows cost one identity
 * comparison per key. Nested objects are not searched: unknown keys there are stripped anyway.
 */
export function createPersonalKeyTest(): (rec: object) => boolean {
  const verdicts = new Map<string, boolean>()
  const isPersonal = (key: string): boolean => {
    let hit = verdicts.get(key)
    if (hit === undefined) {
      hit = isPersonalKey(key)
      verdicts.set(key, hit)
    }
    return hit
  }
  let clean: string[] = []
  return (rec) => {
    let i = 0
    let fresh: string[] | null = null
    for (const key in rec) {
      if (fresh === null && key === clean[i]) {
        i++
        continue
      }
      if (isPersonal(key)) return true
      fresh ??= clean.slice(0, i)
      fresh.push(key)
    }
    if (fresh) clean = fresh
    return false
  }
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export interface ListOptions<T> {
  /** Keep the first valid record per key; later ones are dropped as 'duplicate-id'. */
  key?: ((value: T) => unknown) | undefined
  /** The reference stage, run on records that passed the rest: null, or why the record is dropped. */
  refer?: ((value: T) => ReferenceReason | null) | undefined
}

/**
 * Validates each element of `list` on its own; bad ones are dropped and counted in `report`.
 * Order-independent counts: duplicates are detected among valid records only.
 */
export function validateList<T>(
  list: readonly unknown[],
  check: RecordCheck<T>,
  path: string,
  report: DropReport,
  options: ListOptions<T> = {},
): T[] {
  const { key, refer } = options
  const isPersonal = createPersonalKeyTest()
  const seen = new Set<unknown>()
  const out: T[] = []
  for (let i = 0; i < list.length; i++) {
    const rec = list[i]
    if (!isPlainRecord(rec)) {
      recordDrop(report, 'not-an-object', path, i)
      continue
    }
    if (isPersonal(rec)) {
      recordDrop(report, 'personal-data', path, i)
      continue
    }
    const verdict = check(rec)
    if (!verdict.ok) {
      recordDrop(report, verdict.reason, path, i, verdict.field)
      continue
    }
    if (key) {
      const k = key(verdict.value)
      if (seen.has(k)) {
        recordDrop(report, 'duplicate-id', path, i)
        continue
      }
      seen.add(k)
    }
    const unknown = refer?.(verdict.value) ?? null
    if (unknown) recordDrop(report, unknown, path, i)
    else out.push(verdict.value)
  }
  return out
}

/** Outcome of validating a dataset's top level: the data, or why the whole dataset is unusable. */
export type ShapeResult<T> = { ok: true; data: T } | { ok: false; message: string }

/** Names what a value is without echoing it (messages reach the UI and the console). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'nothing'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** Requires `raw` to be an object whose `keys` are all arrays. */
export function requireArrays<K extends string>(
  raw: unknown,
  keys: readonly K[],
): { ok: true; value: Record<K, unknown[]> } | { ok: false; message: string } {
  if (!isPlainRecord(raw))
    return { ok: false, message: `expected an object with ${keys.join(', ')}; got ${describeValue(raw)}` }
  for (const key of keys) {
    if (!Array.isArray(raw[key])) {
      return { ok: false, message: `expected "${key}" to be an array; got ${describeValue(raw[key])}` }
    }
  }
  return { ok: true, value: raw as Record<K, unknown[]> }
}
