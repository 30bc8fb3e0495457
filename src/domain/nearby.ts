import { distance } from '@turf/turf'
import type { Enterprise, Platform } from './types'

/** Anything with a position in degrees. */
export interface Located {
  lon: number
  lat: number
}

export interface Nearby<T> {
  item: T
  /** Great-circle distance from the centre, in km. */
  km: number
}

/** Degrees of latitude per km: a cheap box test before the great-circle distance. */
const DEG_PER_KM = 1 / 111

function inBox(p: Located, lon: number, lat: number, km: number): boolean {
  const dLat = km * DEG_PER_KM * 1.01
  const dLon = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01)
  return Math.abs(p.lat - lat) <= dLat && Math.abs(p.lon - lon) <= dLon
}

/** Calls `fn` for every point within `km` of (lon, lat), with its distance (turf, haversine). */
export function forEachWithin<T extends Located>(
  points: readonly T[],
  lon: number,
  lat: number,
  km: number,
  fn: (item: T, km: number) => void,
): void {
  const centre: [number, number] = [lon, lat]
  for (const p of points) {
    if (!inBox(p, lon, lat, km)) continue
    const d = distance(centre, [p.lon, p.lat], { units: 'kilometers' })
    if (d <= km) fn(p, d)
  }
}

/** Points within `km` of (lon, lat), nearest first. */
export function platformsWithin<T extends Located>(
  points: readonly T[],
  lon: number,
  lat: number,
  km: number,
): Nearby<T>[] {
  const out: Nearby<T>[] = []
  forEachWithin(points, lon, lat, km, (item, d) => out.push({ item, km: d }))
  return out.sort((a, b) => a.km - b.km)
}

export function countWithin(points: readonly Located[], lon: number, lat: number, km: number): number {
  let n = 0
  forEachWithin(points, lon, lat, km, () => (n += 1))
  return n
}

export interface RadiusCounts {
  firms: number
  platforms: number
  /** Sum of the firms' talent.total. */
  talent: number
}

/** What the radius tool reports for a circle: firms, platforms and the firms' talent. */
export function radiusCounts(
  firms: readonly Enterprise[],
  platforms: readonly Platform[],
  lon: number,
  lat: number,
  km: number,
): RadiusCounts {
  let n = 0
  let talent = 0
  forEachWithin(firms, lon, lat, km, (f) => {
    n += 1
    talent += f.talent.total
  })
  return { firms: n, platforms: countWithin(platforms, lon, lat, km), talent }
}
