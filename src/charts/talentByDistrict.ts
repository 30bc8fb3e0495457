import type { EChartsOption } from 'echarts'
import { escapeHtml, formatCompact } from '@/domain/format'
import { COLORS } from '@/theme'

export interface DistrictValue {
  adcode: string
  name: string
  value: number
}

export interface BarLabels {
  title: string
  series: string
  lang?: 'zh' | 'en'
}

/** Horizontal bars of a value per district, largest first; selected districts highlighted. */
export function buildTalentByDistrictOption(
  rows: readonly DistrictValue[],
  selected: readonly string[],
  labels: BarLabels,
): EChartsOption {
  const sorted = [...rows].sort((a, b) => a.value - b.value)
  const hasSelection = selected.length > 0
  return {
    animationDuration: 300,
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { name, value } = p as { name: string; value: number }
        return `${escapeHtml(name)}<br/>${escapeHtml(labels.series)}: ${escapeHtml(value.toLocaleString())}`
      },
    },
    xAxis: {
      type: 'value',
      splitLine: { lineStyle: { color: COLORS.grid } },
      axisLabel: { formatter: (v: number) => formatCompact(v, labels.lang ?? 'zh') },
    },
    yAxis: { type: 'category', data: sorted.map((r) => r.name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: labels.series,
        data: sorted.map((r) => ({
          value: r.value,
          name: r.name,
          adcode: r.adcode,
          itemStyle: {
            color: selected.includes(r.adcode) ? COLORS.selected : hasSelection ? COLORS.muted : COLORS.primary,
          },
        })),
        label: { show: true, position: 'right', formatter: '{c}' },
        barMaxWidth: 22,
      },
    ],
  }
}
