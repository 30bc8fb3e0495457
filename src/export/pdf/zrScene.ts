import { IDENTITY, parseColor, type Matrix, type Rgba } from './geometry'
import { PathRecorder } from './pathData'
import type { Clip, PathItem, TextItem, VectorScene } from './scene'

/**
 * An ECharts chart's zrender display list as a vector scene — what ECharts' own SVG renderer
 * walks, read here without loading that renderer (which would split ECharts out of the app's
 * first-load chunk). Only the members zrender's painters use are read.
 */

/** A colour, or a gradient / pattern object. */
type Paint = string | { colorStops?: { color: string }[] } | null | undefined

interface ZrStyle {
  fill?: Paint
  stroke?: Paint
  lineWidth?: number
  opacity?: number
  fillOpacity?: number
  strokeOpacity?: number
  lineDash?: number[] | string | null
  lineCap?: string
  strokePercent?: number
  text?: string | number
  x?: number
  y?: number
  font?: string
  fontSize?: number | string
  fontWeight?: string | number
  textAlign?: string
  textBaseline?: string
}

interface ZrPathProxy {
  beginPath(): void
  rebuildPath(ctx: PathRecorder, percent: number): void
}

/** A zrender displayable: a path (with its shape), a text span or an image. */
export interface ZrDisplayable {
  type: string
  style: ZrStyle
  transform?: ArrayLike<number> | null
  invisible?: boolean
  __clipPaths?: ZrDisplayable[]
  shape?: unknown
  path?: ZrPathProxy
  buildPath?: (ctx: ZrPathProxy, shape: unknown) => void
  createPathProxy?: () => void
  shapeChanged?: () => boolean
  pathUpdated?: () => void
  getBoundingRect?: () => { x: number; y: number; width: number; height: number }
}

/** The zrender instance of a chart (`chart.getZr()`). */
export interface ZrLike {
  storage: { getDisplayList(update?: boolean): ZrDisplayable[] }
}

const matrixOf = (t: ArrayLike<number> | null | undefined): Matrix =>
  t && t.length >= 6 ? [t[0] ?? 1, t[1] ?? 0, t[2] ?? 0, t[3] ?? 1, t[4] ?? 0, t[5] ?? 0] : IDENTITY

/** A colour with the element's opacities applied; gradients as the mean of their stops. */
export function paintOf(p: Paint, ...opacities: (number | undefined)[]): Rgba | null {
  let c: Rgba | null = null
  if (typeof p === 'string') c = parseColor(p)
  else if (p && Array.isArray(p.colorStops) && p.colorStops.length) {
    const stops = p.colorStops.map((s) => parseColor(s.color)).filter((s): s is Rgba => s !== null)
    const mean = (k: keyof Rgba) => stops.reduce((sum, s) => sum + s[k], 0) / stops.length
    if (stops.length) c = { r: mean('r'), g: mean('g'), b: mean('b'), a: mean('a') }
  }
  if (!c) return null
  const a = opacities.reduce<number>((acc, o) => acc * (o ?? 1), c.a)
  return a > 0.001 ? { ...c, a } : null
}

/** The element's outline as SVG path data, built as zrender's own painters build it. */
export function pathDataOf(el: ZrDisplayable): string | null {
  if (!el.buildPath || !el.createPathProxy) return null
  const rebuild = !el.path || el.shapeChanged?.() !== false
  if (!el.path) el.createPathProxy()
  const path = el.path
  if (!path) return null
  if (rebuild) {
    path.beginPath()
    el.buildPath(path, el.shape)
    el.pathUpdated?.()
  }
  const rec = new PathRecorder()
  path.rebuildPath(rec, el.style.strokePercent ?? 1)
  return rec.toString() || null
}

/** The element's clip paths as their bounding rectangles (exact for the rectangles ECharts clips to). */
function clipsOf(el: ZrDisplayable): Clip[] {
  const out: Clip[] = []
  for (const c of el.__clipPaths ?? []) {
    const r = c.getBoundingRect?.()
    if (r && r.width >= 0 && r.height >= 0)
      out.push({ x: r.x, y: r.y, width: r.width, height: r.height, matrix: matrixOf(c.transform) })
  }
  return out
}

const dashOf = (v: ZrStyle['lineDash'], width: number): number[] => {
  if (Array.isArray(v)) return v.filter((x) => x >= 0)
  if (v === 'dashed') return [4 * width, 2 * width]
  if (v === 'dotted') return [width, width]
  return []
}

function pathItem(el: ZrDisplayable): PathItem | null {
  const s = el.style
  const fill = paintOf(s.fill, s.fillOpacity, s.opacity)
  const width = s.lineWidth ?? 1
  const stroke = width > 0 ? paintOf(s.stroke, s.strokeOpacity, s.opacity) : null
  if (!fill && !stroke) return null
  const d = pathDataOf(el)
  if (!d) return null
  return {
    kind: 'path',
    d,
    matrix: matrixOf(el.transform),
    fill,
    stroke,
    strokeWidth: width,
    dash: dashOf(s.lineDash, width),
    lineCap: s.lineCap === 'round' || s.lineCap === 'square' ? s.lineCap : 'butt',
    clips: clipsOf(el),
  }
}

/** Font size and weight from the span's style (its `font` shorthand wins, as on a canvas). */
export function fontOf(s: ZrStyle): { size: number; bold: boolean } {
  const short = s.font ?? ''
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(short)?.[1] ?? parseFloat(String(s.fontSize ?? 12)))
  const weight = /\b(bold|bolder|[6-9]00)\b/.test(short) ? 'bold' : String(s.fontWeight ?? '')
  return {
    size: Number.isFinite(size) && size > 0 ? size : 12,
    bold: weight === 'bold' || weight === 'bolder' || Number(weight) >= 600,
  }
}

function textItem(el: ZrDisplayable): TextItem | null {
  const s = el.style
  const text = String(s.text ?? '').replace(/\s+/g, ' ')
  const fill = paintOf(s.fill, s.opacity)
  if (!text.trim() || !fill || !Number.isFinite(s.x ?? 0) || !Number.isFinite(s.y ?? 0)) return null
  const { size, bold } = fontOf(s)
  const y = s.y ?? 0
  const baseline = s.textBaseline ?? 'alphabetic'
  const align = s.textAlign ?? 'left'
  return {
    kind: 'text',
    text,
    matrix: matrixOf(el.transform),
    x: s.x ?? 0,
    y: baseline === 'top' ? y + size / 2 : baseline === 'bottom' ? y - size / 2 : y,
    alphabetic: baseline === 'alphabetic' || baseline === 'ideographic' || baseline === 'hanging',
    size,
    bold,
    fill,
    anchor: align === 'center' ? 'middle' : align === 'right' || align === 'end' ? 'end' : 'start',
    clips: clipsOf(el),
  }
}

/** Every visible path and text span of the chart, in paint order, at `width` × `height` pixels. */
export function zrScene(zr: ZrLike, width: number, height: number): VectorScene {
  const items: VectorScene['items'] = []
  for (const el of zr.storage.getDisplayList(true)) {
    if (el.invisible) continue
    const item = el.type === 'tspan' ? textItem(el) : el.buildPath ? pathItem(el) : null
    if (item) items.push(item)
  }
  return { width, height, items }
}
