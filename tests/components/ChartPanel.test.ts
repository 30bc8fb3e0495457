import type { EChartsOption } from 'echarts'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, KeepAlive, nextTick, ref, shallowRef, type Component, type Ref } from 'vue'
import ChartPanel from '../../src/components/chart/ChartPanel.vue'
import { chartsPending, endLoad } from '../../src/composables/chartQueue'
import { provideChartEnv } from '../../src/composables/useEChart'
import type { Look } from '../../src/theme'
import { SCREEN_CHART_THEME_NAME } from '../../src/theme'
import { mountWith } from './setup'

/** The ECharts instances the panel made: what they were made with, and what was done to them. */
interface FakeChart {
  theme: string | undefined
  pixelRatio: number
  options: object[]
  disposed: boolean
  click?: (p: unknown) => void
}
const made: FakeChart[] = []

vi.mock('../../src/composables/echarts', () => ({
  init: (_host: HTMLElement, theme: string | undefined, opts: { devicePixelRatio: number }) => {
    const c: FakeChart = { theme, pixelRatio: opts.devicePixelRatio, options: [], disposed: false }
    made.push(c)
    return {
      on: (_event: string, fn: (p: unknown) => void) => (c.click = fn),
      setOption: (o: object) => c.options.push(o),
      resize: () => {},
      getWidth: () => width,
      getHeight: () => width / 2,
      dispose: () => (c.disposed = true),
    }
  },
  registerCharts: () => {},
}))

/** A resize observer the test fires by hand (happy-dom lays nothing out). */
const observers: (() => void)[] = []
class FakeResizeObserver {
  constructor(private cb: () => void) {}
  observe() {
    observers.push(this.cb)
  }
  disconnect() {}
}

let width = 400
const frame = () => new Promise((r) => setTimeout(r, 30))

beforeEach(() => {
  made.length = 0
  observers.length = 0
  width = 400
  vi.stubGlobal('ResizeObserver', FakeResizeObserver)
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => width)
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(() => width / 2)
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const option: EChartsOption = { series: [{ type: 'bar', data: [1, 2] }] }

/** A stage that provides the chart environment, around one ChartPanel. */
function stage(look: Look | null, scale: Ref<number>) {
  return defineComponent({
    emits: ['select'],
    setup(_, { emit }) {
      if (look) provideChartEnv(look, () => scale.value)
      return () => h(ChartPanel, { id: 'x', title: 'X', option, onSelect: (p: unknown) => emit('select', p) })
    },
  })
}

describe('ChartPanel and useEChart', () => {
  it('draws a desk chart in the light theme at the device pixel ratio', async () => {
    mountWith(stage('desk', ref(1)))
    await nextTick()
    expect(made).toHaveLength(1)
    expect(made[0]).toMatchObject({ theme: undefined, pixelRatio: window.devicePixelRatio })
    // While the data loads, the first drawing comes in a task of its own (chartQueue.ts).
    expect(made[0]!.options).toHaveLength(0)
    expect(chartsPending.value).toBe(1)
    await frame()
    expect(chartsPending.value).toBe(0)
    expect(made[0]!.options.at(-1)).toMatchObject({ backgroundColor: 'transparent', ...option })
  })

  it('outside any stage, draws as on the desk', async () => {
    mountWith(stage(null, ref(1)))
    await nextTick()
    expect(made[0]).toMatchObject({ theme: undefined, pixelRatio: window.devicePixelRatio })
  })

  it("on the big screen, draws in the dark, room-sized theme at the stage's scale and is recreated when the scale changes", async () => {
    const scale = ref(0.5)
    mountWith(stage('screen', scale))
    await frame()
    expect(made[0]).toMatchObject({ theme: SCREEN_CHART_THEME_NAME, pixelRatio: window.devicePixelRatio * 0.5 })
    scale.value = 2
    await nextTick()
    expect(made[0]!.disposed).toBe(true)
    expect(made).toHaveLength(2)
    expect(made[1]).toMatchObject({
      theme: SCREEN_CHART_THEME_NAME,
      pixelRatio: window.devicePixelRatio * 2,
      disposed: false,
    })
    expect(made[1]!.options.at(-1)).toMatchObject(option)
  })

  it('passes a click on the chart to the select event', async () => {
    const { wrapper } = mountWith(stage('desk', ref(1)))
    await nextTick()
    made[0]!.click?.({ name: 'A', dataIndex: 0, data: { clickId: 'a' } })
    expect(wrapper.emitted('select')).toEqual([[{ name: 'A', dataIndex: 0, data: { clickId: 'a' } }]])
  })

  it('waits for its box to have a size before it counts as an instance, and disposes and unregisters on unmount', async () => {
    width = 0
    const before = window.__zzInstances?.chart ?? 0
    const { wrapper } = mountWith(stage('desk', ref(1)))
    await nextTick()
    expect(made).toHaveLength(0)
    // Not an instance until it exists: the hygiene tests compare the count with live charts.
    expect(window.__zzInstances?.chart).toBe(before)
    width = 400
    for (const fire of observers) fire()
    await frame()
    expect(made).toHaveLength(1)
    expect(window.__zzInstances?.chart).toBe(before + 1)
    wrapper.unmount()
    expect(made[0]!.disposed).toBe(true)
    expect(window.__zzInstances?.chart).toBe(before)
  })

  it('after the load, a new chart draws at once', async () => {
    endLoad()
    mountWith(stage('desk', ref(1)))
    await nextTick()
    expect(made[0]!.options.at(-1)).toMatchObject(option)
  })

  it('kept alive and hidden, draws nothing on an option change; shown again, the same chart draws the latest option once', async () => {
    endLoad()
    const opt = shallowRef<EChartsOption>(option)
    const shown = ref(true)
    // Plain component objects: KeepAlive caches by component, so the panel needs one of its own.
    const panel: Component = {
      name: 'Panel',
      setup: () => () => h(ChartPanel, { id: 'x', title: 'X', option: opt.value }),
    }
    const other: Component = { name: 'Other', setup: () => () => h('p') }
    const app: Component = { setup: () => () => h(KeepAlive, null, [shown.value ? h(panel) : h(other)]) }
    mountWith(app)
    await nextTick()
    expect(made).toHaveLength(1)
    const drawn = made[0]!.options.length
    shown.value = false
    await nextTick()
    opt.value = { series: [{ type: 'bar', data: [3] }] }
    await nextTick()
    opt.value = { series: [{ type: 'bar', data: [4] }] }
    await frame()
    expect(made[0]!.options).toHaveLength(drawn)
    shown.value = true
    await frame()
    expect(made).toHaveLength(1)
    expect(made[0]!.disposed).toBe(false)
    expect(made[0]!.options).toHaveLength(drawn + 1)
    expect(made[0]!.options.at(-1)).toMatchObject({ series: [{ type: 'bar', data: [4] }] })
  })
})
