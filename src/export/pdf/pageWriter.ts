import { PDFString, rgb, type PDFDocument, type PDFImage, type PDFPage, type RGB } from 'pdf-lib'
import { wrapText } from '../caption'
import type { FontSet } from './fonts'

/** A4 landscape in points. */
export const PAGE = { width: 841.89, height: 595.28, margin: 34, footer: 22 }
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin
/** The lowest y (from the top) that content may reach, above the footer. */
export const CONTENT_BOTTOM = PAGE.height - PAGE.margin - PAGE.footer + 12

export const INK = rgb(0.12, 0.16, 0.2)
export const MUTED = rgb(0.37, 0.44, 0.53)
export const RULE = rgb(0.84, 0.86, 0.89)
export const SAMPLE = rgb(0.71, 0.33, 0.04)
const HEAD_FILL = rgb(0.93, 0.95, 0.97)
const LINK = rgb(0.09, 0.36, 0.75)

export interface TextStyle {
  size: number
  bold?: boolean
  color?: RGB
}

const LINE = 1.42
/** Raster images (the view, the map, panels) print at this resolution or finer. */
export const MIN_DPI = 200

/** A table: row 0 is the header; `widths` are fractions of the table's width; `links` marks URL columns. */
export interface TableSpec {
  rows: string[][]
  widths: number[]
  size?: number
  links?: number[]
}

/**
 * Writes a report top to bottom: `y` is the cursor from the page's top edge in points. Text goes in
 * as real text in the report's fonts; paragraphs and tables wrap and continue on a new page.
 */
export class PageWriter {
  page!: PDFPage
  y = PAGE.margin

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: FontSet,
  ) {
    this.newPage()
  }

  newPage() {
    this.page = this.doc.addPage([PAGE.width, PAGE.height])
    this.y = PAGE.margin
  }

  /** Starts a new page unless `height` more points fit below the cursor. */
  ensure(height: number) {
    if (this.y + height > CONTENT_BOTTOM && this.y > PAGE.margin + 1) this.newPage()
  }

  /** One line of text with its top at `top`; returns its width. */
  line(text: string, x: number, top: number, s: TextStyle): number {
    const baseline = PAGE.height - (top + s.size * 1.06)
    let at = x
    for (const run of this.fonts.runs(text, s.bold)) {
      this.page.drawText(run.text, { x: at, y: baseline, size: s.size, font: run.font, color: s.color ?? INK })
      at += run.font.widthOfTextAtSize(run.text, s.size)
    }
    return at - x
  }

  lines(text: string, width: number, s: TextStyle): string[] {
    return wrapText(text, width, (t) => this.fonts.width(t, s.size, s.bold))
  }

  /** A wrapped paragraph at the cursor; moves the cursor below it, onto new pages as needed. */
  paragraph(text: string, s: TextStyle, x = PAGE.margin, width = CONTENT_WIDTH, gap = 2) {
    for (const l of this.lines(text, width, s)) {
      this.ensure(s.size * LINE)
      this.line(l, x, this.y, s)
      this.y += s.size * LINE
    }
    this.y += gap
  }

  /** A URI link over a rectangle given from the top edge. */
  link(url: string, x: number, top: number, width: number, height: number) {
    if (!/^https?:\/\//i.test(url)) return
    const annot = this.doc.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [x, PAGE.height - top - height, x + width, PAGE.height - top],
      Border: [0, 0, 0],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
    })
    this.page.node.addAnnot(this.doc.context.register(annot))
  }

  /** A table at the cursor, `width` wide; rows that do not fit go on a new page under a repeated header. */
  table(t: TableSpec, x = PAGE.margin, width = CONTENT_WIDTH) {
    const size = t.size ?? 9.5
    const pad = 4
    const lh = size * LINE
    const cols = t.widths.map((w) => w * width)
    const laid = t.rows.map((row, i) => {
      const cells = row.map((text, c) => this.lines(text, (cols[c] ?? 0) - 2 * pad, { size, bold: i === 0 }))
      return { row, cells, h: Math.max(1, ...cells.map((l) => l.length)) * lh + 2 * pad }
    })
    const [head, ...body] = laid
    if (!head) return
    const drawRow = (r: (typeof laid)[number], isHead: boolean) => {
      if (isHead) this.page.drawRectangle({ x, y: PAGE.height - this.y - r.h, width, height: r.h, color: HEAD_FILL })
      let cx = x
      r.cells.forEach((ls, c) => {
        const isLink = !isHead && t.links?.includes(c) && /^https?:\/\//i.test(r.row[c] ?? '')
        const color = isLink ? LINK : INK
        ls.forEach((l, k) => this.line(l, cx + pad, this.y + pad + k * lh, { size, bold: isHead, color }))
        if (isLink) this.link(r.row[c] ?? '', cx, this.y, cols[c] ?? 0, r.h)
        cx += cols[c] ?? 0
      })
      this.y += r.h
      this.page.drawLine({
        start: { x, y: PAGE.height - this.y },
        end: { x: x + width, y: PAGE.height - this.y },
        thickness: 0.5,
        color: RULE,
      })
    }
    this.ensure(head.h + (body[0]?.h ?? 0))
    drawRow(head, true)
    for (const r of body) {
      if (this.y + r.h > CONTENT_BOTTOM) {
        this.newPage()
        drawRow(head, true)
      }
      drawRow(r, false)
    }
    this.y += 6
  }

  /**
   * An image fitted into a box given from the top edge (aspect kept, top-left aligned), never larger
   * than prints at MIN_DPI; returns its size.
   */
  image(img: PDFImage, x: number, top: number, maxWidth: number, maxHeight: number) {
    const k = Math.min(maxWidth / img.width, maxHeight / img.height, 72 / MIN_DPI)
    const width = img.width * k
    const height = img.height * k
    this.page.drawImage(img, { x, y: PAGE.height - top - height, width, height })
    this.page.drawRectangle({
      x,
      y: PAGE.height - top - height,
      width,
      height,
      borderColor: RULE,
      borderWidth: 0.5,
    })
    return { width, height }
  }
}
