import axios, { type AxiosAdapter, type AxiosInstance } from 'axios'
import type { DatasetName } from '../domain/types.ts'
import {
  attemptError,
  datasetUrl,
  nextTask,
  parseJson,
  requestWithRetries,
  type Attempt,
  type JsonResult,
  type RetryOptions,
} from './http.ts'

export type { DatasetError, JsonResult } from './http.ts'
export { nextTask } from './http.ts'

export interface Http {
  getJson(dataset: DatasetName): Promise<JsonResult>
}

export interface HttpOptions extends RetryOptions {
  /** Custom axios adapter (tests, or a non-browser transport). */
  adapter?: AxiosAdapter
}

function isTimeoutError(error: unknown): boolean {
  if (!axios.isAxiosError(error)) return false
  return error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT'
}

async function attempt(http: AxiosInstance, url: string, timeoutMs: number): Promise<Attempt<unknown>> {
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

/**
 * A JSON getter for `{apiBase}/{dataset}` over axios. Bodies are read as text and parsed here, so an HTML page
 * or a truncated body is a 'parse' error whatever the Content-Type says. Network errors and 5xx are retried
 * with exponential backoff, timeouts once, 4xx and parse errors never (http.ts).
 */
export function createHttp(apiBase: string, options: HttpOptions = {}): Http {
  const { timeoutMs = 15000, adapter } = options
  const http = axios.create({
    timeout: timeoutMs,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
    ...(adapter ? { adapter } : {}),
  })
  return {
    async getJson(dataset) {
      const result = await requestWithRetries(
        (url, ms) => attempt(http, url, ms),
        datasetUrl(apiBase, dataset),
        options,
      )
      if (!result.ok) return { ok: false, error: attemptError(dataset, result) }
      // A task of its own for the parse (and, in load(), for validation): a large body parsed and validated
      // in one task froze the page for seconds.
      await nextTask()
      return parseJson(dataset, result.body)
    },
  }
}
