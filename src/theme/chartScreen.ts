/**
 * The big screen's ECharts theme: dark, and sized to be read from across the room. Sizes are
 * in stage pixels (a chart on the stage is laid out at stage size): 16 for what is read first
 * (category names, legends, tooltips), 14 for the rest (value ticks, value labels). Builders
 * leave font sizes to the theme, so the same option reads right on the desk and on the wall.
 * Registered as SCREEN_CHART_THEME_NAME by the stage (src/composables/echartsScreen.ts).
 */
const TEXT = '#d5e2f7'
const MUTED = '#a9bcdb'
const LINE = '#3b4f73'
const GRID = 'rgba(120, 150, 200, 0.22)'

function axis(fontSize: number) {
  return {
    axisLine: { lineStyle: { color: LINE } },
    axisTick: { lineStyle: { color: LINE } },
    splitLine: { lineStyle: { color: GRID } },
    axisLabel: { color: MUTED, fontSize },
    nameTextStyle: { color: MUTED, fontSize: 14 },
  }
}

const label = (fontSize: number) => ({ label: { fontSize }, emphasis: { label: { fontSize } } })

export const SCREEN_CHART_THEME = {
  darkMode: true,
  backgroundColor: 'transparent',
  textStyle: { color: TEXT, fontSize: 16 },
  legend: { textStyle: { color: TEXT, fontSize: 16 }, itemWidth: 22, itemHeight: 14, itemGap: 16 },
  tooltip: {
    backgroundColor: 'rgba(8, 22, 50, 0.95)',
    borderColor: '#2a5cab',
    textStyle: { color: '#e6f0ff', fontSize: 16 },
  },
  axisPointer: { lineStyle: { color: MUTED }, label: { fontSize: 14 } },
  categoryAxis: { ...axis(16), splitLine: { show: false } },
  valueAxis: axis(14),
  bar: label(14),
  line: { ...label(14), symbol: 'circle' },
  pie: { ...label(16), labelLine: { length: 10, length2: 12 } },
  sankey: { ...label(14), edgeLabel: { fontSize: 14 } },
  graph: { ...label(14), edgeLabel: { fontSize: 14 } },
}
