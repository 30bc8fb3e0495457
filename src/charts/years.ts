import type { EChartsOption } from 'echarts'
import type { YearRange } from '@/domain/filters'
import type { GrowthPoint } from '@/domain/innovation'
import type { YearTalent } from '@/domain/talentStructure'
import { COLORS } from '@/theme'
import type { Clickable } from './click'
import { groupedLabel, tooltipHtml, valueAxis, yearColor } from './parts'

/** One year: the bar's value (that year's flow) and the line's (a level or running total). */
interface YearRow {
  year: number
  bar: number
  line: number
}

interface YearLabels {
  bar: string
  line: string
}

interface YearStyle {
  barMaxWidth: number
  line: { color: string; smooth?: boolean; symbolSize?: number }
  /** Counts: whole-number axes and each bar labelled with its value. */
  counts?: boolean
  /** Room above the plot for the legend (px). */
  top: number
  /** Ticks between the years, and a line rather than a shaded band as the hover pointer. */
  ticks?: boolean
}

interface AxisParam {
  seriesName: string
  value: number
  name: string
}

function tooltip(raw: unknown): string {
  const params = (Array.isArray(raw) ? raw : [raw]) as AxisParam[]
  return tooltipHtml(
    params[0]?.name ?? '',
    params.map((p) => [p.seriesName, Number(p.value)]),
  )
}

/**
 * Bars per year (clickable, the selected years highlighted) and a line on the right axis; every
 * point's click selects its year.
 */
function buildYearOption(
  rows: readonly YearRow[],
  selected: YearRange | null,
  labels: YearLabels,
  style: YearStyle,
): EChartsOption {
  const integer = style.counts ? { minInterval: 1 } : {}
  return {
    animationDuration: 300,
    legend: { top: 0, data: [labels.bar, labels.line] },
    grid: { left: 8, right: 8, top: style.top, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: style.ticks ? 'line' : 'shadow' }, formatter: tooltip },
    xAxis: {
      type: 'category',
      data: rows.map((r) => String(r.year)),
      axisLabel: { interval: 0 },
      ...(style.ticks ? {} : { axisTick: { show: false } }),
    },
    yAxis: [valueAxis(integer), { type: 'value', splitLine: { show: false }, ...integer }],
    series: [
      {
        type: 'bar',
        name: labels.bar,
        barMaxWidth: style.barMaxWidth,
        itemStyle: { color: COLORS.primary },
        data: rows.map(
          (r) =>
            ({
              value: r.bar,
              clickId: r.year,
              itemStyle: { color: yearColor(r.year, selected) },
            }) satisfies Clickable<number>,
        ),
        ...(style.counts
          ? { label: { show: true, position: 'insideTop', color: '#ffffff', formatter: groupedLabel() } }
          : {}),
      },
      {
        type: 'line',
        name: labels.line,
        yAxisIndex: 1,
        smooth: style.line.smooth ?? false,
        ...(style.line.symbolSize === undefined ? {} : { symbolSize: style.line.symbolSize }),
        itemStyle: { color: style.line.color },
        data: rows.map((r) => ({ value: r.line, clickId: r.year }) satisfies Clickable<number>),
      },
    ],
  }
}

/** Talent inflow per year (bars) and stock per year (line, right axis). */
export function buildTalentTrendOption(
  rows: readonly YearTalent[],
  selected: YearRange | null,
  labels: { stock: string; inflow: string },
): EChartsOption {
  return buildYearOption(
    rows.map((r) => ({ year: r.year, bar: r.inflow, line: r.stock })),
    selected,
    { bar: labels.inflow, line: labels.stock },
    { barMaxWidth: 32, top: 32, line: { color: COLORS.series[3] ?? COLORS.primary, smooth: true } },
  )
}

/** Platforms founded per year (bars) and the running total (line, right axis). */
export function buildInnovationGrowthOption(
  points: readonly GrowthPoint[],
  selected: YearRange | null,
  labels: { founded: string; cumulative: string },
): EChartsOption {
  return buildYearOption(
    points.map((p) => ({ year: p.year, bar: p.founded, line: p.cumulative })),
    selected,
    { bar: labels.founded, line: labels.cumulative },
    {
      barMaxWidth: 28,
      top: 36,
      line: { color: COLORS.series[1] ?? COLORS.primary, symbolSize: 7 },
      counts: true,
      ticks: true,
    },
  )
}
