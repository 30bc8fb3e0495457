import * as echarts from 'echarts'
import { afterEach, describe, expect, it } from 'vitest'
import { fontOf, paintOf, zrScene, type ZrLike } from '../../../../src/export/pdf/zrScene'

let chart: echarts.ECharts | null = null
afterEach(() => chart?.dispose())

describe('zrScene', () => {
  it('turns an ECharts chart into paths and text with their matrices, in paint order', () => {
    chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 300 })
    chart.setOption({
      animation: false,
      xAxis: { type: 'category', data: ['滕州市', '薛城区'], axisLabel: { rotate: 30 } },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', data: [3, 5], label: { show: true }, itemStyle: { color: '#5070dd' } },
        { type: 'pie', radius: ['10%', '20%'], center: ['80%', '20%'], data: [{ name: 'a', value: 1 }] },
      ],
    })
    const scene = zrScene(chart.getZr() as unknown as ZrLike, 400, 300)
    expect(scene.width).toBe(400)
    const texts = scene.items.filter((i) => i.kind === 'text')
    const rotated = texts.find((t) => t.text === '滕州市')
    expect(rotated?.anchor).toBe('end')
    expect(Math.abs(rotated?.matrix[1] ?? 0)).toBeGreaterThan(0.3)
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(['3', '5', '薛城区']))
    const bars = scene.items.filter((i) => i.kind === 'path' && i.fill && Math.abs(i.fill.b - 0xdd / 255) < 0.01)
    expect(bars.length).toBeGreaterThanOrEqual(2)
    expect(bars.every((b) => b.kind === 'path' && /^M[\d.]+ [\d.]+L/.test(b.d))).toBe(true)
    const ring = scene.items.find((i) => i.kind === 'path' && i.d.includes('A'))
    expect(ring).toBeDefined()
  })

  it('reads paints and fonts as zrender keeps them', () => {
    expect(paintOf('#000000', 0.5, 0.5)?.a).toBe(0.25)
    expect(paintOf({ colorStops: [{ color: '#000000' }, { color: '#ffffff' }] })?.r).toBeCloseTo(0.5)
    expect(paintOf('none')).toBeNull()
    expect(paintOf('#fff', 0)).toBeNull()
    expect(fontOf({ font: 'bold 18px sans-serif' })).toEqual({ size: 18, bold: true })
    expect(fontOf({ fontSize: 14, fontWeight: 600 })).toEqual({ size: 14, bold: true })
    expect(fontOf({})).toEqual({ size: 12, bold: false })
  })
})
