import type { EChartsOption } from 'echarts'
import type { YearRange } from '@/domain/filters'
import { escapeHtml } from '@/domain/format'
import type { YearTalent } from '@/domain/talentStructure'
import { COLORS } from '@/theme'

export interface TrendLabels {
  stock: string
  inflow: string
}

/** Bar colour of a year: the selected range in the selected colour, the others muted. */
export function yearColor(year: number, selected: YearRange | null): string {
  if (!selected) return COLORS.primary
  return year >= selected.from && year <= selected.to ? COLORS.selected : COLORS.muted
}

/** Inflow per year (bars, clickable: data carries `year`) and stock per year (line, right axis). */
export function buildTalentTrendOption(
  rows: readonly YearTalent[],
  selected: YearRange | null,
  labels: TrendLabels,
): EChartsOption {
  return {
    animationDuration: 300,
    legend: { top: 0, data: [labels.inflow, labels.stock] },
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (p: unknown) => {
        const items = p as { axisValue: string; seriesName: string; value: number }[]
        const head = escapeHtml(items[0]?.axisValue ?? '')
        return [head, ...items.map((i) => `${escapeHtml(i.seriesName)}: ${escapeHtml(i.value.toLocaleString())}`)].join(
          '<br/>',
        )
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)), axisTick: { show: false } },
    yAxis: [
      { type: 'value', splitLine: { lineStyle: { color: COLORS.grid } } },
      { type: 'value', splitLine: { show: false } },
    ],
    series: [
      {
        type: 'bar',
        name: labels.inflow,
        barMaxWidth: 32,
        itemStyle: { color: COLORS.primary },
        data: rows.map((r) => ({ value: r.inflow, year: r.year, itemStyle: { color: yearColor(r.year, selected) } })),
      },
      {
        type: 'line',
        name: labels.stock,
        yAxisIndex: 1,
        smooth: true,
        itemStyle: { color: COLORS.series[3] },
        data: rows.map((r) => ({ value: r.stock, year: r.year })),
      },
    ],
  }
}
