import type { DatasetName } from '../domain/types.ts'
import { fetchTransport, readText } from './fetchTransport.ts'
import {
  attemptError,
  datasetUrl,
  nextTask,
  parseJson,
  requestWithRetries,
  versionQuery,
  type JsonResult,
  type RetryOptions,
} from './http.ts'

export type { DatasetError, JsonResult } from './http.ts'
export { nextTask } from './http.ts'

export interface Http {
  /**
   * `version`, when given, is the data version asked for (a refresh): it goes into the URL as `?v=`,
   * so no cache between here and the server can answer with the copy it kept of the older data.
   */
  getJson(dataset: DatasetName, version?: string): Promise<JsonResult>
}

/**
 * A JSON getter for `{apiBase}/{dataset}` over `fetch` (the same transport as the dataset worker's; no
 * HTTP library in the first load). Bodies are read as text and parsed here, so an HTML page or a
 * truncated body is a 'parse' error whatever the Content-Type says. Network errors and 5xx are retried
 * with exponential backoff, timeouts once, 4xx and parse errors never (http.ts).
 */
export function createHttp(apiBase: string, options: RetryOptions = {}): Http {
  const transport = fetchTransport(readText)
  return {
    async getJson(dataset, version) {
      const url = datasetUrl(apiBase, dataset) + versionQuery(version)
      const result = await requestWithRetries(transport, url, options)
      if (!result.ok) return { ok: false, error: attemptError(dataset, result) }
      // A task of its own for the parse (and, in load(), for validation): a large body parsed and validated
      // in one task froze the page for seconds.
      await nextTask()
      return parseJson(dataset, result.body)
    },
  }
}
