/**
 * The app's own rules on the mapped records — one set of rules, not a copy: the schemas of
 * src/api (`validateDataset`, what the app runs on every response) and the cross-checks of
 * src/domain/reconcile.ts (ids meta knows, points inside their district). The data kept is what
 * they keep; each dropped record is traced back to its spreadsheet rows for the report.
 */
import { validateDataset } from '../src/api/load.ts'
import type { DatasetName, Datasets } from '../src/domain/types.ts'
import type { Origin, Tally } from './tally.ts'
import { valueKey } from './text.ts'

/** Records that passed a step, each with the rows it came from. */
export interface Checked<T> {
  records: T[]
  origins: Origin[]
}

/** One list inside a dataset body, as the app's validator sees it. */
export interface AppList<K extends DatasetName, T> {
  name: K
  wrap: (list: unknown[]) => unknown
  unwrap: (data: Datasets[K]) => T[]
  /** The key the validator deduplicates on (first valid record wins). */
  key?: (t: T) => string
}

/** The app's reason for dropping one record alone, and the field it names when it does. */
function verdictAlone<K extends DatasetName, T>(
  list: AppList<K, T>,
  rec: unknown,
): { reason: string; field?: string } | null {
  const alone = validateDataset(list.name, list.wrap([rec]))
  if (!alone.ok) return { reason: 'invalid' }
  if (list.unwrap(alone.data).length) return null
  const reason = Object.keys(alone.dropped.byReason)[0] ?? 'invalid'
  const field = /\[\d+\]\.([\w.]+):/.exec(alone.dropped.examples[0] ?? '')?.[1]
  return field ? { reason, field } : { reason }
}

/** Runs the app's validator over the records; drops are counted in `tally` with their rows. */
export function checkWithApp<K extends DatasetName, T>(
  list: AppList<K, T>,
  records: readonly unknown[],
  origins: readonly Origin[],
  tally: Tally,
): Checked<T> {
  const whole = validateDataset(list.name, list.wrap([...records]))
  if (!whole.ok) throw new Error(`${list.name}: ${whole.error.message}`)
  const kept = list.unwrap(whole.data)
  if (whole.dropped.total === 0) return { records: kept, origins: [...origins] }
  const keptOrigins: Origin[] = []
  const seen = new Set<string>()
  records.forEach((rec, i) => {
    const origin = origins[i] as Origin
    const v = verdictAlone(list, rec)
    if (v) return tally.drop(v.reason, origin, v.field)
    // Valid alone but not kept in the list: the validator's first-valid-wins duplicate rule.
    const key = list.key?.(rec as T)
    if (key !== undefined && seen.has(key)) return tally.drop('duplicate-id', origin, 'id')
    if (key !== undefined) seen.add(key)
    keptOrigins.push(origin)
  })
  if (keptOrigins.length !== kept.length) throw new Error(`${list.name}: could not trace the validator's drops to rows`)
  return { records: kept, origins: keptOrigins }
}

/** The importer's own rule on top of the app's: one record per name and district (the first row wins). */
export function dropDuplicateNames<T extends { name: string; district: string }>(
  c: Checked<T>,
  tally: Tally,
): Checked<T> {
  const seen = new Set<string>()
  const out: Checked<T> = { records: [], origins: [] }
  c.records.forEach((r, i) => {
    const key = `${valueKey(r.name)}|${r.district}`
    if (seen.has(key)) return tally.drop('duplicate-name', c.origins[i] as Origin)
    seen.add(key)
    out.records.push(r)
    out.origins.push(c.origins[i] as Origin)
  })
  return out
}

/** A reconcile function of the app over one list: what it keeps, and its drop counts. */
export type Reconciler<T> = (
  items: T[],
  withBoundaries: boolean,
) => { kept: T[]; dropped: Record<string, number> | null }

/**
 * Runs the app's cross-checks. Points outside their district are listed in `outside` and kept or
 * dropped as asked (the app drops them when it loads); any other drop is counted with its rows.
 */
export function reconcileWithRows<T extends object>(
  c: Checked<T>,
  run: Reconciler<T>,
  tally: Tally,
  keepOutside: boolean,
): { checked: Checked<T>; outside: Origin[] } {
  const kept = new Set(run(c.records, true).kept)
  if (kept.size === c.records.length) return { checked: c, outside: [] }
  // Kept when the polygons are not consulted = dropped only for lying outside its district.
  const placeable = new Set(
    run(
      c.records.filter((r) => !kept.has(r)),
      false,
    ).kept,
  )
  const out: Checked<T> = { records: [], origins: [] }
  const outside: Origin[] = []
  c.records.forEach((r, i) => {
    const origin = c.origins[i] as Origin
    const isOutside = !kept.has(r) && placeable.has(r)
    if (isOutside) outside.push(origin)
    if (kept.has(r) || (isOutside && keepOutside)) {
      out.records.push(r)
      out.origins.push(origin)
    } else if (isOutside) tally.drop('outside-district', origin)
    else tally.drop(Object.keys(run([r], true).dropped ?? {})[0] ?? 'invalid', origin)
  })
  return { checked: out, outside }
}
