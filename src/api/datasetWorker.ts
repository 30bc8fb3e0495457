import type { ColumnarBody, ColumnarRequest, ColumnarResult, DatasetContext, DataFormat } from './columnar.ts'
import { fetchColumnarBody } from './columnarFetch.ts'

/** Loads one record dataset in columns; the page never waits on its work. */
export type ColumnarLoader = (request: ColumnarRequest, context: Promise<DatasetContext>) => Promise<ColumnarResult>

/**
 * Bodies up to this size are decoded, checked and built on the page, by the same code the worker runs: a
 * worker's start (its script, meta and the boundaries sent to it) costs more than that work (≈ 10–40 ms
 * for the sample data's datasets), and larger bodies go to a worker so the page stays free.
 */
const PAGE_BODY_BYTES: Record<DataFormat, number> = { arrow: 1 << 20, json: 4 << 20 }

/**
 * Runs `columnarFromBody` in a module worker of its own (same origin: the CSP's worker-src 'self'), the
 * fetched body transferred to it, sends it meta and the boundaries once they settle, and resolves with the
 * transferred result. A worker that cannot start or crashes is a failed dataset (error panel, retry),
 * never an unhandled error.
 */
function inWorker(request: ColumnarRequest, body: ColumnarBody, context: Promise<DatasetContext>) {
  return new Promise<ColumnarResult>((resolve) => {
    const fail = (message: string) =>
      resolve({ ok: false, error: { dataset: request.dataset, kind: 'network', message } })
    let worker: Worker
    try {
      worker = new Worker(new URL('../workers/dataset.worker.ts', import.meta.url), { type: 'module' })
    } catch {
      return fail('the dataset worker could not start')
    }
    const done = (result: ColumnarResult) => {
      worker.terminate()
      resolve(result)
    }
    worker.onmessage = (e: MessageEvent<ColumnarResult>) => done(e.data)
    worker.onerror = (e) => {
      e.preventDefault()
      worker.terminate()
      fail('the dataset worker failed')
    }
    worker.onmessageerror = () => {
      worker.terminate()
      fail('the dataset worker sent an unreadable result')
    }
    worker.postMessage({ type: 'load', request, body }, [body.bytes.buffer as ArrayBuffer])
    void context.then((c) => worker.postMessage({ type: 'context', context: c }))
  })
}

/**
 * Fetches the body on the page (the network is off the main thread either way), then builds the dataset
 * here when it is small, else in a dataset worker. The columnar code (Arrow decoder, column checks, cube
 * build) is a chunk of its own, not part of the page's first script: it loads while the body downloads.
 */
const loadColumns: ColumnarLoader = async (request, context) => {
  const code = import('./columnar.ts')
  // Awaited only for a small body (a failed chunk load then fails that dataset there); a large one never needs it.
  code.catch(() => undefined)
  const got = await fetchColumnarBody(request)
  if (!got.ok) return got
  const { body } = got
  return body.bytes.length <= PAGE_BODY_BYTES[body.format]
    ? (await code).columnarFromBody(request, body, context)
    : inWorker(request, body, context)
}

/** The worker loader where the browser has workers (not in node or happy-dom tests). */
export function defaultColumnarLoader(): ColumnarLoader | null {
  return typeof Worker === 'undefined' ? null : loadColumns
}
