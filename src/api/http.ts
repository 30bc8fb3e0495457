import type { DatasetName } from '../domain/types.ts'

/**
 * Requests with a deadline, retries and typed errors, whatever carries them: `fetch` on the page
 * (client.ts) and in the dataset worker, through fetchTransport.ts. Nothing here imports it.
 */

export type DatasetErrorKind = 'http' | 'timeout' | 'network' | 'parse' | 'shape'

/** Why a dataset could not be used at all; `message` never echoes the response body. */
export interface DatasetError {
  dataset: DatasetName
  kind: DatasetErrorKind
  /** HTTP status, for kind 'http'. */
  status?: number
  message: string
}

/** The parsed JSON body (any value, `null` included), or a typed error. Never rejects. */
export type JsonResult = { ok: true; value: unknown } | { ok: false; error: DatasetError }

export interface RetryOptions {
  /** Whole-request deadline per attempt, headers and body included. Default 15000. */
  timeoutMs?: number
  /** Extra attempts after the first. Default 2. */
  retries?: number
  /** Wait before retry n (0-based) is backoffMs · 2ⁿ. Default 500. */
  backoffMs?: number
}

/** One request's outcome: the body, or why there is none. */
export type Attempt<B> =
  { ok: true; body: B } | { ok: false; kind: 'http' | 'timeout' | 'network'; status?: number; message: string }

/** Makes one request of `url`, giving up after `timeoutMs` (headers and body). Never rejects. */
export type Transport<B> = (url: string, timeoutMs: number) => Promise<Attempt<B>>

/** Timeouts are retried at most once: a slow server rarely gets faster, and each try costs the full deadline. */
const MAX_TIMEOUT_RETRIES = 1

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export function datasetUrl(apiBase: string, dataset: string): string {
  return `${apiBase.replace(/\/+$/, '')}/${dataset}`
}

/** Resolves in a later task, so the browser can paint and handle input in between. */
/** `?v=version` for a refresh's requests (no cache answers with the older data), or nothing. */
export function versionQuery(version: string | undefined): string {
  return version === undefined ? '' : `?v=${encodeURIComponent(version)}`
}

export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

function shouldRetry(failure: Extract<Attempt<unknown>, { ok: false }>, timeoutsSoFar: number): boolean {
  if (failure.kind === 'network') return true
  if (failure.kind === 'timeout') return timeoutsSoFar <= MAX_TIMEOUT_RETRIES
  return failure.status !== undefined && failure.status >= 500
}

/**
 * Requests `url` until it answers: network errors and 5xx are retried with exponential backoff,
 * timeouts once, 4xx never. Returns the body or the last failure.
 */
export async function requestWithRetries<B>(
  transport: Transport<B>,
  url: string,
  options: RetryOptions = {},
): Promise<Attempt<B>> {
  const { timeoutMs = 15000, retries = 2, backoffMs = 500 } = options
  let timeouts = 0
  for (let n = 0; ; n++) {
    const result = await transport(url, timeoutMs)
    if (result.ok) return result
    if (result.kind === 'timeout') timeouts++
    if (n >= retries || !shouldRetry(result, timeouts)) return result
    await sleep(backoffMs * 2 ** n)
  }
}

/** A failed attempt as the dataset's error. */
export function attemptError(dataset: DatasetName, failure: Extract<Attempt<unknown>, { ok: false }>): DatasetError {
  const { kind, status, message } = failure
  return { dataset, kind, message, ...(status === undefined ? {} : { status }) }
}

/** What a body that is not the expected format most likely is, for the error message. */
export function describeBadBody(text: string, expected: string): string {
  const trimmed = text.trimStart()
  if (trimmed === '') return 'empty response body'
  if (trimmed.startsWith('<')) return `response is HTML, not ${expected} (wrong apiBase or a server error page?)`
  return `response is not valid ${expected} (truncated or malformed)`
}

/** Parses a JSON body read as text (a BOM is skipped); a body that is not JSON is a 'parse' error. */
export function parseJson(dataset: DatasetName, raw: unknown): JsonResult {
  if (typeof raw !== 'string')
    return { ok: false, error: { dataset, kind: 'parse', message: 'response body is not text' } }
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  try {
    return { ok: true, value: JSON.parse(body) as unknown }
  } catch {
    return { ok: false, error: { dataset, kind: 'parse', message: describeBadBody(body, 'JSON') } }
  }
}
