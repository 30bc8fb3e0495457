import { describe, expect, it } from 'vitest'
import { toGcj02 } from '../../../importer/crs'
import { bd09ToGcj02, gcj02ToBd09 } from '../../../importer/crs'
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../../src/domain/geo'

/** Metres between two lon/lat points (equirectangular; exact enough at these distances). */
function metres([a, b]: readonly number[], [c, d]: readonly number[]): number {
  const lat = (((b ?? 0) + (d ?? 0)) / 2) * (Math.PI / 180)
  return Math.hypot(((c ?? 0) - (a ?? 0)) * 111_320 * Math.cos(lat), ((d ?? 0) - (b ?? 0)) * 110_574)
}

/** A grid over Zaozhuang and around it. */
const GRID = Array.from({ length: 21 * 21 }, (_, i) => [116 + (i % 21) * 0.15, 34 + Math.floor(i / 21) * 0.1] as const)

describe('BD-09 ↔ GCJ-02 ↔ WGS-84', () => {
  it('BD-09 → GCJ-02 → BD-09 and back round trip to well under a metre', () => {
    for (const [lon, lat] of GRID) {
      expect(metres([lon, lat], bd09ToGcj02(...gcj02ToBd09(lon, lat)))).toBeLessThan(0.01)
      expect(metres([lon, lat], gcj02ToBd09(...bd09ToGcj02(lon, lat)))).toBeLessThan(0.01)
    }
  })

  it('BD-09 → WGS-84 → BD-09 (through GCJ-02) stays under a metre', () => {
    for (const [lon, lat] of GRID) {
      const wgs = gcj02ToWgs84(...bd09ToGcj02(lon, lat))
      expect(metres([lon, lat], gcj02ToBd09(...wgs84ToGcj02(...wgs)))).toBeLessThan(1)
    }
  })

  it("matches Baidu's published offset: BD-09 sits a few hundred metres north-east of GCJ-02", () => {
    // Tian'anmen in BD-09, and the GCJ-02 point the closed-form inverse gives (≈ 2 cm apart).
    expect(metres(bd09ToGcj02(116.404, 39.915), [116.39762729119315, 39.90865673957631])).toBeLessThan(0.05)
    const [bLon, bLat] = gcj02ToBd09(117.32, 34.81)
    expect(bLon).toBeGreaterThan(117.32)
    expect(bLat).toBeGreaterThan(34.81)
    expect(metres([117.32, 34.81], [bLon, bLat])).toBeGreaterThan(500)
    expect(metres([117.32, 34.81], [bLon, bLat])).toBeLessThan(1500)
  })

  it('the importer keeps GCJ-02 input exactly and rounds converted points to 1e-6°', () => {
    expect(toGcj02('gcj02')(117.1234567891, 34.9876543219)).toEqual([117.1234567891, 34.9876543219])
    const [lon, lat] = toGcj02('bd09')(...gcj02ToBd09(117.2, 35.0))
    expect([lon, lat]).toEqual([117.2, 35.0])
    const w = toGcj02('wgs84')(...gcj02ToWgs84(117.2, 35.0))
    expect(w).toEqual([117.2, 35.0])
  })
})
