import { describe, expect, it } from 'vitest'
import { originFlows, originTotals } from '../../../src/domain/talentFlows'
import type { SourceFlow } from '../../../src/domain/talentSupply'
import type { Origin } from '../../../src/domain/types'
import {
  arcPath,
  DASH_STEPS,
  flowFeatures,
  flowLayers,
  FLOW_STYLES,
  insetLayout,
  originFeatures,
} from '../../../src/map/flows'
import { FLOW_ORIGINS as origins, FLOW_ROWS as rows, FLOW_WEIGHTS as weights } from '../fixtures'

describe('flow geometry and layers', () => {
  it('arcs run from the origin to the district, bowed off the straight line', () => {
    const path = arcPath([114.06, 22.54], [117.3, 34.8])
    expect(path[0]).toEqual([114.06, 22.54])
    expect(path.at(-1)![0]).toBeCloseTo(117.3, 10)
    expect(path.at(-1)![1]).toBeCloseTo(34.8, 10)
    const mid = path[Math.floor(path.length / 2)]!
    // In the plane where a degree of longitude is cos(lat) of one of latitude, the arc's middle
    // sits off the chord's middle by half the bend (0.14) of the chord's length, to its left.
    const k = Math.cos((((22.54 + 34.8) / 2) * Math.PI) / 180)
    const [dx, dy] = [(117.3 - 114.06) * k, 34.8 - 22.54]
    const [ox, oy] = [(mid[0] - (114.06 + 117.3) / 2) * k, mid[1] - (22.54 + 34.8) / 2]
    expect(Math.hypot(ox, oy)).toBeCloseTo(0.07 * Math.hypot(dx, dy), 6)
    expect(dx * oy - dy * ox).toBeGreaterThan(0)
  })
  it('one feature per flow with both ends known, the largest drawn last (on top)', () => {
    const flows = originFlows(rows, origins, weights)
    const fc = flowFeatures(flows, new Map(origins.map((o) => [o.id, o])), new Map([['370481', [117.2, 35.1]]]))
    expect(fc.features.map((f) => f.properties.value)).toEqual([15, 30])
    const dots = originFeatures(originTotals(flows, origins), 'en')
    expect(dots.features.map((f) => f.properties.name)).toEqual(['Jinan', 'Shandong University'])
  })
  it('widths grow with the flow; a focused origin keeps its opacity, the others fade', () => {
    const layers = flowLayers(40, FLOW_STYLES.screen, 'u-sdu', true)
    const lines = layers.find((l) => l.id === 'flow-lines')!.paint as Record<string, unknown>
    expect(JSON.stringify(lines['line-width'])).toContain('40')
    expect(JSON.stringify(lines['line-opacity'])).toContain('u-sdu')
    const labels = layers.find((l) => l.id === 'flow-origin-labels')!.layout as Record<string, unknown>
    expect(labels['text-size']).toBeGreaterThanOrEqual(16)
    // The dashes show on the big screen only.
    const dash = flowLayers(40, FLOW_STYLES.desk, null, false).find((l) => l.id === 'flow-dash')!
    expect((dash.paint as Record<string, unknown>)['line-opacity']).toBe(0)
  })
  it('the dash cycle is fixed and each step a whole pattern', () => {
    expect(DASH_STEPS.length).toBeGreaterThan(8)
    for (const s of DASH_STEPS) expect(s.reduce((a, b) => a + b, 0)).toBeCloseTo(7, 10)
  })
  it('the inset fits every origin and the city, labels inside and clear of one another', () => {
    const totals = originTotals(originFlows(rows, [...origins], weights), origins)
    const size = { width: 300, height: 210, fontSize: 14, pad: 14, maxLabels: 6 }
    const inset = insetLayout(totals, [117.4, 34.9], (o) => o.name, size)
    for (const p of [...inset.points, inset.city]) {
      expect(p.x).toBeGreaterThanOrEqual(0)
      expect(p.x).toBeLessThanOrEqual(300)
      expect(p.y).toBeGreaterThanOrEqual(0)
      expect(p.y).toBeLessThanOrEqual(210)
    }
    // 济南 and 山东大学 sit a few km apart: both get a dot, but their labels may not overlap.
    expect(inset.points).toHaveLength(2)
    const ys = inset.labels.map((l) => l.y)
    if (inset.labels.length === 2)
      expect(Math.abs(ys[0]! - ys[1]!) >= 14 || inset.labels[0]!.x !== inset.labels[1]!.x).toBe(true)
  })
  it("no inset label runs over another origin's dot", () => {
    // A crowd of origins near the city, as 济南's universities and 枣庄学院 are, and one far off.
    const crowd: Origin[] = [
      ...Array.from({ length: 8 }, (_, i) => ({
        id: `u${i}`,
        name: `大学${'甲乙丙丁戊己庚辛'[i]}很长的名字`,
        nameEn: `U${i}`,
        lon: 117 + (i % 4) * 0.25,
        lat: 35 + Math.floor(i / 4) * 0.2,
      })),
      { id: 'far', name: '深圳', nameEn: 'Shenzhen', lon: 114.06, lat: 22.54 },
    ]
    const sent: SourceFlow[] = crowd.map((o, i) => ({
      source: o.id,
      sourceType: 'university',
      chain: null,
      introduced: 50 - i,
    }))
    const totals = originTotals(originFlows(sent, crowd, weights), crowd)
    const size = { width: 300, height: 210, fontSize: 14, pad: 14, maxLabels: 6 }
    const inset = insetLayout(totals, [117.4, 34.9], (o) => o.name, size)
    expect(inset.labels.length).toBeGreaterThan(0)
    for (const l of inset.labels) {
      const w = [...l.text].length * 14
      for (const p of inset.points) {
        const own =
          Math.abs(p.y - l.y) < 1e-9 && (Math.abs(l.x - (p.x + 8)) < 1e-9 || Math.abs(l.x + w - (p.x - 8)) < 1e-9)
        if (own) continue
        const clear = l.x + w < p.x - p.r || l.x > p.x + p.r || l.y + 7 < p.y - p.r || l.y - 7 > p.y + p.r
        expect(clear, `${l.text} over ${p.id}`).toBe(true)
      }
    }
  })
})
