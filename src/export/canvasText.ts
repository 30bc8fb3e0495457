import { wrapText } from './caption'

/** One paragraph drawn as text (fillText: data strings never go through HTML). */
export interface TextRun {
  text: string
  /** CSS pixels at scale 1. */
  size: number
  bold?: boolean
  color?: string
  /** Extra space above, CSS pixels. */
  gap?: number
}

export interface BlockStyle {
  /** Device pixels. */
  width: number
  /** Device pixels per CSS pixel. */
  scale: number
  fontFamily: string
  /** CSS pixels around the text. */
  padding?: number
  background?: string
  /** A rule along the top edge. */
  rule?: string
}

const LINE_HEIGHT = 1.45
const TEXT = '#1f2933'

/** The page's own font stack (it carries the CJK fonts), for canvas text. */
export function pageFontFamily(): string {
  return getComputedStyle(document.documentElement).fontFamily || 'sans-serif'
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('2D canvas is not available')
  return ctx
}

const fontOf = (r: Pick<TextRun, 'size' | 'bold'>, scale: number, family: string) =>
  `${r.bold ? 'bold ' : ''}${Math.round(r.size * scale)}px ${family}`

/** Paragraphs wrapped to the block's width, drawn on a new canvas as tall as they need. */
export function textBlock(runs: readonly TextRun[], s: BlockStyle): HTMLCanvasElement {
  const pad = (s.padding ?? 12) * s.scale
  const canvas = document.createElement('canvas')
  const ctx = context(canvas)
  const laid = runs.map((r) => {
    ctx.font = fontOf(r, s.scale, s.fontFamily)
    const lines = wrapText(r.text, s.width - 2 * pad, (t) => ctx.measureText(t).width)
    return { r, lines, lh: r.size * s.scale * LINE_HEIGHT, gap: (r.gap ?? 0) * s.scale }
  })
  const height = laid.reduce((h, l) => h + l.gap + l.lines.length * l.lh, 2 * pad)
  canvas.width = Math.max(1, Math.round(s.width))
  canvas.height = Math.max(1, Math.ceil(height))
  ctx.fillStyle = s.background ?? '#ffffff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  if (s.rule) {
    ctx.fillStyle = s.rule
    ctx.fillRect(0, 0, canvas.width, Math.max(1, Math.round(s.scale)))
  }
  ctx.textBaseline = 'middle'
  let y = pad
  for (const { r, lines, lh, gap } of laid) {
    y += gap
    ctx.font = fontOf(r, s.scale, s.fontFamily)
    ctx.fillStyle = r.color ?? TEXT
    for (const line of lines) {
      ctx.fillText(line, pad, y + lh / 2)
      y += lh
    }
  }
  return canvas
}

/** The caption band: the first line as a heading, the sample mark in orange, the rest in grey. */
export function captionRuns(lines: readonly string[], sampleLine: string): TextRun[] {
  return lines.map((text, i) => {
    if (i === 0) return { text, size: 16, bold: true }
    if (text === sampleLine) return { text, size: 13, bold: true, color: '#b45309', gap: 2 }
    return { text, size: 13, color: '#3d4a5c', gap: 2 }
  })
}

/** A snapshot with a caption band drawn below it, on one canvas of the snapshot's width. */
export function withCaption(
  snapshot: CanvasImageSource & { width: number; height: number },
  runs: readonly TextRun[],
  scale: number,
  fontFamily: string,
): HTMLCanvasElement {
  const band = textBlock(runs, { width: snapshot.width, scale, fontFamily, padding: 14, rule: '#d5dbe3' })
  const out = document.createElement('canvas')
  out.width = snapshot.width
  out.height = snapshot.height + band.height
  const ctx = context(out)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, out.width, out.height)
  ctx.drawImage(snapshot, 0, 0)
  ctx.drawImage(band, 0, snapshot.height)
  return out
}
