import {
  clip,
  concatTransformationMatrix,
  degrees,
  endPath,
  fill,
  fillAndStroke,
  LineCapStyle,
  LineJoinStyle,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setDashPattern,
  setFillingRgbColor,
  setGraphicsState,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingRgbColor,
  stroke,
  type PDFDocument,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib'
import { svgPathToOperators as esSvgPath } from 'pdf-lib/es/api/svgPath'
import type { FontSet } from './fonts'
import { apply, invert, multiply, type Matrix, type Rgba } from './geometry'
import type { Clip, PathItem, TextItem, VectorScene } from './scene'

/** pdf-lib's SVG path parser (its index does not re-export it; its types name the ES build's classes). */
const svgPathToOperators = (d: string) => esSvgPath(d) as unknown as PDFOperator[]

/** A box on the page in PDF points, origin bottom-left. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Where the baseline sits below the middle of a line of CJK text, in ems (the em box runs 0.88 up, 0.12 down). */
const CENTRAL_TO_BASELINE = 0.38

const CAP = { butt: LineCapStyle.Butt, round: LineCapStyle.Round, square: LineCapStyle.Projecting }
const JOIN = { miter: LineJoinStyle.Miter, round: LineJoinStyle.Round, bevel: LineJoinStyle.Bevel }

/** ExtGStates for opacity, one per alpha value and page. */
function alphaState(doc: PDFDocument, page: PDFPage, cache: Map<string, string>, fillA: number, strokeA: number) {
  const key = `${fillA.toFixed(3)}/${strokeA.toFixed(3)}`
  let name = cache.get(key)
  if (!name) {
    const dict = doc.context.obj({ Type: 'ExtGState', ca: fillA, CA: strokeA })
    name = page.node.newExtGState('GS', doc.context.register(dict)).asString().slice(1)
    cache.set(key, name)
  }
  return name
}

function clipOps(clips: readonly Clip[]): PDFOperator[] {
  const out: PDFOperator[] = []
  for (const c of clips) {
    const back = invert(c.matrix)
    if (!back) continue
    out.push(concatTransformationMatrix(...c.matrix), ...svgPathToOperators(c.d), clip(), endPath())
    out.push(concatTransformationMatrix(...back))
  }
  return out
}

function pathOps(p: PathItem, gs: string | null): PDFOperator[] {
  const ops = [...clipOps(p.clips), concatTransformationMatrix(...p.matrix)]
  if (gs) ops.push(setGraphicsState(gs))
  if (p.fill) ops.push(setFillingRgbColor(p.fill.r, p.fill.g, p.fill.b))
  if (p.stroke) {
    ops.push(setStrokingRgbColor(p.stroke.r, p.stroke.g, p.stroke.b), setLineWidth(p.strokeWidth))
    ops.push(setLineCap(CAP[p.lineCap]), setLineJoin(JOIN[p.lineJoin]), setDashPattern(p.dash, 0))
  }
  ops.push(...svgPathToOperators(p.d))
  ops.push(p.fill && p.stroke ? fillAndStroke() : p.fill ? fill() : stroke())
  return ops
}

const colour = (c: Rgba) => rgb(Math.min(1, c.r), Math.min(1, c.g), Math.min(1, c.b))

function drawText(page: PDFPage, t: TextItem, base: Matrix, fonts: FontSet) {
  const m = multiply(base, t.matrix)
  const scale = Math.hypot(m[0], m[1])
  if (!(scale > 0)) return
  const size = t.size * scale
  const width = fonts.width(t.text, t.size, t.bold)
  const dx = t.anchor === 'middle' ? -width / 2 : t.anchor === 'end' ? -width : 0
  const [x0, y0] = apply(m, t.x + dx, t.y + (t.alphabetic ? 0 : CENTRAL_TO_BASELINE * t.size))
  // The text runs along the page-space image of its x axis.
  const ux = m[0] / scale
  const uy = m[1] / scale
  const angle = (Math.atan2(uy, ux) * 180) / Math.PI
  let x = x0
  let y = y0
  for (const run of fonts.runs(t.text, t.bold)) {
    const opts = { x, y, size, font: run.font, color: colour(t.fill), rotate: degrees(angle) }
    page.drawText(run.text, t.fill.a < 1 ? { ...opts, opacity: t.fill.a } : opts)
    const w = run.font.widthOfTextAtSize(run.text, size)
    x += ux * w
    y += uy * w
  }
}

/**
 * Draws a scene into `box` as PDF vectors, scaled to fit and centred: paths as PDF paths, text as
 * real text in the report's fonts (selectable and searchable). `background` fills the box first.
 */
export function drawScene(doc: PDFDocument, page: PDFPage, scene: VectorScene, box: Box, fonts: FontSet, background?: Rgba) {
  if (background) page.drawRectangle({ ...box, color: colour(background) })
  if (!(scene.width > 0 && scene.height > 0)) return
  const k = Math.min(box.width / scene.width, box.height / scene.height)
  const left = box.x + (box.width - scene.width * k) / 2
  const top = box.y + box.height - (box.height - scene.height * k) / 2
  const base: Matrix = [k, 0, 0, -k, left, top]
  const states = new Map<string, string>()
  for (const item of scene.items) {
    if (item.kind === 'text') {
      if (item.clips.length) page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...base), ...clipOps(item.clips))
      // Text is placed in page coordinates; clip regions stay in force until the state is popped.
      if (item.clips.length) page.pushOperators(concatTransformationMatrix(...(invert(base) ?? base)))
      drawText(page, item, base, fonts)
      if (item.clips.length) page.pushOperators(popGraphicsState())
      continue
    }
    const fa = item.fill?.a ?? 1
    const sa = item.stroke?.a ?? 1
    const gs = fa < 1 || sa < 1 ? alphaState(doc, page, states, fa, sa) : null
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...base), ...pathOps(item, gs), popGraphicsState())
  }
}
