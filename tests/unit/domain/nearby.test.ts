import { distance } from '@turf/turf'
import { describe, expect, it } from 'vitest'
import { countWithin, platformsWithin, radiusCounts } from '../../../src/domain/nearby'
import { rowTable } from '../../../src/domain/records'
import { firm, rng } from '../fixtures'

const C = { lon: 117.3, lat: 34.85 }

describe('platformsWithin', () => {
  it('keeps points within the radius, nearest first, with their distance in km', () => {
    // 0.01° of latitude ≈ 1.11 km; 0.05° ≈ 5.56 km.
    const pts = rowTable([
      { id: 'far', lon: C.lon, lat: C.lat + 0.05 },
      { id: 'near', lon: C.lon, lat: C.lat + 0.01 },
      { id: 'mid', lon: C.lon + 0.04, lat: C.lat },
    ])
    const got = platformsWithin(pts, C.lon, C.lat, 5)
    expect(got.map((n) => n.item.id)).toEqual(['near', 'mid'])
    expect(got[0]?.km).toBeCloseTo(1.112, 2)
    expect(got[1]?.km).toBeCloseTo(3.65, 1)
  })

  it('matches a brute-force turf distance on random points (the box pre-test drops nothing)', () => {
    const r = rng(7)
    const list = Array.from({ length: 3000 }, (_, i) => ({ id: String(i), lon: 116.8 + r(), lat: 34.4 + r() }))
    const pts = rowTable(list)
    for (const km of [0.5, 5, 20]) {
      const want = list.filter((p) => distance([C.lon, C.lat], [p.lon, p.lat], { units: 'kilometers' }) <= km).length
      expect(platformsWithin(pts, C.lon, C.lat, km)).toHaveLength(want)
      expect(countWithin(pts, C.lon, C.lat, km)).toBe(want)
    }
  })

  it('includes the centre itself and nothing for an empty list', () => {
    expect(platformsWithin(rowTable([{ lon: C.lon, lat: C.lat }]), C.lon, C.lat, 1)[0]?.km).toBe(0)
    expect(platformsWithin(rowTable([]), C.lon, C.lat, 5)).toEqual([])
  })
})

describe('radiusCounts', () => {
  it('counts firms, platforms and the firms’ talent inside the circle', () => {
    const firms = [
      firm({ id: 'a', lon: C.lon, lat: C.lat, talent: { total: 7, doctor: 0, master: 0, bachelor: 0, introduced: 0 } }),
      firm({
        id: 'b',
        lon: C.lon,
        lat: C.lat + 0.02,
        talent: { total: 5, doctor: 0, master: 0, bachelor: 0, introduced: 0 },
      }),
      firm({ id: 'c', lon: C.lon, lat: C.lat + 0.2 }),
    ]
    const plats = rowTable([
      { lon: C.lon + 0.01, lat: C.lat },
      { lon: C.lon + 1, lat: C.lat },
    ])
    const table = rowTable(firms)
    const all = { lon: table.lon, lat: table.lat, talent: table.numbers('talent.total'), indices: null }
    const input = { firms: all, platforms: { lon: plats.lon, lat: plats.lat, indices: null } }
    expect(radiusCounts(input, C.lon, C.lat, 3)).toEqual({ firms: 2, platforms: 1, talent: 12 })
    // Only the selected records count: firm b and the near platform left out.
    const some = { firms: { ...all, indices: [0, 2] }, platforms: { ...input.platforms, indices: [1] } }
    expect(radiusCounts(some, C.lon, C.lat, 3)).toEqual({ firms: 1, platforms: 0, talent: 7 })
  })
})
