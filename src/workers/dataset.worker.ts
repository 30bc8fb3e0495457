/**
 * The dataset worker: one per record dataset load. Gets `load` (what to fetch), starts fetching and checking
 * at once, then `context` (meta and the boundaries, once they have settled on the page) for the checks
 * against them; posts back the result with every typed array in the transfer list, then is done.
 */
import { loadColumnar, type ColumnarRequest, type DatasetContext } from '../api/columnar.ts'
import { columnarTransfer } from '../api/columnarTransfer.ts'

type Message = { type: 'load'; request: ColumnarRequest } | { type: 'context'; context: DatasetContext }

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
  void loadColumnar(msg.request, context).then((result) =>
    scope.postMessage(result, result.ok ? columnarTransfer(result.data) : []),
  )
}
