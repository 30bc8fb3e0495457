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

/** A dataset worker started ahead of its body; `failed` once its script could not load or run. */
interface StartedWorker {
  worker: Worker
  failed: boolean
}

/** Starts a dataset worker (same origin: the CSP's worker-src 'self'); null where none can start. */
function startWorker(): StartedWorker | null {
  try {
    const worker = new Worker(new URL('../workers/dataset.worker.ts', import.meta.url), { type: 'module' })
    const started = { worker, failed: false }
    // Until inWorker takes over: a script that fails to load is that dataset's failure, never an uncaught error.
    worker.onerror = (e) => {
      e.preventDefault()
      started.failed = true
    }
    return started
  } catch {
    return null
  }
}

/**
 * Runs `columnarFromBody` in a dataset worker (the one `started` while the body downloaded, else a new one),
 * the fetched body transferred to it, sends it meta and the boundaries once they settle, and resolves with the
 * transferred result. A worker that cannot start or crashes is a failed dataset (error panel, retry),
 * never an unhandled error.
 */
function inWorker(
  request: ColumnarRequest,
  body: ColumnarBody,
  context: Promise<DatasetContext>,
  started: StartedWorker | null,
) {
  return new Promise<ColumnarResult>((resolve) => {
    const fail = (message: string) =>
      resolve({ ok: false, error: { dataset: request.dataset, kind: 'network', message } })
    const got = started ?? startWorker()
    if (!got) return fail('the dataset worker could not start')
    const { worker } = got
    if (got.failed) {
      worker.terminate()
      return fail('the dataset worker failed')
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
 * here when it is small, else in a dataset worker, started as soon as the response's headers show a large
 * body (or do not state its size), so its script loads while the body downloads. The columnar code (Arrow
 * decoder, column checks, cube build) is a chunk of its own, not part of the page's first script: it loads
 * while the body downloads.
 */
const loadColumns: ColumnarLoader = async (request, context) => {
  const code = import('./columnar.ts')
  // Awaited only for a small body (a failed chunk load then fails that dataset there); a large one never needs it.
  code.catch(() => undefined)
  let started = null as StartedWorker | null
  const got = await fetchColumnarBody(request, undefined, (format, bytes) => {
    if (!started && (bytes === null || bytes > PAGE_BODY_BYTES[format])) started = startWorker()
  })
  if (!got.ok) {
    started?.worker.terminate()
    return got
  }
  const { body } = got
  if (body.bytes.length > PAGE_BODY_BYTES[body.format]) return inWorker(request, body, context, started)
  started?.worker.terminate()
  return (await code).columnarFromBody(request, body, context)
}

/** The worker loader where the browser has workers (not in node or happy-dom tests). */
export function defaultColumnarLoader(): ColumnarLoader | null {
  return typeof Worker === 'undefined' ? null : loadColumns
}
