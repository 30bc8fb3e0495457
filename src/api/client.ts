import axios, { type AxiosAdapter, type AxiosInstance } from 'axios'
import type { DatasetName } from '../domain/types.ts'

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

export interface Http {
  /**
   * `version`, when given, is the data version asked for (a refresh): it goes into the URL as `?v=`,
   * so no cache between here and the server can answer with the copy it kept of the older data.
   */
  getJson(dataset: DatasetName, version?: string): Promise<JsonResult>
}

export interface HttpOptions {
  /** Whole-request deadline per attempt, headers and body included. Default 15000. */
  timeoutMs?: number
  /** Extra attempts after the first. Default 2. */
  retries?: number
  /** Wait before retry n (0-based) is backoffMs · 2ⁿ. Default 500. */
  backoffMs?: number
  /** Custom axios adapter (tests, or a non-browser transport). */
  adapter?: AxiosAdapter
}

type Attempt =
  { ok: true; body: unknown } | { ok: false; kind: 'http' | 'timeout' | 'network'; status?: number; message: string }

/** Timeouts are retried at most once: a slow server rarely gets faster, and each try costs the full deadline. */
const MAX_TIMEOUT_RETRIES = 1

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export function datasetUrl(apiBase: string, dataset: DatasetName): string {
  return `${apiBase.replace(/\/+$/, '')}/${dataset}`
}

function isTimeoutError(error: unknown): boolean {
  if (!axios.isAxiosError(error)) return false
  return error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT'
}

async function attempt(http: AxiosInstance, url: string, timeoutMs: number): Promise<Attempt> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const res = await http.get<unknown>(url, { signal: controller.signal })
    if (res.status < 200 || res.status > 299) {
      const text = res.statusText ? ` ${res.statusText}` : ''
      return { ok: false, kind: 'http', status: res.status, message: `HTTP ${res.status}${text}` }
    }
    return { ok: true, body: res.data }
  } catch (error) {
    if (controller.signal.aborted || isTimeoutError(error)) {
      return { ok: false, kind: 'timeout', message: `no complete response within ${timeoutMs} ms` }
    }
    const code = axios.isAxiosError(error) && error.code ? ` (${error.code})` : ''
    return { ok: false, kind: 'network', message: `network error${code}` }
  } finally {
    clearTimeout(timer)
  }
}

/** Resolves in a later task, so the browser can paint and handle input in between. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}

function parseJson(dataset: DatasetName, raw: unknown): JsonResult {
  if (typeof raw !== 'string')
    return { ok: false, error: { dataset, kind: 'parse', message: 'response body is not text' } }
  const body = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  try {
    return { ok: true, value: JSON.parse(body) as unknown }
  } catch {
    const trimmed = body.trimStart()
    const message =
      trimmed === ''
        ? 'empty response body'
        : trimmed.startsWith('<')
          ? 'response is HTML, not JSON (wrong apiBase or a server error page?)'
          : 'response is not valid JSON (truncated or malformed)'
    return { ok: false, error: { dataset, kind: 'parse', message } }
  }
}

function shouldRetry(failure: Extract<Attempt, { ok: false }>, timeoutsSoFar: number): boolean {
  if (failure.kind === 'network') return true
  if (failure.kind === 'timeout') return timeoutsSoFar <= MAX_TIMEOUT_RETRIES
  return failure.status !== undefined && failure.status >= 500
}

/**
 * A JSON getter for `{apiBase}/{dataset}`. Bodies are read as text and parsed here, so an HTML page or
 * a truncated body is a 'parse' error whatever the Content-Type says. Network errors and 5xx are retried
 * with exponential backoff, timeouts once, 4xx and parse errors never.
 */
export function createHttp(apiBase: string, options: HttpOptions = {}): Http {
  const { timeoutMs = 15000, retries = 2, backoffMs = 500, adapter } = options
  const http = axios.create({
    timeout: timeoutMs,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
    ...(adapter ? { adapter } : {}),
  })
  return {
    async getJson(dataset, version) {
      const url = datasetUrl(apiBase, dataset) + (version === undefined ? '' : `?v=${encodeURIComponent(version)}`)
      let timeouts = 0
      for (let n = 0; ; n++) {
        const result = await attempt(http, url, timeoutMs)
        // A task of its own for the parse (and, in load(), for validation): at scale 50 the
        // body is 135 MB, and decode + parse + validate in one task froze the page for seconds.
        if (result.ok) return nextTask().then(() => parseJson(dataset, result.body))
        if (result.kind === 'timeout') timeouts++
        if (n >= retries || !shouldRetry(result, timeouts)) {
          const { kind, status, message } = result
          return { ok: false, error: { dataset, kind, message, ...(status === undefined ? {} : { status }) } }
        }
        await sleep(backoffMs * 2 ** n)
      }
    },
  }
}
