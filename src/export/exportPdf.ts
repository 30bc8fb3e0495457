import type { ExportContext } from './context'
import { parseColor } from './pdf/geometry'
import { chartScene } from './pdf/chartScene'
import { preloadFonts } from './pdf/fonts'
import { buildReport, CHART_BLOCK_PX, type ReportBlock, type ReportImage } from './pdf/report'
import { cropCanvas, encodeCanvas } from './raster'
import { reportModel } from './reportModel'
import { backgroundOf, kpiCards, layoutRect, viewPanels, type ViewPanel } from './viewDom'

/** Page 1 shows the whole view about 200 mm wide: 2,400 px is ≈ 300 dpi there. */
const OVERVIEW_MAX_PX = 2400

/** Starts loading what the report needs besides the view (the fonts), so it overlaps the capture. */
export function preloadPdf(): void {
  preloadFonts()
}

/** Dark panel grounds (the big screen) are kept behind vector charts drawn with their dark colours. */
function isDark(css: string): boolean {
  const [r = 255, g = 255, b = 255] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number)
  return 0.3 * r + 0.59 * g + 0.11 * b < 110
}

/**
 * The PDF report of the view from its 2× snapshot (`canvas`, of `root`): the map and
 * panels that are not charts are cut from it; charts are drawn again as vectors. Loaded on the first
 * PDF export only: this module pulls in pdf-lib and fontkit.
 */
export async function pdfReport(ctx: ExportContext, root: HTMLElement, canvas: HTMLCanvasElement): Promise<Blob> {
  const k = canvas.width / root.offsetWidth
  const crop = (el: HTMLElement) => {
    const r = layoutRect(el, root)
    return cropCanvas(canvas, { x: r.x * k, y: r.y * k, width: r.width * k, height: r.height * k })
  }
  const panels = viewPanels(root)
  const mapPanel = panels.find((p) => p.kind === 'map')
  const blocks: ReportBlock[] = []
  // Encodings run while the charts are copied: the browser encodes off the main thread.
  const encoded = new Map<ViewPanel, Promise<ReportImage>>(
    panels.filter((p) => p.kind === 'other').map((p) => [p, encodeCanvas(crop(p.el), 'jpg', 0.92)]),
  )
  const map = mapPanel ? encodeCanvas(crop(mapPanel.el), 'jpg', 0.92) : null
  const overview = cropCanvas(canvas, { x: 0, y: 0, width: canvas.width, height: canvas.height }, OVERVIEW_MAX_PX)
  const snapshot = encodeCanvas(overview, 'jpg', 0.88)
  for (const p of panels) {
    if (p.kind === 'chart') {
      const bg = backgroundOf(p.host)
      const background = isDark(bg) ? (parseColor(bg) ?? undefined) : undefined
      const scene = chartScene(p.chart, CHART_BLOCK_PX.width, CHART_BLOCK_PX.height)
      blocks.push({ kind: 'chart', title: p.title, scene, background })
    }
    if (p.kind === 'table') blocks.push({ kind: 'table', title: p.title, rows: p.rows, widths: p.widths })
    const image = encoded.get(p)
    if (image) blocks.push({ kind: 'image', title: p.title, image: await image })
  }
  const pics = { snapshot: await snapshot, map: map && (await map), blocks, kpis: kpiCards(root) }
  const bytes = await buildReport(reportModel(ctx, pics))
  return new Blob([bytes as BlobPart], { type: 'application/pdf' })
}
