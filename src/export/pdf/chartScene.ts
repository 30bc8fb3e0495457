import type { ECharts } from 'echarts/core'
import type { VectorScene } from './scene'
import { zrScene, type ZrLike } from './zrScene'

type EChartsClass = new (
  dom: HTMLElement,
  theme?: object,
  opts?: { renderer?: 'canvas'; width?: number; height?: number; devicePixelRatio?: number },
) => ECharts

/**
 * A chart laid out again at `width` × `height` CSS pixels (a report block, so its text keeps a
 * legible size) from its own option, as vectors. The copy is made with the chart's own class (no
 * ECharts module is imported here, so none leaves the app's first-load chunk) and the chart's own
 * theme (ECharts keeps it as `_theme`), never painted, and disposed at once.
 */
export function chartScene(chart: ECharts, width: number, height: number): VectorScene {
  const host = document.createElement('div')
  host.style.cssText = `position:absolute;left:-99999px;top:0;width:${width}px;height:${height}px`
  const Copy = chart.constructor as EChartsClass
  const theme = (chart as unknown as { _theme?: object })._theme
  const copy = new Copy(host, theme, { renderer: 'canvas', width, height, devicePixelRatio: 1 })
  try {
    copy.setOption({ ...chart.getOption(), animation: false }, true)
    return zrScene(copy.getZr() as unknown as ZrLike, width, height)
  } finally {
    copy.dispose()
  }
}
