import type { Boundaries } from '@/domain/types'

export type Bbox = [number, number, number, number]

/** Zaozhuang's extent, framing the map before the boundaries arrive. */
export const CITY_BBOX: Bbox = [116.9, 34.45, 117.85, 35.35]

/** The bounding box of the districts with these adcodes (all districts when none). */
export function districtsBbox(boundaries: Boundaries, adcodes: readonly string[]): Bbox | null {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity]
  for (const f of boundaries.features) {
    if (adcodes.length && !adcodes.includes(f.properties.adcode)) continue
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
    for (const polygon of polygons)
      for (const [x = 0, y = 0] of polygon[0] ?? []) {
        box[0] = Math.min(box[0], x)
        box[1] = Math.min(box[1], y)
        box[2] = Math.max(box[2], x)
        box[3] = Math.max(box[3], y)
      }
  }
  return Number.isFinite(box[0]) ? box : null
}
