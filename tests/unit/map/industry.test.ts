import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  heatFilter,
  chainColor,
  firmFeatures,
  heatIntensity,
  layerVisibility,
  FIRM_HEAT_LAYER,
  FIRM_POINT_LAYER,
  firmPoints,
  clusterLayers,
} from '../../../src/map/enterprises'
import { DISTRICT_LABEL, districtLayers, LABEL_AROUND } from '../../../src/map/districts'
import { beforeIdOf } from '../../../src/map/order'
import { BLANK_IMAGE, buildBaseStyle } from '../../../src/map/style'
import { rowTable } from '../../../src/domain/records'
import { claimsPointer } from '../../../src/map/pointer'
import { radiusCircle } from '../../../src/map/radius'
import { firm } from '../fixtures'

describe('enterprise map builders', () => {
  it('builds one point per firm, its record index as id, its chain and its cube cell as properties', () => {
    const table = rowTable([firm({ id: 'a', lon: 117.1, lat: 34.9 }), firm({ id: 'b', chain: 'chemical' })])
    const feature = firmFeatures(table.lon, table.lat, table.strings('chain'), Uint32Array.of(3, 7))
    expect(feature(0).geometry.coordinates).toEqual([117.1, 34.9])
    expect([feature(0).id, feature(1).id]).toEqual([0, 1])
    expect(feature(1).properties).toEqual({ chain: 'chemical', cell: 7 })
    // Made once and kept: the filtered source and its every-firm twin share each feature.
    expect(feature(1)).toBe(feature(1))
  })

  it('filters the heat by cell: the shorter list of passing or failing cells, none when all pass', () => {
    expect(heatFilter(Uint8Array.of(1, 1, 1), null)).toBeNull()
    expect(heatFilter(Uint8Array.of(1, 0, 0, 0), null)).toEqual(['match', ['get', 'cell'], [0], true, false])
    expect(heatFilter(Uint8Array.of(1, 1, 0, 1), null)).toEqual(['match', ['get', 'cell'], [2], false, true])
    expect(heatFilter(Uint8Array.of(0, 0), null)).toEqual(['==', ['get', 'cell'], -1])
    // The expression MapLibre evaluates keeps exactly the points of passing cells.
    fc.assert(
      fc.property(fc.uint8Array({ min: 0, max: 1, minLength: 1, maxLength: 60 }), (pass) => {
        const filter = heatFilter(pass, null)
        const keeps = (cell: number) => {
          if (!filter) return true
          const [op, , labels, hit, miss] = filter as unknown as [string, unknown, number[], boolean, boolean]
          if (op === '==') return false
          return labels.includes(cell) ? hit : miss
        }
        for (let c = 0; c < pass.length; c++) expect(keeps(c)).toBe(pass[c] === 1)
      }),
    )
  })

  it('with a search, the heat keeps only the named firms (by feature id) among the passing cells', () => {
    expect(heatFilter(Uint8Array.of(1, 1), Uint32Array.of(4, 9))).toEqual(['match', ['id'], [4, 9], true, false])
    expect(heatFilter(Uint8Array.of(1, 1), Uint32Array.of())).toEqual(['==', ['id'], -1])
    expect(heatFilter(Uint8Array.of(1, 0, 0), Uint32Array.of(2))).toEqual([
      'all',
      ['match', ['get', 'cell'], [0], true, false],
      ['match', ['id'], [2], true, false],
    ])
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

describe('firmPoints', () => {
  it('codes each firm’s chain by the meta order, appending a chain meta does not list', () => {
    const lon = Float64Array.of(117.1, 117.2, 117.3)
    const lat = Float64Array.of(34.8, 34.9, 35)
    const cell = Uint32Array.of(2, 0, 1)
    const p = firmPoints(lon, lat, ['coal', 'lithium', 'other'], cell, ['lithium', 'coal'])
    expect(Array.from(p.chain)).toEqual([1, 0, 2])
    expect(p.chains).toEqual(['lithium', 'coal', 'other'])
    expect(p.lon).toBe(lon)
    expect(p.cell).toBe(cell)
  })
})

describe('district names off the cluster bubbles', () => {
  /** A `['step', ['get', 'point_count'], v0, t1, v1, …]` expression's value at `count`. */
  const evaluate = (spec: unknown, count: number) => {
    const [op, input, first, ...stops] = spec as [string, unknown, number, ...number[]]
    expect([op, input]).toEqual(['step', ['get', 'point_count']])
    let value = first
    for (let i = 0; i < stops.length; i += 2) if (count >= stops[i]!) value = stops[i + 1]!
    return value
  }

  it('a cluster count claims room as large as its bubble and its stroke, at every count step', () => {
    const [bubble, count] = clusterLayers(['lithium'])
    const circle = (bubble as { paint: Record<string, unknown> }).paint
    const box = (count as { layout: Record<string, unknown> }).layout
    expect(box['icon-image']).toBe(BLANK_IMAGE)
    expect(box['icon-allow-overlap']).toBe(true)
    expect(box['icon-ignore-placement']).toBeUndefined()
    for (const n of [2, 49, 50, 299, 300, 1999, 2000, 90_000]) {
      const r = evaluate(circle['circle-radius'], n)
      expect(evaluate(box['icon-size'], n)).toBe(2 * (r + Number(circle['circle-stroke-width'])))
    }
  })

  it('the names are placed after the counts and markers (below them in the z-order), never hidden', () => {
    // The names' slot ends before the points' and markers' slots begin.
    expect(beforeIdOf(DISTRICT_LABEL, () => false)).toBe('anchor:district-labels')
    const stack = buildBaseStyle('#fff').layers.map((l) => l.id)
    expect(stack.indexOf('anchor:district-labels')).toBeLessThan(stack.indexOf('anchor:points'))
    expect(stack.indexOf('anchor:district-labels')).toBeLessThan(stack.indexOf('anchor:markers'))
    const label = districtLayers(10, '#fff').find((l) => l.id === DISTRICT_LABEL) as { layout: Record<string, unknown> }
    expect(label.layout['text-variable-anchor-offset']).toBe(LABEL_AROUND)
    expect(label.layout['text-allow-overlap']).toBe(true)
  })
})
