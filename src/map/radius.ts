import { circle } from '@turf/turf'
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl'
import { COLORS } from '@/theme'
import { emptySource } from './sources'

export const RADIUS_SOURCE = 'radius-circle'
export const RADIUS_FILL = 'radius-fill'
export const RADIUS_LINE = 'radius-line'

export const RADIUS_MIN_KM = 1
export const RADIUS_MAX_KM = 20
export const RADIUS_DEFAULT_KM = 5

/** The radius tool's circle (turf `circle`), or an empty collection before a centre is set. */
export function radiusCircle(centre: { lon: number; lat: number } | null, km: number): GeoJSON.FeatureCollection {
  if (!centre) return { type: 'FeatureCollection', features: [] }
  return {
    type: 'FeatureCollection',
    features: [circle([centre.lon, centre.lat], km, { steps: 96, units: 'kilometers' })],
  }
}

export function radiusSources(): Record<string, SourceSpecification> {
  return { [RADIUS_SOURCE]: emptySource() }
}

export function radiusLayers(): LayerSpecification[] {
  return [
    {
      id: RADIUS_FILL,
      type: 'fill',
      source: RADIUS_SOURCE,
      paint: { 'fill-color': COLORS.selected, 'fill-opacity': 0.12 },
    },
    {
      id: RADIUS_LINE,
      type: 'line',
      source: RADIUS_SOURCE,
      paint: { 'line-color': COLORS.selected, 'line-width': 2, 'line-dasharray': [2, 1] },
    },
  ]
}
