import { booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf'
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl'
import { RAMP } from '@/charts/theme'
import type { Boundaries } from '@/domain/types'

export const DISTRICT_SOURCE = 'districts'
export const DISTRICT_LABEL_SOURCE = 'district-labels'
export const DISTRICT_FILL = 'district-fill'

type Feature = Boundaries['features'][number]

export interface DistrictFeatureProps {
  adcode: string
  name: string
  value: number
}

/** District polygons with the metric value and the display name in their properties. */
export function districtFeatures(
  boundaries: Boundaries,
  values: ReadonlyMap<string, number>,
  names: ReadonlyMap<string, string>,
): GeoJSON.FeatureCollection<Feature['geometry'], DistrictFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: boundaries.features.map((f) => ({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        adcode: f.properties.adcode,
        name: names.get(f.properties.adcode) ?? f.properties.name,
        value: values.get(f.properties.adcode) ?? 0,
      },
    })),
  }
}

/** One label point per district, inside its polygon even when the polygon is concave. */
export function districtLabelPoints(
  features: GeoJSON.FeatureCollection<Feature['geometry'], DistrictFeatureProps>,
): GeoJSON.FeatureCollection<GeoJSON.Point, DistrictFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: features.features.map((f) => {
      const c = centerOfMass(f)
      const point = booleanPointInPolygon(c, f) ? c : pointOnFeature(f)
      return { type: 'Feature', geometry: point.geometry, properties: f.properties }
    }),
  }
}

/** Colour stops from 0 to `max`, evenly spread over the ramp. */
export function choroplethColor(max: number): ExpressionSpecification {
  const top = max > 0 ? max : 1
  const stops = RAMP.flatMap((color, i) => [(top * i) / (RAMP.length - 1), color])
  return ['interpolate', ['linear'], ['get', 'value'], ...stops] as ExpressionSpecification
}

export function districtLayers(max: number, lineColor: string, labelColor: string): LayerSpecification[] {
  const selected = ['boolean', ['feature-state', 'selected'], false] as ExpressionSpecification
  const hover = ['boolean', ['feature-state', 'hover'], false] as ExpressionSpecification
  return [
    {
      id: DISTRICT_FILL,
      type: 'fill',
      source: DISTRICT_SOURCE,
      paint: {
        'fill-color': choroplethColor(max),
        'fill-opacity': ['case', selected, 0.95, hover, 0.85, 0.72],
      },
    },
    {
      id: 'district-line',
      type: 'line',
      source: DISTRICT_SOURCE,
      paint: { 'line-color': lineColor, 'line-width': 1.2 },
    },
    {
      id: 'district-selected',
      type: 'line',
      source: DISTRICT_SOURCE,
      paint: { 'line-color': '#f59e0b', 'line-width': ['case', selected, 3.5, 0] },
    },
    {
      id: 'district-label',
      type: 'symbol',
      source: DISTRICT_LABEL_SOURCE,
      layout: { 'text-field': ['get', 'name'], 'text-size': 14, 'text-allow-overlap': true },
      paint: { 'text-color': labelColor, 'text-halo-color': 'rgba(255,255,255,0.85)', 'text-halo-width': 1.5 },
    },
  ]
}
