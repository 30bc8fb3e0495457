/**
 * The cluster worker (large firm datasets, see clusterClient.ts): holds the firms' positions, rebuilds
 * its supercluster index when a filter outcome comes, and answers viewport and expansion-zoom requests.
 * Requests are coalesced: a filter or view superseded before the worker got to it is never computed.
 */
import type { FromWorker, ToWorker } from '../map/clusterClient.ts'
import { FirmClusters } from './firmClusters.ts'

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null
  postMessage(message: FromWorker): void
}

const scope = self as unknown as WorkerScope
let firms: FirmClusters | null = null
let filter: Extract<ToWorker, { type: 'filter' }> | null = null
let view: Extract<ToWorker, { type: 'view' }> | null = null
let scheduled = false

/** Builds the index of the last filter and answers the last view, once the messages queued meanwhile are read. */
function flush() {
  scheduled = false
  if (!firms) return
  if (filter) firms.filter(filter.pass, filter.named)
  filter = null
  if (view) {
    const { seq, filter: gen, bbox, zoom } = view
    scope.postMessage({ type: 'view', seq, filter: gen, data: firms.view(bbox, zoom), total: firms.total })
  }
  view = null
}

scope.onmessage = (e) => {
  const msg = e.data
  if (msg.type === 'points') firms = new FirmClusters(msg.points)
  else if (msg.type === 'filter') filter = msg
  else if (msg.type === 'view') view = msg
  else return scope.postMessage({ type: 'expand', seq: msg.seq, zoom: firms?.expansionZoom(msg.clusterId) ?? null })
  if (!scheduled) setTimeout(flush, 0)
  scheduled = true
}
