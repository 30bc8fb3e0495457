import type { GeoJSONSourceSpecification } from 'maplibre-gl'

/** A GeoJSON source that starts empty; its layer component fills it with `setData`. */
export function emptySource(options: Omit<Partial<GeoJSONSourceSpecification>, 'type' | 'data'> = {}) {
  const spec: GeoJSONSourceSpecification = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
  return { ...spec, ...options }
}
