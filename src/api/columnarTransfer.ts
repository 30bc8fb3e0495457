import { transferList } from '../domain/engine/build.ts'
import { frameBuffers } from '../domain/frame.ts'
import type { ColumnarData } from './columnar.ts'

/** Every buffer of a columnar dataset, for `postMessage(data, columnarTransfer(data))`: moved, not copied. */
export function columnarTransfer(data: ColumnarData): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>(transferList(data.cube))
  for (const frame of Object.values(data.tables)) for (const b of frameBuffers(frame)) buffers.add(b)
  return [...buffers]
}
