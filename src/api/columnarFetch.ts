/**
 * Fetching a record dataset's body: a module of its own, light enough for the page's first script, so the
 * download starts at once while the columnar code (decoder, checks, cube build) loads as a chunk beside it.
 */
import type { ColumnarBody, ColumnarRequest } from './columnar.ts'
import { looksLikeArrow } from './arrow/streams.ts'
import { fetchTransport, readBytes, type Fetcher } from './fetchTransport.ts'
import {
  attemptError,
  datasetUrl,
  describeBadBody,
  requestWithRetries,
  versionQuery,
  type DatasetError,
  type RetryOptions,
} from './http.ts'

/** Fetches one record dataset's body (the Arrow file, else the JSON, per `req.format`), with retries. */
export async function fetchColumnarBody(
  req: ColumnarRequest,
  fetcher?: Fetcher,
): Promise<{ ok: true; body: ColumnarBody } | { ok: false; error: DatasetError }> {
  const { dataset } = req
  const retry: RetryOptions = req.timeoutMs === undefined ? {} : { timeoutMs: req.timeoutMs }
  const url = datasetUrl(req.apiBase, dataset)
  const query = versionQuery(req.version)
  if (req.format !== 'json') {
    const got = await requestWithRetries(fetchTransport(readBytes, fetcher), `${url}.arrow${query}`, retry)
    const auto = req.format === undefined
    if (got.ok && (looksLikeArrow(got.body) || !auto)) return { ok: true, body: { format: 'arrow', bytes: got.body } }
    // Without a format, a missing file (404, or a server's HTML page in its place) means: use the JSON.
    const absent = got.ok ? looksLikeText(got.body) : got.kind === 'http' && got.status === 404
    if (!auto || !absent) {
      if (got.ok) return { ok: false, error: { dataset, kind: 'parse', message: arrowMessage(got.body) } }
      return { ok: false, error: attemptError(dataset, got) }
    }
  }
  const got = await requestWithRetries(fetchTransport(readBytes, fetcher), `${url}${query}`, retry)
  return got.ok
    ? { ok: true, body: { format: 'json', bytes: got.body } }
    : { ok: false, error: attemptError(dataset, got) }
}

/** A body that starts like text (HTML, JSON): a server's page where no Arrow file is. */
function looksLikeText(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).trimStart()
  return head === '' || head.startsWith('<') || head.startsWith('{')
}

function arrowMessage(bytes: Uint8Array): string {
  return describeBadBody(new TextDecoder().decode(bytes.subarray(0, 64)), 'Arrow IPC')
}
