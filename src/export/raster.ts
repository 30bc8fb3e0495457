import { canvasToBlob } from './download'
import type { ReportImage } from './pdf/report'

/** Canvas helpers for the report's raster parts (the view, the map, panels that are not charts). */

function context(c: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = c.getContext('2d')
  if (!ctx) throw new Error('2D canvas is not available')
  return ctx
}

/** A region of `src` (in its pixels) on a white ground, scaled down to at most `maxWidth` pixels wide. */
export function cropCanvas(
  src: HTMLCanvasElement,
  r: { x: number; y: number; width: number; height: number },
  maxWidth = Infinity,
): HTMLCanvasElement {
  const x = Math.max(0, Math.round(r.x))
  const y = Math.max(0, Math.round(r.y))
  const w = Math.max(1, Math.min(src.width - x, Math.round(r.width)))
  const h = Math.max(1, Math.min(src.height - y, Math.round(r.height)))
  const k = Math.min(1, maxWidth / w)
  const out = document.createElement('canvas')
  out.width = Math.max(1, Math.round(w * k))
  out.height = Math.max(1, Math.round(h * k))
  const ctx = context(out)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, out.width, out.height)
  ctx.drawImage(src, x, y, w, h, 0, 0, out.width, out.height)
  return out
}

/** The canvas encoded for the PDF: JPEG for pictures (small), PNG where edges must stay exact. */
export async function encodeCanvas(c: HTMLCanvasElement, type: 'jpg' | 'png', quality = 0.9): Promise<ReportImage> {
  const blob = await canvasToBlob(c, type === 'jpg' ? 'image/jpeg' : 'image/png', quality)
  return { bytes: new Uint8Array(await blob.arrayBuffer()), type, width: c.width, height: c.height }
}
