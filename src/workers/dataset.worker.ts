/**
 * The dataset worker: one per large record dataset load. Gets `load` (the request and the body the page
 * fetched, transferred), starts decoding and checking at once, then `context` (meta and the boundaries,
 * once they have settled on the page) for the checks against them; posts back the result with every
 * typed array in the transfer list, then is done.
 */
import { columnarFromBody, type ColumnarBody, type ColumnarRequest, type DatasetContext } from '../api/columnar.ts'
import { columnarTransfer } from '../api/columnarTransfer.ts'

type Message =
  { type: 'load'; request: ColumnarRequest; body: ColumnarBody } | { type: 'context'; context: DatasetContext }

interface WorkerScope {
  onmessage: ((e: MessageEvent<Message>) => void) | null
  postMessage(message: unknown, transfer: Transferable[]): void
}

const scope = self as unknown as WorkerScope
let provide: (context: DatasetContext) => void = () => undefined
const context = new Promise<DatasetContext>((resolve) => (provide = resolve))

scope.onmessage = (e) => {
  const msg = e.data
  if (msg.type === 'context') return provide(msg.context)
  void columnarFromBody(msg.request, msg.body, context).then((result) =>
    scope.postMessage(result, result.ok ? columnarTransfer(result.data) : []),
  )
}
