/**
 * What the big-screen layout test measures on a page, run inside the browser (page.evaluate):
 * every panel keeps its content inside it, panels and map overlays do not overlap, no text is
 * cut or ellipsised, no text is under the minimum size — DOM text by its computed font size,
 * chart text by the size ECharts draws it at (both in stage coordinates: the stage's CSS
 * scale applies to neither), map labels by their layers' text sizes; no chart graphic reaches
 * past its chart's edge.
 */
export interface StageAudit {
  shape: string | null
  stage: { width: number; height: number }
  /** An element whose box leaves the panel it belongs to. */
  escapes: string[]
  /** Two panels, or two overlays of one map, that overlap. */
  overlaps: string[]
  /** Text cut or ellipsised (its content wider or taller than its box). */
  clipped: string[]
  /** The smallest DOM text size and where. */
  domMin: { size: number; where: string }
  /** The smallest chart text size and where. */
  chartMin: { size: number; where: string }
  /** Chart texts drawn over one another. */
  chartOverlaps: string[]
  /** Category axes that may skip some of their labels. */
  unlabelledAxes: string[]
  /** Chart graphics (nodes, labels, bars) reaching past their chart's edge, where the canvas cuts them. */
  chartCut: string[]
  /** The smallest text size of the maps' label layers. */
  mapMin: { size: number; where: string }
  panels: number
  charts: number
}

export function auditStage(): StageAudit {
  const stage = document.querySelector('[data-testid="screen-stage"]') as HTMLElement
  const TOL = 1
  const describe = (el: Element) => {
    const id = el.closest('[data-testid]')?.getAttribute('data-testid') ?? ''
    const text = (el.textContent ?? '').trim().slice(0, 24)
    return `${id} ${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${text}"`
  }
  // Text for screen readers only (`.sr-only`) and the map's district list parked off-screen until keyboard
  // focus reveals it (like a skip link) are not on the wall.
  const offWall = '.sr-only, .map-district-list:not(:focus-within)'
  const shown = (el: Element) => {
    const s = getComputedStyle(el)
    return s.visibility !== 'hidden' && s.display !== 'none' && el.getClientRects().length > 0 && !el.closest(offWall)
  }
  const inside = (a: DOMRect, b: DOMRect) =>
    a.left >= b.left - TOL && a.top >= b.top - TOL && a.right <= b.right + TOL && a.bottom <= b.bottom + TOL
  const overlap = (a: DOMRect, b: DOMRect) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOL &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOL

  // Panels: the cells of the stage (chrome rows, KPI cards, chart and map panels).
  const panelSel = '.header, .filter-bar, .data-quality, .screen-foot, .kpi, .panel'
  const panels = [...stage.querySelectorAll(panelSel)].filter(
    (p) => shown(p) && !p.parentElement?.closest('.panel, .kpi'),
  )
  const escapes: string[] = []
  const stageRect = stage.getBoundingClientRect()
  for (const p of panels) {
    const box = p.getBoundingClientRect()
    if (!inside(box, stageRect)) escapes.push(`panel outside the stage: ${describe(p)}`)
    for (const el of p.querySelectorAll('*')) {
      // An open drop-down menu floats over the page on purpose.
      if (!shown(el) || el.closest('.maplibregl-canvas-container, .export-menu-list, .search-results')) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0) continue
      if (!inside(r, box)) escapes.push(describe(el))
    }
  }
  const overlaps: string[] = []
  for (let i = 0; i < panels.length; i++)
    for (let j = i + 1; j < panels.length; j++) {
      const [a, b] = [panels[i] as Element, panels[j] as Element]
      if (overlap(a.getBoundingClientRect(), b.getBoundingClientRect()))
        overlaps.push(`${describe(a)} × ${describe(b)}`)
    }
  for (const m of stage.querySelectorAll('.map-panel')) {
    const layers = [...m.children].filter((c) => shown(c) && !c.matches('.map-canvas, .map-empty, .map-tooltip'))
    for (let i = 0; i < layers.length; i++)
      for (let j = i + 1; j < layers.length; j++) {
        const [a, b] = [layers[i] as Element, layers[j] as Element]
        if (overlap(a.getBoundingClientRect(), b.getBoundingClientRect()))
          overlaps.push(`map overlays ${describe(a)} × ${describe(b)}`)
      }
  }

  // Text: every element holding text of its own.
  const clipped: string[] = []
  const domMin = { size: Infinity, where: '' }
  for (const el of stage.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())
    if (!own || !shown(el) || el.closest('[aria-hidden="true"], .maplibregl-ctrl')) continue
    const s = getComputedStyle(el)
    const size = parseFloat(s.fontSize)
    if (size < domMin.size) Object.assign(domMin, { size, where: describe(el) })
    if (s.display === 'inline') continue
    const h = el as HTMLElement
    if (s.textOverflow === 'ellipsis' && h.scrollWidth > h.clientWidth) clipped.push(`ellipsis: ${describe(el)}`)
    else if (h.scrollWidth > h.clientWidth + TOL || h.scrollHeight > h.clientHeight + TOL)
      clipped.push(`${h.scrollWidth}×${h.scrollHeight} in ${h.clientWidth}×${h.clientHeight}: ${describe(el)}`)
  }

  // Charts: the text ECharts draws, read from its display list.
  type Rect = { x: number; y: number; width: number; height: number; clone(): Rect; applyTransform(m: unknown): void }
  type Drawn = {
    type: string
    ignore?: boolean
    invisible?: boolean
    style: { text?: string; font?: string; opacity?: number }
    transform?: unknown
    getBoundingRect(): Rect
    parent?: { ignore?: boolean; invisible?: boolean; parent?: unknown }
  }
  type Chart = {
    getZr(): { storage: { getDisplayList(update: boolean): Drawn[] } }
    getOption(): { xAxis?: unknown[]; yAxis?: unknown[] }
    getWidth(): number
    getHeight(): number
  }
  const chartMin = { size: Infinity, where: '' }
  const chartOverlaps: string[] = []
  const unlabelledAxes: string[] = []
  const chartCut: string[] = []
  const hosts = [...stage.querySelectorAll('[_echarts_instance_]')].filter(shown)
  for (const host of hosts) {
    const chart = (host as unknown as { __chart?: Chart }).__chart
    if (!chart) continue
    const id = host.closest('[data-testid]')?.getAttribute('data-testid') ?? '?'
    const hidden = (d: Drawn) => {
      for (let e: Drawn | undefined = d; e; e = e.parent as Drawn | undefined) if (e.ignore || e.invisible) return true
      return (d.style.opacity ?? 1) === 0
    }
    const drawn = chart
      .getZr()
      .storage.getDisplayList(true)
      .filter((d) => !hidden(d))
    const [width, height] = [chart.getWidth(), chart.getHeight()]
    for (const d of drawn) {
      const r = d.getBoundingRect().clone()
      if (d.transform) r.applyTransform(d.transform)
      if (r.width === 0 && r.height === 0) continue
      if (r.x < -TOL || r.y < -TOL || r.x + r.width > width + TOL || r.y + r.height > height + TOL)
        chartCut.push(`${id} ${d.type} "${d.style.text ?? ''}"`)
    }
    const texts = drawn.filter((d) => d.type === 'tspan' && d.style.text)
    const rects: { r: Rect; text: string }[] = []
    for (const d of texts) {
      const px = Number(/(\d+(?:\.\d+)?)px/.exec(d.style.font ?? '')?.[1] ?? 12)
      if (px < chartMin.size) Object.assign(chartMin, { size: px, where: `${id} "${d.style.text}"` })
      const r = d.getBoundingRect().clone()
      if (d.transform) r.applyTransform(d.transform)
      rects.push({ r, text: String(d.style.text) })
    }
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const a = rects[i]!.r
        const b = rects[j]!.r
        const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
        const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
        if (w > 2 && h > 2) chartOverlaps.push(`${id}: "${rects[i]!.text}" × "${rects[j]!.text}"`)
      }
    const o = chart.getOption()
    for (const axis of [...(o.xAxis ?? []), ...(o.yAxis ?? [])] as {
      type?: string
      show?: boolean
      axisLabel?: { interval?: unknown; show?: boolean }
    }[])
      if (
        axis.type === 'category' &&
        axis.show !== false &&
        axis.axisLabel?.show !== false &&
        axis.axisLabel?.interval !== 0
      )
        unlabelledAxes.push(id)
  }

  // Maps: the text sizes of their visible label layers.
  const mapMin = { size: Infinity, where: '' }
  const numbers = (v: unknown): number[] =>
    typeof v === 'number' ? [v] : Array.isArray(v) ? v.flatMap((x, i) => (i === 0 ? [] : numbers(x))) : []
  type MapLike = {
    getStyle(): { layers: { id: string; type: string; layout?: Record<string, unknown> }[] }
    getLayoutProperty(id: string, p: string): unknown
  }
  for (const el of stage.querySelectorAll('[data-testid="map"]')) {
    const map = (el as unknown as { __map?: MapLike }).__map
    for (const layer of map?.getStyle().layers ?? []) {
      if (layer.type !== 'symbol' || !layer.layout?.['text-field']) continue
      if (map?.getLayoutProperty(layer.id, 'visibility') === 'none') continue
      const raw = map?.getLayoutProperty(layer.id, 'text-size') ?? 16
      // Expressions: the sizes are their outputs; zoom stops are small integers beside them.
      const sizes = typeof raw === 'number' ? [raw] : numbers(raw).filter((n) => n >= 4)
      for (const size of sizes) if (size < mapMin.size) Object.assign(mapMin, { size, where: layer.id })
    }
  }

  return {
    shape: stage.getAttribute('data-shape'),
    stage: { width: stage.offsetWidth, height: stage.offsetHeight },
    escapes,
    overlaps,
    clipped,
    domMin,
    chartMin,
    chartOverlaps,
    unlabelledAxes,
    chartCut,
    mapMin,
    panels: panels.length,
    charts: hosts.length,
  }
}
