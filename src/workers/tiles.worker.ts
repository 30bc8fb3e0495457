/**
 * The point tile worker: holds one point set (a copy of the firms' coordinates and chains) and the
 * current selection mask, and answers tile requests with vector tiles (src/map/pointTiles.ts). Messages
 * arrive in order, so a tile asked for after a new mask is cut with that mask.
 */
import { indexPoints, pointTile, type PointIndex, type PointSet, type TileMode } from '../map/pointTiles.ts'

export type TileWorkerMessage =
  | { type: 'points'; points: PointSet }
  | { type: 'mask'; mask: Uint8Array | null }
  | { type: 'tile'; id: number; z: number; x: number; y: number; mode: TileMode }

interface WorkerScope {
  onmessage: ((e: MessageEvent<TileWorkerMessage>) => void) | null
  postMessage(message: unknown, transfer: Transferable[]): void
}

const scope = self as unknown as WorkerScope
let index: PointIndex | null = null
let mask: Uint8Array | null = null

scope.onmessage = (e) => {
  const msg = e.data
  if (msg.type === 'points') index = indexPoints(msg.points)
  else if (msg.type === 'mask') mask = msg.mask
  else {
    const bytes = index ? pointTile(index, mask, msg.z, msg.x, msg.y, msg.mode) : new Uint8Array(0)
    const data = bytes.buffer as ArrayBuffer
    scope.postMessage({ id: msg.id, data }, [data])
  }
}
