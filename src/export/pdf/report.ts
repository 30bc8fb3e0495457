import { PDFDocument, type PDFImage } from 'pdf-lib'
import { drawScene } from './drawScene'
import { embedFonts } from './fonts'
import type { Rgba } from './geometry'
import { CONTENT_BOTTOM, CONTENT_WIDTH, MIN_DPI, MUTED, PAGE, PageWriter, SAMPLE, type TableSpec } from './pageWriter'
import type { VectorScene } from './scene'

/** A raster image for the report, encoded (JPEG or PNG) at its pixel size. */
export interface ReportImage {
  bytes: Uint8Array
  type: 'jpg' | 'png'
  width: number
  height: number
}

/** One block per chart: a vector chart, a table panel as text, or another panel (a diagram) as a picture. */
export type ReportBlock =
  | { kind: 'chart'; title: string; scene: VectorScene; background?: Rgba }
  | { kind: 'image'; title: string; image: ReportImage }
  | { kind: 'table'; title: string; rows: string[][]; widths: number[] }

/** A section of the closing pages: a heading, then a table and/or paragraphs. */
export interface ReportSection {
  title: string
  table?: TableSpec
  lines?: string[]
}

/** Everything the report says, every string already in the user's language. */
export interface ReportModel {
  /** 枣庄人才·产业·科创地图 · 产业地图 */
  title: string
  /** The caption lines under the title: filters in words, dates, sources. */
  lines: string[]
  /** The sample-data mark, drawn in orange on page 1 and in every footer; null for real data. */
  sample: string | null
  kpiTitle: string
  /** Header row, then [indicator, value] rows; empty when the view shows no KPI. */
  kpis: string[][]
  /** The whole view without its controls. */
  snapshot: ReportImage | null
  /** The map panel at print resolution, with its heading. */
  map: { title: string; image: ReportImage } | null
  blocks: ReportBlock[]
  sections: ReportSection[]
  /** Left-hand footer text on every page. */
  footer: string
  pageLabel: (n: number, total: number) => string
  lang: string
}

const KPI_WIDTH = 215
const GAP = 14
/** Chart blocks per row and the height of a row's chart area. */
const CELL_W = (CONTENT_WIDTH - GAP) / 2
const CELL_H = (CONTENT_BOTTOM - PAGE.margin - GAP) / 2
const BLOCK_TITLE = 11

/** Pixel size a chart is laid out at for a block, so 12 px chart text prints at 9 pt. */
export const CHART_BLOCK_PX = { width: Math.round((CELL_W * 4) / 3), height: Math.round(((CELL_H - 22) * 4) / 3) }

async function embed(doc: PDFDocument, img: ReportImage): Promise<PDFImage> {
  return img.type === 'jpg' ? doc.embedJpg(img.bytes) : doc.embedPng(img.bytes)
}

function heading(w: PageWriter, m: ReportModel) {
  w.paragraph(m.title, { size: 16, bold: true }, PAGE.margin, CONTENT_WIDTH, 4)
  for (const line of m.lines) w.paragraph(line, { size: 9.5, color: MUTED }, PAGE.margin, CONTENT_WIDTH, 1)
  if (m.sample) w.paragraph(m.sample, { size: 9.5, bold: true, color: SAMPLE }, PAGE.margin, CONTENT_WIDTH, 1)
  w.y += 6
}

async function firstPage(w: PageWriter, m: ReportModel) {
  heading(w, m)
  const top = w.y
  const hasKpis = m.kpis.length > 1
  const snapWidth = hasKpis ? CONTENT_WIDTH - KPI_WIDTH - GAP : CONTENT_WIDTH
  if (m.snapshot) w.image(await embed(w.doc, m.snapshot), PAGE.margin, top, snapWidth, CONTENT_BOTTOM - top)
  if (!hasKpis) return
  const x = PAGE.margin + snapWidth + GAP
  w.line(m.kpiTitle, x, top, { size: 12, bold: true })
  w.y = top + 20
  w.table({ rows: m.kpis, widths: [0.6, 0.4], size: 10 }, x, KPI_WIDTH)
}

async function mapPage(w: PageWriter, m: NonNullable<ReportModel['map']>) {
  w.newPage()
  w.line(m.title, PAGE.margin, w.y, { size: 12, bold: true })
  w.y += 20
  const img = await embed(w.doc, m.image)
  const box = { w: CONTENT_WIDTH, h: CONTENT_BOTTOM - w.y }
  const k = Math.min(box.w / img.width, box.h / img.height, 72 / MIN_DPI)
  w.image(img, PAGE.margin + (box.w - img.width * k) / 2, w.y, box.w, box.h)
}

/** A block that takes a whole row: a wide raster panel or a table. */
const isWide = (b: ReportBlock) => b.kind === 'table' || (b.kind === 'image' && b.image.width / b.image.height > 2.2)

const blockTitle = (w: PageWriter, title: string, x: number, top: number) =>
  w.line(title.length > 60 ? `${title.slice(0, 59)}…` : title, x, top, { size: BLOCK_TITLE, bold: true })

/** Blocks on a 2 × 2 grid per page; a wide panel takes a whole row, a table as many rows as it needs. */
async function blockPages(w: PageWriter, blocks: readonly ReportBlock[]) {
  let col = 0
  let top = PAGE.height
  for (const b of blocks) {
    const wide = isWide(b)
    if (col > 0 && (wide || col >= 2)) {
      col = 0
      top += CELL_H + GAP
    }
    if (col === 0 && top + (b.kind === 'table' ? 80 : CELL_H) > CONTENT_BOTTOM + 1) {
      w.newPage()
      top = PAGE.margin
    }
    const x = PAGE.margin + col * (CELL_W + GAP)
    blockTitle(w, b.title, x, top)
    if (b.kind === 'table') {
      // A table is text and flows on (onto a new page if need be); the next block starts below it.
      w.y = top + 20
      w.table({ rows: b.rows, widths: b.widths, size: 9 })
      top = w.y - CELL_H
      col = 2
      continue
    }
    const width = wide ? CONTENT_WIDTH : CELL_W
    const height = CELL_H - 20
    if (b.kind === 'chart')
      drawScene(w.page, b.scene, { x, y: PAGE.height - top - 20 - height, width, height }, w.fonts, b.background)
    else w.image(await embed(w.doc, b.image), x, top + 20, width, height)
    col += wide ? 2 : 1
  }
}

function closingPages(w: PageWriter, sections: readonly ReportSection[]) {
  w.newPage()
  for (const s of sections) {
    w.ensure(60)
    w.paragraph(s.title, { size: 12, bold: true }, PAGE.margin, CONTENT_WIDTH, 4)
    if (s.table) w.table(s.table)
    for (const line of s.lines ?? []) w.paragraph(line, { size: 9.5 }, PAGE.margin, CONTENT_WIDTH, 3)
    w.y += 8
  }
}

function footers(w: PageWriter, m: ReportModel) {
  const pages = w.doc.getPages()
  const top = PAGE.height - PAGE.margin + 4
  pages.forEach((page, i) => {
    w.page = page
    w.line(m.footer, PAGE.margin, top, { size: 8, color: MUTED })
    const label = m.pageLabel(i + 1, pages.length)
    const width = w.fonts.width(label, 8)
    w.line(label, PAGE.width - PAGE.margin - width, top, { size: 8, color: MUTED })
  })
}

/** Every string the report draws, so the fonts embed the glyphs it needs (and only those). */
function allText(m: ReportModel): string {
  const parts = [m.title, ...m.lines, m.sample ?? '', m.kpiTitle, m.footer, '0123456789 /']
  parts.push(...m.kpis.flat(), m.map?.title ?? '')
  for (const b of m.blocks) {
    parts.push(b.title, '…')
    if (b.kind === 'chart') for (const it of b.scene.items) if (it.kind === 'text') parts.push(it.text)
    if (b.kind === 'table') parts.push(...b.rows.flat())
  }
  for (const s of m.sections) parts.push(s.title, ...(s.lines ?? []), ...(s.table?.rows.flat() ?? []))
  return parts.join('\n')
}

/**
 * The A4 landscape report: page 1 the caption, the view and the KPI table; then the map at print
 * resolution; then one block per chart (vectors with real text); then filters, sources and notes.
 * Every page carries the footer and its number. Loaded on the first PDF export only (pdf-lib, fontkit).
 */
export async function buildReport(m: ReportModel): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle(m.title)
  doc.setSubject(m.lines[0] ?? m.title)
  doc.setLanguage(m.lang)
  doc.setCreator('zaozhuang-talent-map')
  doc.setProducer('pdf-lib')
  const fonts = await embedFonts(doc, allText(m))
  const w = new PageWriter(doc, fonts)
  await firstPage(w, m)
  if (m.map) await mapPage(w, m.map)
  await blockPages(w, m.blocks)
  closingPages(w, m.sections)
  footers(w, m)
  return doc.save({ useObjectStreams: true })
}
