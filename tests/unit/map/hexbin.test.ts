import { booleanPointInPolygon, distance } from '@turf/turf'
import { describe, expect, it } from 'vitest'
import { buildHexIndex, hexbinCounts, hexOf, type BBox } from '../../../src/map/hexbin'
import { rng } from '../fixtures'

const CITY: BBox = [116.8, 34.45, 117.85, 35.35]
const index = buildHexIndex(CITY, 2)

function randomPoints(n: number, seed: number) {
  const r = rng(seed)
  return Array.from({ length: n }, () => ({
    lon: CITY[0] + r() * (CITY[2] - CITY[0]),
    lat: CITY[1] + r() * (CITY[3] - CITY[1]),
  }))
}

/** Points as the columns a record table gives. */
const columns = (pts: readonly { lon: number; lat: number }[]) => ({
  lon: pts.map((p) => p.lon),
  lat: pts.map((p) => p.lat),
})

describe('hexbin', () => {
  it('builds hexes of about 2 km a side covering the city', () => {
    const ring = index.features[0]?.geometry.coordinates[0] ?? []
    const side = distance(ring[0] as number[], ring[1] as number[], { units: 'kilometers' })
    expect(side).toBeGreaterThan(1.8)
    expect(side).toBeLessThan(2.2)
    expect(index.features.length).toBeGreaterThan(500)
  })

  it('counts sum to the input for points inside the bbox', () => {
    const pts = randomPoints(20_000, 1)
    const { data, max, binned } = hexbinCounts(index, columns(pts))
    expect(binned).toBe(pts.length)
    expect(data.features.reduce((n, f) => n + f.properties.count, 0)).toBe(pts.length)
    expect(max).toBe(Math.max(...data.features.map((f) => f.properties.count)))
    expect(data.features.every((f) => f.properties.count > 0)).toBe(true)
  })

  it('puts each point in the hex polygon that contains it', () => {
    for (const p of randomPoints(2000, 2)) {
      const h = hexOf(index, p.lon, p.lat)
      const hex = index.features[h]
      expect(hex && booleanPointInPolygon([p.lon, p.lat], hex)).toBe(true)
    }
  })

  it('ignores points far outside the grid and handles no points', () => {
    expect(hexOf(index, 100, 10)).toBe(-1)
    expect(hexbinCounts(index, columns([])).data.features).toEqual([])
  })

  it('counts only the points at the given indices', () => {
    const pts = randomPoints(1000, 3)
    const { binned } = hexbinCounts(index, columns(pts), [0, 5, 999])
    expect(binned).toBe(3)
  })
})
