import { describe, expect, it } from 'vitest'
import { COLORS, RAMP } from '../../../src/theme'
import {
  choroplethColor,
  DISTRICT_EXTRUSION,
  DISTRICT_FILL,
  districtExtrusionLayer,
  districtLayers,
  districtOutlineWalls,
  extrudedLabelOffset,
  extrusionHeight,
  EXTRUSION_MAX_M,
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
  it('heights are in proportion to the value from zero: the tallest is the maximum, a narrow spread stays narrow', () => {
    const e = extrusionHeight(100) as unknown[]
    expect(e[0]).toBe('*')
    const scale = e[2] as number
    expect(100 * scale).toBeCloseTo(EXTRUSION_MAX_M, 6)
    // Young shares of 42.4 % and 44.1 %: blocks within 4 % of each other, not one twice the other.
    const young = extrusionHeight(0.441) as [string, unknown, number]
    expect((0.424 * young[2]) / (0.441 * young[2])).toBeGreaterThan(0.96)
  })
  it('the extrusion layer is hidden by default and keeps the metric colours (no selection fill)', () => {
    const layer = districtExtrusionLayer(10)
    expect(layer.type).toBe('fill-extrusion')
    expect(layer.layout).toEqual({ visibility: 'none' })
    expect(JSON.stringify(layer.paint)).not.toContain(COLORS.selected)
  })
  it('shows a selection as an outline: a line in 2D, walls as tall as the block in 3D', () => {
    const layers = districtLayers(10, '#fff')
    const fill = layers.find((l) => l.id === DISTRICT_FILL)!
    expect(JSON.stringify(fill.paint)).not.toContain('selected')
    const line = layers.find((l) => l.id === 'district-selected')!
    expect(JSON.stringify(line.paint)).toContain(COLORS.selected)
    const square: GeoJSON.Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [117, 35],
          [117.1, 35],
          [117.1, 35.1],
          [117, 35.1],
          [117, 35],
        ],
      ],
    }
    const fc = {
      type: 'FeatureCollection' as const,
      features: ['a', 'b'].map((adcode) => ({
        type: 'Feature' as const,
        geometry: square,
        properties: { adcode, name: adcode, value: adcode === 'a' ? 7 : 3 },
      })),
    }
    const walls = districtOutlineWalls(fc, ['a'])
    // One thin wall per edge of the selected district, carrying its value (its block's height).
    expect(walls.features).toHaveLength(4)
    expect(walls.features.every((w) => w.properties.value === 7)).toBe(true)
    const xs = walls.features[0]!.geometry.coordinates[0]!.map((c) => c[1]!)
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(0.01)
    expect(districtOutlineWalls(fc, []).features).toHaveLength(0)
  })
  it('raises the labels with their blocks while extruded, not while flat', () => {
    expect(extrudedLabelOffset(100, { zoom: 9, lat: 35, pitch: 0 }, 16)).toEqual([0, 0])
    const e = extrudedLabelOffset(100, { zoom: 9, lat: 35, pitch: 50 }, 16) as unknown[]
    const top = (e.at(-1) as [string, [number, number]])[1][1]
    expect(top).toBeLessThan(0)
    // One zoom level in, the same block looks twice as tall.
    const closer = extrudedLabelOffset(100, { zoom: 10, lat: 35, pitch: 50 }, 16) as unknown[]
    expect((closer.at(-1) as [string, [number, number]])[1][1]).toBeCloseTo(2 * top, 6)
  })
  it('layers stack fill, lines, extrusion with its outline, and labels last', () => {
    const ids = districtLayers(10, '#fff').map((l) => l.id)
    expect(ids[0]).toBe(DISTRICT_FILL)
    expect(ids.indexOf(DISTRICT_EXTRUSION)).toBe(ids.length - 3)
    expect(ids.at(-1)).toBe('district-label')
  })
  it('draws a plain base under a density layer', () => {
    const fill = districtLayers(10, '#fff', undefined, 0, '#d5dce6').find((l) => l.id === DISTRICT_FILL)!
    expect((fill.paint as Record<string, unknown>)['fill-color']).toBe('#d5dce6')
  })
})
