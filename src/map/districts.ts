import { booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf'
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl'
import { COLORS, RAMP } from '@/theme'
import type { Boundaries } from '@/domain/types'
import { emptySource } from './sources'

export const DISTRICT_SOURCE = 'districts'
export const DISTRICT_LABEL_SOURCE = 'district-labels'
export const DISTRICT_FILL = 'district-fill'
export const DISTRICT_EXTRUSION = 'district-extrusion'
/** Camera pitch while the districts are extruded. */
export const EXTRUDED_PITCH = 50
/** Height in metres of the tallest district, and of the lowest (so every district stays visible). */
const EXTRUSION_MAX_M = 14000
const EXTRUSION_BASE_M = 800

type Feature = Boundaries['features'][number]

/** The district polygons (feature-state by adcode, for selection) and their label points. */
export function districtSources(): Record<string, SourceSpecification> {
  return { [DISTRICT_SOURCE]: emptySource({ promoteId: 'adcode' }), [DISTRICT_LABEL_SOURCE]: emptySource() }
}

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
      // centroid is a vertex mean: cheap, and centerOfMass would pull convex-hull code into the first load.
      const c = centroid(f)
      const point = booleanPointInPolygon(c, f) ? c : pointOnFeature(f)
      return { type: 'Feature', geometry: point.geometry, properties: f.properties }
    }),
  }
}

function span(max: number, min: number): number {
  return max > min ? max - min : 1
}

/** Colour stops from `min` (default 0) to `max`, evenly spread over the ramp. */
export function choroplethColor(max: number, min = 0): ExpressionSpecification {
  const d = span(max, min)
  const stops = RAMP.flatMap((color, i) => [min + (d * i) / (RAMP.length - 1), color])
  return ['interpolate', ['linear'], ['get', 'value'], ...stops] as ExpressionSpecification
}

/** Extrusion height of the same metric: a small base plus the value's place between `min` and `max`. */
export function extrusionHeight(max: number, min = 0): ExpressionSpecification {
  const scale = (EXTRUSION_MAX_M - EXTRUSION_BASE_M) / span(max, min)
  return ['+', EXTRUSION_BASE_M, ['*', ['max', 0, ['-', ['get', 'value'], min]], scale]] as ExpressionSpecification
}

/** Extrusion colour: the choropleth ramp, or the selected colour for selected districts. */
export function extrusionColor(max: number, min = 0): ExpressionSpecification {
  const selected = ['boolean', ['feature-state', 'selected'], false] as ExpressionSpecification
  return ['case', selected, COLORS.selected, choroplethColor(max, min)]
}

/** The 3D extrusion of the choropleth metric, hidden until toggled; selection via feature-state. */
export function districtExtrusionLayer(max: number, min = 0): LayerSpecification {
  return {
    id: DISTRICT_EXTRUSION,
    type: 'fill-extrusion',
    source: DISTRICT_SOURCE,
    layout: { visibility: 'none' },
    paint: {
      'fill-extrusion-color': extrusionColor(max, min),
      'fill-extrusion-height': extrusionHeight(max, min),
      'fill-extrusion-base': 0,
      'fill-extrusion-opacity': 0.88,
    },
  }
}

/** Fill, boundary lines, selection outline, the (hidden) extrusion and the labels, bottom to top (order.ts). */
export function districtLayers(max: number, lineColor: string, labelColor: string, min = 0): LayerSpecification[] {
  const selected = ['boolean', ['feature-state', 'selected'], false] as ExpressionSpecification
  const hover = ['boolean', ['feature-state', 'hover'], false] as ExpressionSpecification
  return [
    {
      id: DISTRICT_FILL,
      type: 'fill',
      source: DISTRICT_SOURCE,
      paint: {
        'fill-color': choroplethColor(max, min),
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
      paint: { 'line-color': COLORS.selected, 'line-width': ['case', selected, 3.5, 0] },
    },
    districtExtrusionLayer(max, min),
    {
      id: 'district-label',
      type: 'symbol',
      source: DISTRICT_LABEL_SOURCE,
      layout: { 'text-field': ['get', 'name'], 'text-size': 14, 'text-allow-overlap': true },
      paint: { 'text-color': labelColor, 'text-halo-color': 'rgba(255,255,255,0.85)', 'text-halo-width': 1.5 },
    },
  ]
}
