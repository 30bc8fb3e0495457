import type { EChartsOption } from 'echarts'
import { onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue'
import { useFiltersStore } from '@/stores/filters'
import { useUiStore } from '@/stores/ui'
import { init, type ECharts } from './echarts'
import { registerInstance } from './instances'

export interface ChartClick {
  name: string
  dataIndex: number
  seriesIndex?: number
  data: unknown
}

/**
 * One owner of one ECharts instance: created on mount, resized with its box, disposed on
 * unmount. Its pixel ratio follows the big-screen stage scale, so a scaled stage stays crisp.
 */
export function useEChart(
  el: Ref<HTMLElement | null>,
  option: Ref<EChartsOption | null>,
  onClick?: (p: ChartClick) => void,
) {
  const ui = useUiStore()
  const filters = useFiltersStore()
  const chart = shallowRef<ECharts>()
  let observer: ResizeObserver | null = null
  let frame = 0
  let release = () => {}

  function create(host: HTMLElement) {
    // The big screen is dark; its charts use ECharts' dark theme on a transparent ground.
    const theme = filters.view.screen ? 'dark' : undefined
    const c = init(host, theme, { renderer: 'canvas', devicePixelRatio: window.devicePixelRatio * ui.stageScale })
    // Test hook: browser tests project data to pixels to click a bar.
    Object.defineProperty(host, '__chart', { value: c, configurable: true })
    if (onClick) c.on('click', (p) => onClick(p as unknown as ChartClick))
    chart.value = c
  }

  const hasSize = (host: HTMLElement) => host.clientWidth > 0 && host.clientHeight > 0

  // ECharts cannot measure a box without a size (a hidden panel, a stage still laying out):
  // the chart is created once its box has one, and resized after.
  onMounted(() => {
    if (!el.value) return
    if (hasSize(el.value)) create(el.value)
    release = registerInstance('chart')
    observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const host = el.value
        if (!host || !hasSize(host)) return
        if (chart.value) chart.value.resize()
        else create(host)
      })
    })
    observer.observe(el.value)
  })

  // ECharts cannot change its pixel ratio in place: recreate it at the new one.
  watch(
    () => ui.stageScale,
    () => {
      if (!el.value || !chart.value) return
      chart.value.dispose()
      create(el.value)
    },
  )

  watch([chart, option], ([c, o]) => {
    if (c && o) c.setOption({ backgroundColor: 'transparent', ...o }, { replaceMerge: ['series', 'xAxis', 'yAxis'] })
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
