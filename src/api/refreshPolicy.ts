import type { DatasetName, Datasets } from '../domain/types.ts'

/**
 * Live refresh, the decisions without I/O: how often to ask `{apiBase}/meta` whether the data changed,
 * how to ask cheaply (HTTP validators), what an answer means, and how long to wait after failures.
 */

/** `config.json` `refreshSeconds` when absent. */
export const REFRESH_SECONDS_DEFAULT = 300
export const REFRESH_SECONDS_MIN = 1
/** A day: a wall checking less often than that is better served by turning the check off (0). */
export const REFRESH_SECONDS_MAX = 86_400

/** 0 turns the refresh off; any other value is brought into [MIN, MAX]. */
export function clampRefreshSeconds(seconds: number): number {
  if (seconds === 0) return 0
  return Math.min(REFRESH_SECONDS_MAX, Math.max(REFRESH_SECONDS_MIN, seconds))
}

/** What the last used answer of `meta` carried, to ask the server "anything newer?" (RFC 9110 §13.1). */
export interface MetaValidators {
  etag: string | null
  lastModified: string | null
}

export const NO_VALIDATORS: Readonly<MetaValidators> = Object.freeze({ etag: null, lastModified: null })

/** Conditional request headers; none when the server gave no validators (then dataVersion decides). */
export function conditionalHeaders(v: MetaValidators): Record<string, string> {
  const headers: Record<string, string> = {}
  if (v.etag) headers['If-None-Match'] = v.etag
  if (v.lastModified) headers['If-Modified-Since'] = v.lastModified
  return headers
}

/** One answer of `{apiBase}/meta`, as read off the wire. */
export interface MetaAnswer {
  status: number
  validators: MetaValidators
  /** The parsed body; undefined for a 304 or a body that is not JSON. */
  body: unknown
}

/**
 * `unchanged`: keep what is shown, remember `validators` for the next ask.
 * `changed`: load every dataset again; remember `validators` only once the new data is in
 * (else a 304 next time would hide the change that failed to load).
 */
export type MetaDecision =
  | { kind: 'unchanged'; validators: MetaValidators }
  | { kind: 'changed'; version: string; validators: MetaValidators }
  | { kind: 'failed'; message: string }

function versionOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null
  const v = (body as { dataVersion?: unknown }).dataVersion
  return typeof v === 'string' && v !== '' ? v : null
}

/** What an answer means against the dataVersion on screen (null when nothing is shown yet). */
export function decide(
  answer: MetaAnswer,
  known: { version: string | null; validators: MetaValidators },
): MetaDecision {
  if (answer.status === 304) return { kind: 'unchanged', validators: known.validators }
  if (answer.status < 200 || answer.status > 299) return { kind: 'failed', message: `meta: HTTP ${answer.status}` }
  const version = versionOf(answer.body)
  if (version === null) return { kind: 'failed', message: 'meta: no dataVersion in the answer' }
  if (version === known.version) return { kind: 'unchanged', validators: answer.validators }
  return { kind: 'changed', version, validators: answer.validators }
}

/**
 * Wait after `failures` checks in a row failed: from min(interval, 30 s), doubling, up to the
 * interval or 8 intervals (at most 5 min) — a wall comes back soon after a short outage, and many
 * walls do not hammer a server that is down. `random` in [0, 1) spreads them by ±10 %.
 */
export function retryDelayMs(intervalMs: number, failures: number, random = 0.5): number {
  const base = Math.min(intervalMs, 30_000)
  const cap = Math.max(intervalMs, Math.min(intervalMs * 8, 300_000))
  const delay = Math.min(base * 2 ** Math.max(0, failures - 1), cap)
  return Math.round(delay * (0.9 + 0.2 * random))
}

/**
 * A dataset of a new version that lost every record to validation (while some were sent): unusable
 * as a whole, like a wrong shape — a refresh must not replace good figures with zeros.
 */
export function emptiedDataset(
  raw: Partial<Datasets>,
  dropped: Partial<Record<DatasetName, { total: number }>>,
): DatasetName | null {
  const kept: [DatasetName, number | undefined][] = [
    ['boundaries', raw.boundaries?.features.length],
    ['talent', raw.talent?.cells.length],
    ['enterprises', raw.enterprises?.items.length],
    ['platforms', raw.platforms?.items.length],
  ]
  for (const [name, n] of kept) if (n === 0 && (dropped[name]?.total ?? 0) > 0) return name
  return null
}
