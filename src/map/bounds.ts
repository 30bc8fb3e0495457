import { bbox } from '@turf/turf'
import type { Boundaries } from '@/domain/types'

export type Bbox = [number, number, number, number]

/** Zaozhuang's extent, framing the map before the boundaries arrive. */
export const CITY_BBOX: Bbox = [116.9, 34.45, 117.85, 35.35]

/** The bounding box of the districts with these adcodes (all districts when none). */
export function districtsBbox(boundaries: Boundaries, adcodes: readonly string[]): Bbox | null {
  const features = adcodes.length
    ? boundaries.features.filter((f) => adcodes.includes(f.properties.adcode))
    : boundaries.features
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features })
  return Number.isFinite(w) ? [w, s, e, n] : null
}
