import { describe, expect, it } from 'vitest'
import { latestYear } from '../../../src/domain/aggregate'
import { reconcile } from './reconcileAll'
import type { Boundaries } from '../../../src/domain/types'
import { firms, meta } from '../fixtures'

const tengzhouOnly: Boundaries = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { adcode: '370481', name: '滕州市' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [117, 34.9],
            [117.3, 34.9],
            [117.3, 35.2],
            [117, 35.2],
            [117, 34.9],
          ],
        ],
      },
    },
  ],
}

describe('reconcile with incomplete boundaries', () => {
  it('keeps points of a district whose polygon is missing, and still checks the others', () => {
    const inShizhong = { ...firms[1]!, id: 'sz', district: '370402', lon: 117.55, lat: 34.86 }
    const wrongTeng = { ...firms[1]!, id: 'tz', district: '370481', lon: 117.55, lat: 34.86 }
    const r = reconcile({ meta, boundaries: tengzhouOnly, enterprises: { items: [inShizhong, wrongTeng] } })
    expect(r.datasets.enterprises?.items.map((e) => e.id)).toEqual(['sz'])
    expect(r.dropped.enterprises).toEqual({ 'outside-district': 1 })
  })
})

describe('latestYear', () => {
  it('is the largest year, or null without cells', () => {
    expect(latestYear([{ year: 2021 }, { year: 2024 }, { year: 2019 }])).toBe(2024)
    expect(latestYear([])).toBeNull()
  })
})
