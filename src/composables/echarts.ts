import { BarChart, GraphChart, LineChart, PieChart, SankeyChart } from 'echarts/charts'
import { DatasetComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

// Modular registration keeps the bundle to the charts the views use; everything here is in the
// initial download of `#/` (SPEC §10 budget), so register a chart only once a view uses it.
use([
  BarChart,
  LineChart,
  PieChart,
  GraphChart,
  SankeyChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  DatasetComponent,
  CanvasRenderer,
])

export { init, type ECharts } from 'echarts/core'
