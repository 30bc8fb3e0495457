import { BarChart, LineChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

// Modular registration keeps the bundle to the charts the views use. Everything here is in the
// initial download of `#/` (SPEC §10 budget): charts only other routes need (pie, sankey,
// graph) are registered by their own lazy components through `registerCharts`.
use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer])

/** Registers extra ECharts modules; idempotent, call it from the component that needs them. */
export const registerCharts = use

export { init, type ECharts } from 'echarts/core'
