/** Input coordinate systems → GCJ-02, the system of the bundled boundaries (and of most Chinese map data). */
import { bd09ToGcj02, wgs84ToGcj02 } from '../src/domain/geo.ts'
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
