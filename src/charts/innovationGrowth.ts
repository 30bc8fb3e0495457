import type { EChartsOption } from 'echarts'
import type { YearRange } from '@/domain/filters'
import { escapeHtml } from '@/domain/format'
import type { GrowthPoint } from '@/domain/innovation'
import { COLORS } from '@/theme'

export interface GrowthLabels {
  founded: string
  cumulative: string
}

interface AxisParam {
  seriesName: string
  value: number
  name: string
}

function tooltip(raw: unknown): string {
  const params = (Array.isArray(raw) ? raw : [raw]) as AxisParam[]
  const head = escapeHtml(params[0]?.name ?? '')
  const lines = params.map((p) => `${escapeHtml(p.seriesName)}: ${escapeHtml(Number(p.value).toLocaleString())}`)
  return [head, ...lines].join('<br/>')
}

function barColor(year: number, selected: YearRange | null): string {
  if (!selected) return COLORS.primary
  return year >= selected.from && year <= selected.to ? COLORS.selected : COLORS.muted
}

/** Platforms founded per year (bars) and the running total (line, right axis); selected years highlighted. */
export function buildInnovationGrowthOption(
  points: readonly GrowthPoint[],
  selected: YearRange | null,
  labels: GrowthLabels,
): EChartsOption {
  return {
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.founded, labels.cumulative] },
    tooltip: { trigger: 'axis', formatter: tooltip },
    xAxis: { type: 'category', data: points.map((p) => String(p.year)) },
    yAxis: [
      { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: COLORS.grid } } },
      { type: 'value', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: labels.founded,
        barMaxWidth: 28,
        itemStyle: { color: COLORS.primary },
        data: points.map((p) => ({ value: p.founded, year: p.year, itemStyle: { color: barColor(p.year, selected) } })),
        label: { show: true, position: 'insideTop', color: '#ffffff', formatter: '{c}' },
      },
      {
        type: 'line',
        name: labels.cumulative,
        yAxisIndex: 1,
        symbolSize: 7,
        itemStyle: { color: COLORS.series[1] },
        data: points.map((p) => ({ value: p.cumulative, year: p.year })),
      },
    ],
  }
}
