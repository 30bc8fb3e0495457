import type { EChartsOption } from 'echarts'
import { onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue'
import { init, type ECharts } from './echarts'
import { registerInstance } from './instances'

export interface ChartClick {
  name: string
  dataIndex: number
  seriesIndex?: number
  data: unknown
}

/** One owner of one ECharts instance: created on mount, resized with its box, disposed on unmount. */
export function useEChart(
  el: Ref<HTMLElement | null>,
  option: Ref<EChartsOption | null>,
  onClick?: (p: ChartClick) => void,
) {
  const chart = shallowRef<ECharts>()
  let observer: ResizeObserver | null = null
  let frame = 0
  let release = () => {}

  onMounted(() => {
    if (!el.value) return
    const c = init(el.value, undefined, { renderer: 'canvas' })
    chart.value = c
    release = registerInstance('chart')
    if (onClick) c.on('click', (p) => onClick(p as unknown as ChartClick))
    observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        if (el.value && el.value.clientWidth > 0 && el.value.clientHeight > 0) c.resize()
      })
    })
    observer.observe(el.value)
  })

  watch([chart, option], ([c, o]) => {
    if (c && o) c.setOption(o, { replaceMerge: ['series', 'dataset', 'xAxis', 'yAxis'] })
  })

  onBeforeUnmount(() => {
    cancelAnimationFrame(frame)
    observer?.disconnect()
    chart.value?.dispose()
    chart.value = undefined
    release()
  })

  return { chart }
}
