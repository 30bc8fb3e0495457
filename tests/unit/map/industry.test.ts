import { describe, expect, it } from 'vitest'
import {
  chainColor,
  firmFeatures,
  heatIntensity,
  layerVisibility,
  FIRM_HEAT_LAYER,
  FIRM_POINT_LAYER,
} from '../../../src/map/enterprises'
import { rowTable } from '../../../src/domain/records'
import { claimsPointer } from '../../../src/map/pointer'
import { radiusCircle } from '../../../src/map/radius'
import { firm } from '../fixtures'

describe('enterprise map builders', () => {
  it('builds one point per firm, its record index as id and its chain as the one property', () => {
    const table = rowTable([firm({ id: 'a', lon: 117.1, lat: 34.9 }), firm({ id: 'b', chain: 'chemical' })])
    const fc = firmFeatures(table.lon, table.lat, table.strings('chain'))
    expect(fc.features).toHaveLength(2)
    expect(fc.features[0]?.geometry.coordinates).toEqual([117.1, 34.9])
    expect(fc.features.map((f) => f.id)).toEqual([0, 1])
    expect(fc.features[1]?.properties).toEqual({ chain: 'chemical' })
  })

  it('shows exactly one mode’s layers', () => {
    const v = Object.fromEntries(layerVisibility('heatmap'))
    expect(v[FIRM_HEAT_LAYER]).toBe('visible')
    expect(v[FIRM_POINT_LAYER]).toBe('none')
    expect(Object.values(Object.fromEntries(layerVisibility('clusters'))).filter((x) => x === 'visible')).toHaveLength(
      3,
    )
  })

  it('colours firms by chain with a fallback', () => {
    expect(chainColor([])).toBeTypeOf('string')
    expect(chainColor(['lithium', 'it'])).toEqual(expect.arrayContaining(['match', 'lithium', 'it']))
  })

  it('pointer claims come from layer metadata', () => {
    expect(claimsPointer([{ layer: { metadata: { 'zz:pointer': true } } }])).toBe(true)
    expect(claimsPointer([{ layer: {} }, { layer: { metadata: null } }])).toBe(false)
  })

  it('radius circle', () => {
    expect(radiusCircle(null, 5).features).toEqual([])
    expect(radiusCircle({ lon: 117, lat: 35 }, 5).features[0]?.geometry.type).toBe('Polygon')
  })
})

describe('heatIntensity', () => {
  it('keeps the 1× scale for small data and scales down linearly for more points', () => {
    const top = (n: number) => heatIntensity(n).at(-1) as number
    expect(top(100)).toBe(top(4000))
    expect(top(200_000)).toBeCloseTo(top(4000) / 50)
  })
})
