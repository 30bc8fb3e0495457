import type { EChartsOption } from 'echarts'
import { escapeHtml } from '@/domain/format'
import { COLORS } from '@/theme'

export interface DistrictPostdocs {
  adcode: string
  name: string
  postdocs: number
  platforms: number
}

export interface PostdocLabels {
  postdocs: string
  platforms: string
}

/** Postdocs per district (bars, first row on top); selected districts highlighted, others muted. */
export function buildInnovationPostdocsOption(
  rows: readonly DistrictPostdocs[],
  selected: readonly string[],
  labels: PostdocLabels,
): EChartsOption {
  const hasSelection = selected.length > 0
  // Horizontal bars: the first row on top, district names readable in either language.
  const ordered = [...rows].reverse()
  return {
    animationDuration: 300,
    grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const d = (p as { data: DistrictPostdocs & { value: number } }).data
        return [
          escapeHtml(d.name),
          `${escapeHtml(labels.postdocs)}: ${escapeHtml(d.postdocs.toLocaleString())}`,
          `${escapeHtml(labels.platforms)}: ${escapeHtml(d.platforms.toLocaleString())}`,
        ].join('<br/>')
      },
    },
    xAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: COLORS.grid } } },
    yAxis: { type: 'category', data: ordered.map((r) => r.name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        name: labels.postdocs,
        barMaxWidth: 22,
        data: ordered.map((r) => ({
          ...r,
          value: r.postdocs,
          itemStyle: {
            color: selected.includes(r.adcode) ? COLORS.selected : hasSelection ? COLORS.muted : COLORS.primary,
          },
        })),
        label: { show: true, position: 'right', formatter: '{c}' },
      },
    ],
  }
}
