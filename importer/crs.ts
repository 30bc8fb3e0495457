/** Input coordinate systems → GCJ-02, the system of the bundled boundaries (and of most Chinese map data). */
import { wgs84ToGcj02 } from '../src/domain/geo.ts'
import { parseNumber } from './numbers.ts'
import { splitList } from './text.ts'

export type InputCrs = 'gcj02' | 'wgs84' | 'bd09'

export const INPUT_CRS: readonly InputCrs[] = ['gcj02', 'wgs84', 'bd09']

/** Converted points are rounded to 1e-6° (≈ 0.1 m); GCJ-02 input is kept exactly as written. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6

export function toGcj02(crs: InputCrs): (lon: number, lat: number) => [number, number] {
  if (crs === 'gcj02') return (lon, lat) => [lon, lat]
  const fn = crs === 'bd09' ? bd09ToGcj02 : wgs84ToGcj02
  return (lon, lat) => {
    const [x, y] = fn(lon, lat)
    return [round6(x), round6(y)]
  }
}

/** A point from a lon and a lat cell, or one "lon,lat" cell; null when missing or not numbers. */
export function readPoint(lonText: string, latText: string, coordsText: string): [number, number] | null {
  let [lon, lat] = [parseNumber(lonText), parseNumber(latText)]
  if ((lon === null || lat === null) && coordsText) {
    const parts = splitList(coordsText.replace(/[()[\]]/g, '').replace(/\s+/g, ','))
    if (parts.length === 2) [lon, lat] = [parseNumber(parts[0] ?? ''), parseNumber(parts[1] ?? '')]
  }
  if (lon === null || lat === null || !Number.isFinite(lon) || !Number.isFinite(lat)) return null
  return [lon, lat]
}

/** Baidu's further offset on top of GCJ-02 (BD-09), in radians per degree of the offset model. */
const X_PI = (Math.PI * 3000) / 180

/** GCJ-02 → BD-09 (Baidu maps). */
export function gcj02ToBd09(lon: number, lat: number): [number, number] {
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI)
  const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI)
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006]
}

/**
 * BD-09 → GCJ-02: the usual closed-form inverse (off by up to ~1e-6°), then corrected against
 * the forward transform until the round trip is well under a millimetre.
 *
 */
export function bd09ToGcj02(lon: number, lat: number): [number, number] {
  const x = lon - 0.0065
  const y = lat - 0.006
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI)
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI)
  let gLon = z * Math.cos(theta)
  let gLat = z * Math.sin(theta)
  for (let i = 0; i < 3; i++) {
    const [bLon, bLat] = gcj02ToBd09(gLon, gLat)
    gLon -= bLon - lon
    gLat -= bLat - lat
  }
  return [gLon, gLat]
}
