import { datasetUrl } from './http.ts'
import { conditionalHeaders, decide, type MetaDecision, type MetaValidators } from './refreshPolicy.ts'

/** Fetches like `fetch`; only what `probeMeta` uses. */
export type MetaFetcher = (
  url: string,
  init: RequestInit,
) => Promise<Pick<Response, 'status' | 'text'> & { headers: Pick<Headers, 'get'> }>

export interface ProbeOptions {
  /** The dataVersion on screen (null when no meta is shown). */
  version: string | null
  validators: MetaValidators
  timeoutMs?: number
  fetcher?: MetaFetcher
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
  } catch {
    return undefined
  }
}

/**
 * Last-Modified only when it is at least a second before the answer's Date (RFC 9110 §8.8.2.2): a file
 * rewritten within the second it was served would otherwise answer 304 to the new version.
 */
function strongLastModified(headers: Pick<Headers, 'get'>): string | null {
  const lastModified = headers.get('Last-Modified')
  const date = Date.parse(headers.get('Date') ?? '')
  return lastModified && date - Date.parse(lastModified) >= 1000 ? lastModified : null
}

/**
 * Asks `{apiBase}/meta` whether the data changed. `cache: 'no-store'` so no cache in the browser
 * answers for the server; the conditional headers (when the server gave validators) let it answer
 * 304 with no body. Never rejects.
 */
export async function probeMeta(apiBase: string, options: ProbeOptions): Promise<MetaDecision> {
  const { timeoutMs = 15_000, fetcher = (url, init) => fetch(url, init) } = options
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const res = await fetcher(datasetUrl(apiBase, 'meta'), {
      cache: 'no-store',
      headers: conditionalHeaders(options.validators),
      signal: controller.signal,
    })
    const body = res.status === 304 ? undefined : parseBody(await res.text())
    const validators = { etag: res.headers.get('ETag'), lastModified: strongLastModified(res.headers) }
    return decide({ status: res.status, validators, body }, options)
  } catch {
    const message = controller.signal.aborted ? `meta: no answer within ${timeoutMs} ms` : 'meta: network error'
    return { kind: 'failed', message }
  } finally {
    clearTimeout(timer)
  }
}
