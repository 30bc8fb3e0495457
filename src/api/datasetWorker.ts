import type { ColumnarRequest, ColumnarResult, DatasetContext } from './columnar.ts'

/** Loads one record dataset in columns; the page never waits on its work. */
export type ColumnarLoader = (request: ColumnarRequest, context: Promise<DatasetContext>) => Promise<ColumnarResult>

/**
 * Runs `loadColumnar` in a module worker of its own (same origin: the CSP's worker-src 'self'), sends it
 * meta and the boundaries once they settle, and resolves with the transferred result. A worker that cannot
 * start or crashes is a failed dataset (error panel, retry), never an unhandled error.
 */
export const loadInWorker: ColumnarLoader = (request, context) =>
  new Promise((resolve) => {
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
    worker.postMessage({ type: 'load', request })
    void context.then((c) => worker.postMessage({ type: 'context', context: c }))
  })

/** The worker loader where the browser has workers (not in node or happy-dom tests). */
export function defaultColumnarLoader(): ColumnarLoader | null {
  return typeof Worker === 'undefined' ? null : loadInWorker
}
