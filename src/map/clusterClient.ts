/**
 * The page's side of the cluster worker (large datasets): the firms' positions are sent once, a filter
 * change sends only the cube's per-cell pass bitmap (and the named firms of a search), and the map asks
 * for the clusters and points of its viewport, getting back a small FeatureCollection for a plain
 * source. Requests carry a sequence number and the filter generation they were asked under; an answer
 * is shown only if it is newer than the one shown and of the current filter (latest answer wins).
 */

/** The firms' positions and what a point shows, one entry per record (copied to the worker once). */
export interface FirmPoints {
  lon: Float64Array
  lat: Float64Array
  /** The record's roll-up cell in the firm cube (`pass` is indexed by it). */
  cell: Uint32Array
  /** The record's chain as an index into `chains`. */
  chain: Uint16Array
  chains: string[]
}

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number]

export type ToWorker =
  | { type: 'points'; points: FirmPoints }
  | { type: 'filter'; filter: number; pass: Uint8Array | null; named: Uint32Array | null }
  | { type: 'view'; seq: number; filter: number; bbox: BBox; zoom: number }
  | { type: 'expand'; seq: number; clusterId: number }

export type FromWorker =
  | { type: 'view'; seq: number; filter: number; data: GeoJSON.FeatureCollection; total: number }
  | { type: 'expand'; seq: number; zoom: number | null }

/** What the client needs of a worker (a `Worker`, or a fake in tests). */
export interface ClusterPort {
  postMessage(message: ToWorker, transfer?: Transferable[]): void
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null
}

export interface ClusterClient {
  points(points: FirmPoints): void
  /** A new filter outcome: later views are of the points passing it; answers of earlier ones are dropped. */
  filter(pass: Uint8Array | null, named: ArrayLike<number> | null): void
  /** Asks for the clusters and points inside `bbox` at `zoom`; `onView` gets the answer unless a newer one came first. */
  view(bbox: BBox, zoom: number): void
  /** The zoom where a shown cluster splits (null: the cluster is gone with a newer filter). */
  expansionZoom(clusterId: number): Promise<number | null>
}

export function clusterClient(
  port: ClusterPort,
  onView: (data: GeoJSON.FeatureCollection, total: number) => void,
): ClusterClient {
  let filterGen = 0
  let seq = 0
  let shown = 0
  const expanding = new Map<number, (zoom: number | null) => void>()

  port.onmessage = (e) => {
    const msg = e.data
    if (msg.type === 'expand') {
      expanding.get(msg.seq)?.(msg.zoom)
      expanding.delete(msg.seq)
      return
    }
    if (msg.filter !== filterGen || msg.seq <= shown) return
    shown = msg.seq
    onView(msg.data, msg.total)
  }

  return {
    points: (points) => port.postMessage({ type: 'points', points }),
    filter: (pass, named) => {
      const ids = named ? Uint32Array.from(named) : null
      const bits = pass ? pass.slice() : null
      const transfer = [ids?.buffer, bits?.buffer].filter((b): b is ArrayBuffer => !!b)
      port.postMessage({ type: 'filter', filter: ++filterGen, pass: bits, named: ids }, transfer)
    },
    view: (bbox, zoom) => port.postMessage({ type: 'view', seq: ++seq, filter: filterGen, bbox, zoom }),
    expansionZoom: (clusterId) =>
      new Promise((resolve) => {
        const id = ++seq
        expanding.set(id, resolve)
        port.postMessage({ type: 'expand', seq: id, clusterId })
      }),
  }
}

/** The map's bounds widened by `margin` of their size on every side (pans within it need no new answer at once). */
export function paddedBBox(west: number, south: number, east: number, north: number, margin = 0.5): BBox {
  const dx = (east - west) * margin
  const dy = (north - south) * margin
  return [Math.max(-180, west - dx), Math.max(-85, south - dy), Math.min(180, east + dx), Math.min(85, north + dy)]
}
