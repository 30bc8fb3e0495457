import type { ECharts } from 'echarts/core'
import type { Map as MapLibre } from 'maplibre-gl'
import { domToCanvas } from 'modern-screenshot'
import { markedElements } from './snapshotRules'
import { SNAPSHOT_STYLE_PROPERTIES } from './snapshotStyles'

/**
 * Snapshots of the view as a report shows it: controls left out (snapshotRules.ts), the ticker at
 * rest, and the map and charts drawn again at the snapshot's resolution rather than upscaled from
 * the screen. Loaded on the first PNG or PDF export only: this module pulls in modern-screenshot.
 */

/** The map container carries its MapLibre instance (`__map`), a chart host its ECharts (`__chart`). */
type MapHost = HTMLElement & { __map?: MapLibre }
type ChartHost = HTMLElement & { __chart?: ECharts }

const MARK = 'data-export-mark'
/** MapLibre's default largest canvas side. */
const MAX_CANVAS = 4096

export function chartHosts(root: Element): (ChartHost & { __chart: ECharts })[] {
  return Array.from(root.querySelectorAll<ChartHost>('div')).filter(
    (el): el is ChartHost & { __chart: ECharts } => !!el.__chart && !el.__chart.isDisposed() && el.offsetWidth > 0,
  )
}

export function mapHosts(root: Element): (MapHost & { __map: MapLibre })[] {
  return Array.from(root.querySelectorAll<MapHost>('[data-testid="map"]')).filter(
    (el): el is MapHost & { __map: MapLibre } => !!el.__map && el.offsetWidth > 0,
  )
}

function idle(m: MapLibre): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 5000)
    m.once('idle', () => {
      clearTimeout(timer)
      resolve()
    })
    m.triggerRepaint()
  })
}

/**
 * Draws every map under `root` at `ratio` device pixels per CSS pixel (within MapLibre's canvas
 * limit) and waits until it has; returns what puts the screen ratio back.
 */
export async function sharpenMaps(root: Element, ratio: number): Promise<() => void> {
  const restore: (() => void)[] = []
  await Promise.all(
    mapHosts(root).map((host) => {
      const m = host.__map
      const before = m.getPixelRatio()
      const r = Math.min(ratio, MAX_CANVAS / Math.max(1, host.clientWidth), MAX_CANVAS / Math.max(1, host.clientHeight))
      if (r <= before + 0.01) return Promise.resolve()
      m.setPixelRatio(r)
      restore.push(() => {
        if (m.getCanvas().isConnected) m.setPixelRatio(before)
      })
      return idle(m)
    }),
  )
  return () => restore.forEach((f) => f())
}

/** Where each element's mark goes on its clone (the clone carries the attribute, not the original's state). */
function markTicker(root: Element, marks: [Element, string][]) {
  for (const ticker of Array.from(root.querySelectorAll<HTMLElement>('[data-testid="ticker"]'))) {
    const track = ticker.firstElementChild as HTMLElement | null
    if (!track) continue
    marks.push([track, 'still'])
    const items = Array.from(track.children) as HTMLElement[]
    const start = items[0]?.offsetLeft ?? 0
    const room = ticker.clientWidth - 16
    // At rest the track starts at its first item; an item the band cannot show whole is left out.
    for (const item of items) if (item.offsetLeft - start + item.offsetWidth > room) marks.push([item, 'hide'])
  }
}

function styleClone(clone: Element, mark: string, chartImages: readonly string[]) {
  const style = (clone as HTMLElement).style
  if (mark === 'hide') style.setProperty('opacity', '0', 'important')
  else if (mark === 'off') {
    style.setProperty('opacity', '0.45', 'important')
    style.setProperty('text-decoration', 'line-through', 'important')
  } else if (mark === 'still') {
    style.setProperty('animation', 'none', 'important')
    style.setProperty('transform', 'none', 'important')
  } else if (mark.startsWith('chart-')) {
    const url = chartImages[Number(mark.slice(6))]
    // ECharts' host holds the zrender layer first; anything after it (a tooltip) is left out.
    Array.from(clone.children).forEach(
      (c, i) => i > 0 && (c as HTMLElement).style.setProperty('opacity', '0', 'important'),
    )
    clone.querySelectorAll('img').forEach((img, i) => {
      if (i === 0 && url) img.src = url
      else img.style.setProperty('opacity', '0', 'important')
    })
  }
}

export interface SnapshotOptions {
  /** Device pixels per CSS pixel of the output. */
  scale: number
  backgroundColor: string
}

/**
 * The element drawn at `scale` (canvases included), as a report shows it. The caller sharpens the
 * maps first (sharpenMaps) so the map is drawn at the output's resolution.
 */
export async function snapshotElement(el: HTMLElement, o: SnapshotOptions): Promise<HTMLCanvasElement> {
  const marks: [Element, string][] = markedElements(el)
  markTicker(el, marks)
  const charts = chartHosts(el)
  const chartImages = charts.map((host) =>
    host.__chart.getDataURL({ type: 'png', pixelRatio: o.scale, backgroundColor: 'transparent' }),
  )
  charts.forEach((host, i) => marks.push([host, `chart-${i}`]))
  for (const [e, m] of marks) e.setAttribute(MARK, m)
  try {
    // Layout size, not the on-screen box: in big-screen mode the stage around it is CSS-scaled.
    return await domToCanvas(el, {
      scale: o.scale,
      backgroundColor: o.backgroundColor,
      width: el.offsetWidth,
      height: el.offsetHeight,
      filter: (node) =>
        node.nodeType !== Node.ELEMENT_NODE ||
        !(
          (node as Element).hasAttribute('data-export-ignore') ||
          (node as Element).classList.contains('maplibregl-ctrl')
        ),
      onCloneEachNode: (node) => {
        // The clone may belong to another realm (a sandbox frame): test the node type, not the class.
        if (node.nodeType !== Node.ELEMENT_NODE) return
        const clone = node as Element
        const mark = clone.getAttribute(MARK)
        if (!mark) return
        clone.removeAttribute(MARK)
        styleClone(clone, mark, chartImages)
      },
      timeout: 15_000,
      includeStyleProperties: SNAPSHOT_STYLE_PROPERTIES,
    })
  } finally {
    for (const [e] of marks) e.removeAttribute(MARK)
  }
}
