import { domToCanvas } from 'modern-screenshot'

/** Elements marked `data-export-ignore` (export buttons, map zoom controls) are left out of snapshots. */
function keep(node: Node): boolean {
  if (!(node instanceof Element)) return true
  return !node.hasAttribute('data-export-ignore') && !node.classList.contains('maplibregl-ctrl')
}

/**
 * The element drawn at `scale` device pixels per CSS pixel, canvases (the WebGL map, ECharts) included.
 * Loaded on the first export only: this module pulls in modern-screenshot.
 */
export async function snapshotElement(
  el: HTMLElement,
  scale: number,
  backgroundColor: string,
): Promise<HTMLCanvasElement> {
  // Layout size, not the on-screen box: in big-screen mode the stage around it is CSS-scaled.
  return domToCanvas(el, {
    scale,
    backgroundColor,
    width: el.offsetWidth,
    height: el.offsetHeight,
    filter: keep,
    timeout: 15_000,
  })
}
