import { distance } from '@turf/turf'
import type { PointTable } from './records'

/** Positions in degrees, one per record: columns, so a whole dataset is passed without a record object. */
export interface Points {
  readonly lon: ArrayLike<number>
  readonly lat: ArrayLike<number>
}

export interface Nearby<T> {
  item: T
  /** Great-circle distance from the centre, in km. */
  km: number
}

/** Degrees of latitude per km: a cheap box test before the great-circle distance. */
const DEG_PER_KM = 1 / 111

/**
 * Calls `fn` for every point (of `indices`, or of all) within `km` of (lon, lat), with its index and
 * distance (turf, haversine).
 */
export function forEachWithin(
  points: Points,
  indices: ArrayLike<number> | null,
  lon: number,
  lat: number,
  km: number,
  fn: (index: number, km: number) => void,
): void {
  const centre: [number, number] = [lon, lat]
  const dLat = km * DEG_PER_KM * 1.01
  const dLon = dLat / Math.max(Math.cos((lat * Math.PI) / 180), 0.01)
  const n = indices ? indices.length : points.lon.length
  for (let k = 0; k < n; k++) {
    const i = indices ? (indices[k] as number) : k
    const x = points.lon[i] as number
    const y = points.lat[i] as number
    if (Math.abs(y - lat) > dLat || Math.abs(x - lon) > dLon) continue
    const d = distance(centre, [x, y], { units: 'kilometers' })
    if (d <= km) fn(i, d)
  }
}

/** The records of a table (those at `indices`, or all) within `km` of (lon, lat), nearest first. */
export function platformsWithin<T>(
  table: PointTable<T>,
  lon: number,
  lat: number,
  km: number,
  indices: ArrayLike<number> | null = null,
): Nearby<T>[] {
  const out: Nearby<T>[] = []
  forEachWithin(table, indices, lon, lat, km, (i, d) => out.push({ item: table.row(i), km: d }))
  return out.sort((a, b) => a.km - b.km)
}

export function countWithin(
  points: Points,
  lon: number,
  lat: number,
  km: number,
  indices: ArrayLike<number> | null = null,
): number {
  let n = 0
  forEachWithin(points, indices, lon, lat, km, () => (n += 1))
  return n
}

export interface RadiusCounts {
  firms: number
  platforms: number
  /** Sum of the firms' talent.total. */
  talent: number
}

/** The firms (with each one's talent.total) and platforms the radius tool counts: all, or those at `indices`. */
export interface RadiusInput {
  firms: Points & { talent: ArrayLike<number>; indices: ArrayLike<number> | null }
  platforms: Points & { indices: ArrayLike<number> | null }
}

/** What the radius tool reports for a circle: firms, platforms and the firms' talent. */
export function radiusCounts(input: RadiusInput, lon: number, lat: number, km: number): RadiusCounts {
  const { firms, platforms } = input
  let n = 0
  let talent = 0
  forEachWithin(firms, firms.indices, lon, lat, km, (i) => {
    n += 1
    talent += firms.talent[i] as number
  })
  return { firms: n, platforms: countWithin(platforms, lon, lat, km, platforms.indices), talent }
}
