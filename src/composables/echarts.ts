import { BarChart, GraphChart, HeatmapChart, LineChart, PieChart, SankeyChart } from 'echarts/charts'
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components'
import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

// Modular registration keeps the bundle to the charts the views use.
use([
  BarChart,
  LineChart,
  PieChart,
  GraphChart,
  SankeyChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  TitleComponent,
  DatasetComponent,
  VisualMapComponent,
  CanvasRenderer,
])

export { init, type ECharts } from 'echarts/core'
