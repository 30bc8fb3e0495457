import {
  clip,
  concatTransformationMatrix,
  degrees,
  endPath,
  LineCapStyle,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib'
import type { FontSet } from './fonts'
import { apply, invert, multiply, type Matrix, type Rgba } from './geometry'
import type { Clip, PathItem, TextItem, VectorScene } from './scene'

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
/** pdf-lib draws SVG path data with y pointing up: flipping first keeps the chart's own coordinates. */
const FLIP: Matrix = [1, 0, 0, -1, 0, 0]

function clipOps(clips: readonly Clip[]): PDFOperator[] {
  const out: PDFOperator[] = []
  for (const c of clips) {
    const back = invert(c.matrix)
    if (!back) continue
    out.push(concatTransformationMatrix(...c.matrix), rectangle(c.x, c.y, c.width, c.height), clip(), endPath())
    out.push(concatTransformationMatrix(...back))
  }
  return out
}

const colour = (c: Rgba) => rgb(Math.min(1, c.r), Math.min(1, c.g), Math.min(1, c.b))

function drawPath(page: PDFPage, p: PathItem) {
  const stroke = p.stroke
    ? {
        borderColor: colour(p.stroke),
        borderWidth: p.strokeWidth,
        borderLineCap: CAP[p.lineCap],
        ...(p.stroke.a < 1 ? { borderOpacity: p.stroke.a } : {}),
        ...(p.dash.length ? { borderDashArray: p.dash } : {}),
      }
    : {}
  const fill = p.fill ? { color: colour(p.fill), ...(p.fill.a < 1 ? { opacity: p.fill.a } : {}) } : {}
  page.drawSvgPath(p.d, { x: 0, y: 0, ...fill, ...stroke })
}

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
export function drawScene(page: PDFPage, scene: VectorScene, box: Box, fonts: FontSet, background?: Rgba) {
  if (background) page.drawRectangle({ ...box, color: colour(background) })
  if (!(scene.width > 0 && scene.height > 0)) return
  const k = Math.min(box.width / scene.width, box.height / scene.height)
  const left = box.x + (box.width - scene.width * k) / 2
  const top = box.y + box.height - (box.height - scene.height * k) / 2
  const base: Matrix = [k, 0, 0, -k, left, top]
  for (const item of scene.items) {
    if (item.kind === 'text') {
      // Text is placed in page coordinates; a clip region stays in force until the state is popped.
      const clipped = item.clips.length > 0
      if (clipped) page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...base), ...clipOps(item.clips))
      if (clipped) page.pushOperators(concatTransformationMatrix(...(invert(base) ?? base)))
      drawText(page, item, base, fonts)
      if (clipped) page.pushOperators(popGraphicsState())
      continue
    }
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...base), ...clipOps(item.clips))
    page.pushOperators(concatTransformationMatrix(...multiply(item.matrix, FLIP)))
    drawPath(page, item)
    page.pushOperators(popGraphicsState())
  }
}
