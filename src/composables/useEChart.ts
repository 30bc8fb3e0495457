import { useDevicePixelRatio } from '@vueuse/core'
import type { EChartsOption } from 'echarts'
import {
  computed,
  inject,
  onActivated,
  onBeforeUnmount,
  onMounted,
  provide,
  shallowRef,
  watch,
  type InjectionKey,
  type Ref,
} from 'vue'
import { LOOKS, type Look } from '@/theme'
import { firstDraw } from './chartQueue'
import { init, type ECharts } from './echarts'
import { registerInstance } from './instances'
import { usePauseWhileCached } from './usePauseWhileCached'

/** What ECharts hands a click handler (the part the app reads). */
export interface ChartClick {
  name: string
  dataIndex: number
  seriesIndex?: number
  data: unknown
}

/** Where charts are drawn: the stage's look and the pixel ratio its canvases render at. */
export interface ChartEnv {
  theme: Readonly<Ref<Look>>
  /** Device pixel ratio × the stage's CSS scale, so a scaled stage stays crisp. */
  pixelRatio: Readonly<Ref<number>>
}

const CHART_ENV: InjectionKey<ChartEnv> = Symbol('chart-env')

function chartEnv(theme: Look, stageScale: () => number): ChartEnv {
  const { pixelRatio } = useDevicePixelRatio()
  return { theme: computed(() => theme), pixelRatio: computed(() => pixelRatio.value * stageScale()) }
}

/** Called by a stage (the app, the big-screen stage) for the charts inside it. */
export function provideChartEnv(theme: Look, stageScale: () => number = () => 1): void {
  provide(CHART_ENV, chartEnv(theme, stageScale))
}

/** The environment of the nearest stage; outside any, the desk at the device's pixel ratio. */
export function useChartEnv(): ChartEnv {
  return inject(CHART_ENV, () => chartEnv('desk', () => 1), true)
}

/**
 * One owner of one ECharts instance: created once its box has a size, resized with it,
 * recreated when the environment changes, disposed on unmount. While its view is cached (App.vue's
 * KeepAlive) it draws nothing; on return it draws the latest option and fits its box.
 */
export function useEChart(
  el: Ref<HTMLElement | null>,
  option: Ref<EChartsOption | null>,
  env: ChartEnv,
  onClick?: (p: ChartClick) => void,
) {
  const chart = shallowRef<ECharts>()
  let observer: ResizeObserver | null = null
  let frame = 0
  let release = () => {}
  usePauseWhileCached()

  function create(host: HTMLElement) {
    const c = init(host, LOOKS[env.theme.value].chartTheme, {
      renderer: 'canvas',
      devicePixelRatio: env.pixelRatio.value,
    })
    // Test hook: browser tests project data to pixels to click a bar.
    Object.defineProperty(host, '__chart', { value: c, configurable: true })
    if (onClick) c.on('click', (p) => onClick(p as unknown as ChartClick))
    chart.value = c
    // Counted only while it exists: a chart waiting for its box to get a size is no instance.
    release = registerInstance('chart')
  }

  function destroy() {
    chart.value?.dispose()
    chart.value = undefined
    release()
  }

  const hasSize = (host: HTMLElement) => host.clientWidth > 0 && host.clientHeight > 0
  /** Resizes the chart to its box when their sizes differ (a kept-alive view's boxes come back unchanged). */
  const fit = (c: ECharts, host: HTMLElement) => {
    if (c.getWidth() !== host.clientWidth || c.getHeight() !== host.clientHeight) c.resize()
  }

  // ECharts cannot measure a box without a size (a hidden panel, a stage still laying out):
  // the chart is created once its box has one, and resized after.
  onMounted(() => {
    if (!el.value) return
    if (hasSize(el.value)) create(el.value)
    observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const host = el.value
        if (!host || !hasSize(host)) return
        if (chart.value) fit(chart.value, host)
        else create(host)
      })
    })
    observer.observe(el.value)
  })

  // ECharts cannot change its theme or pixel ratio in place: recreate it with the new ones.
  watch([env.theme, env.pixelRatio], () => {
    if (!el.value || !chart.value) return
    destroy()
    create(el.value)
  })

  // A redraw after a filter change merges the option now and lays out and paints in the chart's own
  // next animation frame (`lazyUpdate`): a click's task then holds the stores' update, not every chart
  // of the view drawn one after another (issue 13: ≤ 50 ms of script per click at scale 50).
  const draw = (c: ECharts, o: EChartsOption, lazyUpdate = false) =>
    c.setOption({ backgroundColor: 'transparent', ...o }, { replaceMerge: ['series', 'xAxis', 'yAxis'], lazyUpdate })
  /** Whether this chart has had its first drawing (queued while the data loads, see chartQueue.ts). */
  let drawn = false
  let cancelFirst = () => {}
  watch([chart, option], ([c, o]) => {
    if (!c || !o) return
    if (drawn) return void draw(c, o, true)
    cancelFirst()
    cancelFirst = firstDraw(() => {
      const latest = option.value
      if (chart.value !== c || !latest) return
      drawn = true
      draw(c, latest)
    })
  })

  onActivated(() => {
    if (chart.value && el.value && hasSize(el.value)) fit(chart.value, el.value)
  })

  onBeforeUnmount(() => {
    cancelFirst()
    cancelAnimationFrame(frame)
    observer?.disconnect()
    destroy()
  })

  return { chart }
}
