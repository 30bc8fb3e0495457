import { jsPDF } from 'jspdf'
import { tableBlock, textBlock, type BlockStyle, type TextRun } from './canvasText'

/** A section of the later pages: a heading, then a table (row 0 = header) and/or paragraphs. */
export interface PdfSection {
  title: string
  table?: string[][]
  widths?: number[]
  lines?: string[]
}

export interface PdfReport {
  /** Title and caption lines of page 1. */
  header: TextRun[]
  snapshot: HTMLCanvasElement
  kpiTitle: string
  /** Header row, then [label, value] rows. */
  kpis: string[][]
  sections: PdfSection[]
  fontFamily: string
}

const PAGE_W = 297
const PAGE_H = 210
const MARGIN = 12
const FOOTER = 8
const PX_PER_MM = 7
/** Device pixels per CSS pixel so 1 CSS px prints at 96 dpi. */
const SCALE = (25.4 / 96) * PX_PER_MM
const CONTENT_W = PAGE_W - 2 * MARGIN
const KPI_W = 72
const GAP = 5
const TABLE_CHUNK = 14

const mm = (px: number) => px / PX_PER_MM
const style = (fontFamily: string, widthMm: number): BlockStyle => ({
  width: widthMm * PX_PER_MM,
  scale: SCALE,
  fontFamily,
  padding: 0,
})

/** The snapshot scaled down to what the page prints (about 180 dpi), as a JPEG data URL. */
function fitted(snapshot: HTMLCanvasElement, wMm: number, hMm: number) {
  const k = Math.min(wMm / mm(snapshot.width), hMm / mm(snapshot.height), 1)
  const w = mm(snapshot.width) * k
  const h = mm(snapshot.height) * k
  const px = Math.min(snapshot.width, Math.round(w * PX_PER_MM))
  const c = document.createElement('canvas')
  c.width = px
  c.height = Math.max(1, Math.round((snapshot.height * px) / snapshot.width))
  const ctx = c.getContext('2d')
  if (!ctx) throw new Error('2D canvas is not available')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, c.width, c.height)
  ctx.drawImage(snapshot, 0, 0, c.width, c.height)
  return { url: c.toDataURL('image/jpeg', 0.88), w, h }
}

function place(doc: jsPDF, canvas: HTMLCanvasElement, x: number, y: number): number {
  const h = mm(canvas.height)
  doc.addImage(canvas, 'PNG', x, y, mm(canvas.width), h, undefined, 'FAST')
  return h
}

function firstPage(doc: jsPDF, r: PdfReport) {
  let y = MARGIN + place(doc, textBlock(r.header, style(r.fontFamily, CONTENT_W)), MARGIN, MARGIN) + GAP
  const hasKpis = r.kpis.length > 1
  const snapW = hasKpis ? CONTENT_W - KPI_W - GAP : CONTENT_W
  const img = fitted(r.snapshot, snapW, PAGE_H - FOOTER - MARGIN / 2 - y)
  doc.addImage(img.url, 'JPEG', MARGIN, y, img.w, img.h)
  doc.setDrawColor(213, 219, 227)
  doc.rect(MARGIN, y, img.w, img.h)
  if (!hasKpis) return
  const x = MARGIN + snapW + GAP
  y += place(doc, textBlock([{ text: r.kpiTitle, size: 15, bold: true }], style(r.fontFamily, KPI_W)), x, y) + 2
  place(doc, tableBlock(r.kpis, [0.58, 0.42], style(r.fontFamily, KPI_W), 13), x, y)
}

/** A section as blocks no taller than a page: long tables are cut into chunks with the header repeated. */
function sectionBlocks(s: PdfSection, fontFamily: string): HTMLCanvasElement[] {
  const st = style(fontFamily, CONTENT_W)
  const out = [textBlock([{ text: s.title, size: 15, bold: true }], st)]
  const [head, ...body] = s.table ?? []
  for (let i = 0; head && i < body.length; i += TABLE_CHUNK) {
    out.push(tableBlock([head, ...body.slice(i, i + TABLE_CHUNK)], s.widths ?? head.map(() => 1 / head.length), st))
  }
  for (const text of s.lines ?? []) out.push(textBlock([{ text, size: 13, gap: 3 }], st))
  return out
}

function laterPages(doc: jsPDF, r: PdfReport) {
  let y = PAGE_H
  for (const s of r.sections) {
    sectionBlocks(s, r.fontFamily).forEach((block, i) => {
      const h = mm(block.height)
      // A heading never sits alone at the bottom of a page.
      const need = i === 0 ? h + 20 : h
      if (y + need > PAGE_H - FOOTER - MARGIN / 2) {
        doc.addPage('a4', 'landscape')
        y = MARGIN
      } else if (i === 0) {
        y += GAP
      }
      y += place(doc, block, MARGIN, y) + 1
    })
  }
}

/**
 * The A4 landscape report. Chinese text is drawn on canvases with the page's CJK fonts and placed
 * as images (jsPDF's built-in fonts have no CJK glyphs); page numbers are real text.
 * Loaded on the first PDF export only: this module pulls in jsPDF.
 */
export function buildPdf(r: PdfReport, pageLabel: (n: number, total: number) => string): Blob {
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true })
  doc.setProperties({ creator: 'zaozhuang-talent-map' })
  firstPage(doc, r)
  laterPages(doc, r)
  const total = doc.getNumberOfPages()
  doc.setFont('helvetica', 'normal')
  doc.setFontSize(9)
  doc.setTextColor(96, 112, 134)
  for (let n = 1; n <= total; n++) {
    doc.setPage(n)
    doc.text(pageLabel(n, total), PAGE_W - MARGIN, PAGE_H - FOOTER / 2, { align: 'right' })
  }
  return doc.output('blob')
}
