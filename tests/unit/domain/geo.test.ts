import { describe, expect, it } from 'vitest'
import { gcj02ToWgs84, mapPolygonCoords, wgs84ToGcj02 } from '../../../src/domain/geo'

describe('GCJ-02 ↔ WGS-84', () => {
  it('shifts points in Zaozhuang by a few hundred metres, the known magnitude', () => {
    const [lon, lat] = wgs84ToGcj02(117.32, 34.81)
    const dx = (lon - 117.32) * 91_000
    const dy = (lat - 34.81) * 111_000
    const d = Math.hypot(dx, dy)
    expect(d).toBeGreaterThan(200)
    expect(d).toBeLessThan(800)
  })
  it('round-trips to within a metre', () => {
    for (const [x, y] of [
      [117.32, 34.81],
      [117.15, 35.08],
      [116.4, 39.9],
    ] as const) {
      const [gx, gy] = wgs84ToGcj02(x, y)
      const [bx, by] = gcj02ToWgs84(gx, gy)
      expect(Math.abs(bx - x) * 91_000).toBeLessThan(1)
      expect(Math.abs(by - y) * 111_000).toBeLessThan(1)
    }
  })
  it('leaves points outside China untouched', () => {
    expect(wgs84ToGcj02(2.35, 48.85)).toEqual([2.35, 48.85])
    expect(gcj02ToWgs84(2.35, 48.85)).toEqual([2.35, 48.85])
  })
  it('converts every vertex of a polygon', () => {
    const poly = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [117, 34.5],
          [117.5, 34.5],
          [117.5, 35],
          [117, 34.5],
        ],
      ],
    }
    const out = mapPolygonCoords(poly, gcj02ToWgs84)
    expect(out.coordinates[0]).toHaveLength(4)
    expect(out.coordinates[0]?.[1]?.[0]).not.toBe(117.5)
  })
})

describe('convertDatasets', () => {
  it('moves firms, platforms and boundaries and keeps other fields', async () => {
    const { convertDatasets } = await import('../../../src/domain/geo')
    const d = {
      enterprises: { items: [{ id: 'a', lon: 117.3, lat: 34.8 }] },
      platforms: { items: [{ id: 'p', lon: 117.2, lat: 35 }] },
      boundaries: {
        features: [
          {
            properties: { adcode: '1' },
            geometry: {
              type: 'Polygon' as const,
              coordinates: [
                [
                  [117, 34.5],
                  [117.5, 34.5],
                  [117, 34.5],
                ],
              ],
            },
          },
        ],
      },
    }
    const out = convertDatasets(d, gcj02ToWgs84)
    expect(out.enterprises.items[0]?.id).toBe('a')
    expect(out.enterprises.items[0]?.lon).toBeCloseTo(gcj02ToWgs84(117.3, 34.8)[0], 9)
    expect(out.platforms.items[0]?.lat).toBeCloseTo(gcj02ToWgs84(117.2, 35)[1], 9)
    expect(out.boundaries.features[0]?.properties.adcode).toBe('1')
    expect(out.boundaries.features[0]?.geometry.coordinates[0]?.[0]?.[0]).not.toBe(117)
    expect(d.enterprises.items[0]?.lon).toBe(117.3)
  })
})
