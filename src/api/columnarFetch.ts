/**
 * Fetching a record dataset's body: a module of its own, light enough for the page's first script, so the
 * download starts at once while the columnar code (decoder, checks, cube build) loads as a chunk beside it.
 */
import type { ColumnarBody, ColumnarRequest, DataFormat } from './columnar.ts'
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

/** Told of a 2xx response before its body is read: the form it holds and its size where the server states it. */
export type OnResponse = (format: DataFormat, bytes: number | null) => void

/** The stated size of a response's body (compressed, if the server compresses it), or null. */
function statedBytes(res: Response): number | null {
  const n = Number(res.headers.get('content-length') ?? NaN)
  return Number.isFinite(n) && n >= 0 ? n : null
}

/**
 * Fetches one record dataset's body (the Arrow file, else the JSON, per `req.format`), with retries;
 * `onResponse` hears of each response as its headers arrive, so a worker for a large body can start
 * while the body downloads.
 */
export async function fetchColumnarBody(
  req: ColumnarRequest,
  fetcher?: Fetcher,
  onResponse?: OnResponse,
): Promise<{ ok: true; body: ColumnarBody } | { ok: false; error: DatasetError }> {
  const { dataset } = req
  const retry: RetryOptions = req.timeoutMs === undefined ? {} : { timeoutMs: req.timeoutMs }
  const url = datasetUrl(req.apiBase, dataset)
  const query = versionQuery(req.version)
  const reader = (format: DataFormat) =>
    fetchTransport((res) => {
      onResponse?.(format, statedBytes(res))
      return readBytes(res)
    }, fetcher)
  if (req.format !== 'json') {
    const got = await requestWithRetries(reader('arrow'), `${url}.arrow${query}`, retry)
    const auto = req.format === undefined
    if (got.ok && (looksLikeArrow(got.body) || !auto)) return { ok: true, body: { format: 'arrow', bytes: got.body } }
    // Without a format, a missing file (404, or a server's HTML page in its place) means: use the JSON.
    const absent = got.ok ? looksLikeText(got.body) : got.kind === 'http' && got.status === 404
    if (!auto || !absent) {
      if (got.ok) return { ok: false, error: { dataset, kind: 'parse', message: arrowMessage(got.body) } }
      return { ok: false, error: attemptError(dataset, got) }
    }
  }
  const got = await requestWithRetries(reader('json'), `${url}${query}`, retry)
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
