import { describe, expect, it } from 'vitest'
import { COLORS, RAMP } from '../../../src/theme'
import {
  choroplethColor,
  DISTRICT_EXTRUSION,
  DISTRICT_FILL,
  districtExtrusionLayer,
  districtLayers,
  extrusionColor,
  extrusionHeight,
} from '../../../src/map/districts'

const stopsOf = (e: unknown) => (e as unknown[]).slice(3).filter((_, i) => i % 2 === 0) as number[]

describe('district choropleth and extrusion', () => {
  it('colour stops run from min to max in ascending order', () => {
    expect(stopsOf(choroplethColor(100))).toEqual([0, 20, 40, 60, 80, 100])
    const s = stopsOf(choroplethColor(0.6, 0.3))
    expect(s[0]).toBeCloseTo(0.3, 10)
    expect(s.at(-1)).toBeCloseTo(0.6, 10)
    expect(s.length).toBe(RAMP.length)
    const flat = stopsOf(choroplethColor(0))
    expect([flat[0], flat.at(-1)]).toEqual([0, 1])
    expect(flat.every((v, i) => i === 0 || v > (flat[i - 1] as number))).toBe(true)
  })
  it('height grows linearly from a base with the value', () => {
    const e = extrusionHeight(100, 0) as unknown[]
    expect(e[0]).toBe('+')
    const [, base, [, , scale]] = e as [string, number, [string, unknown, number]]
    expect(base).toBeGreaterThan(0)
    expect(base + 100 * scale).toBeCloseTo(14000, 6)
  })
  it('the extrusion layer is hidden by default and colours the selection', () => {
    const layer = districtExtrusionLayer(10)
    expect(layer.type).toBe('fill-extrusion')
    expect(layer.layout).toEqual({ visibility: 'none' })
    expect(JSON.stringify(extrusionColor(10))).toContain(COLORS.selected)
  })
  it('layers stack fill, lines, extrusion and labels last', () => {
    const ids = districtLayers(10, '#fff', '#000').map((l) => l.id)
    expect(ids[0]).toBe(DISTRICT_FILL)
    expect(ids.indexOf(DISTRICT_EXTRUSION)).toBe(ids.length - 2)
    expect(ids.at(-1)).toBe('district-label')
  })
})
