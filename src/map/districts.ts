import { booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf'
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl'
import { COLORS, LOOKS, RAMP, type LookStyle } from '@/theme'
import type { Boundaries } from '@/domain/types'
import { emptySource } from './sources'

export const DISTRICT_SOURCE = 'districts'
export const DISTRICT_LABEL_SOURCE = 'district-labels'
/** Thin walls along the selected districts' boundaries: their outline when extruded. */
export const DISTRICT_OUTLINE_SOURCE = 'district-outline-3d'
export const DISTRICT_FILL = 'district-fill'
export const DISTRICT_EXTRUSION = 'district-extrusion'
export const DISTRICT_EXTRUSION_OUTLINE = 'district-extrusion-outline'
export const DISTRICT_LABEL = 'district-label'
/** Camera pitch while the districts are extruded. */
export const EXTRUDED_PITCH = 50
/** Height in metres of the tallest district; every height is in proportion to its value, from zero. */
export const EXTRUSION_MAX_M = 14000
/** Width in metres of the 3D selection outline's walls. */
const OUTLINE_M = 260

type Feature = Boundaries['features'][number]

/** The district polygons (feature-state by adcode, for selection), their label points and 3D outlines. */
export function districtSources(): Record<string, SourceSpecification> {
  return {
    [DISTRICT_SOURCE]: emptySource({ promoteId: 'adcode' }),
    [DISTRICT_LABEL_SOURCE]: emptySource(),
    [DISTRICT_OUTLINE_SOURCE]: emptySource(),
  }
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

/**
 * Extrusion height of the same metric, in proportion to the value from zero (the tallest
 * district EXTRUSION_MAX_M): a block twice as tall holds twice as much, and a narrow spread of
 * values (42–44 %) stays a narrow spread of heights. The legend states the baseline.
 */
export function extrusionHeight(max: number): ExpressionSpecification {
  return ['*', ['max', 0, ['get', 'value']], EXTRUSION_MAX_M / (max > 0 ? max : 1)] as ExpressionSpecification
}

/** A hidden fill-extrusion of the district blocks' heights (both 3D layers rise from zero to the same top). */
function blocksLayer(
  id: string,
  source: string,
  color: ExpressionSpecification | string,
  max: number,
  opacity: number,
): LayerSpecification {
  return {
    id,
    type: 'fill-extrusion',
    source,
    layout: { visibility: 'none' },
    paint: {
      'fill-extrusion-color': color,
      'fill-extrusion-height': extrusionHeight(max),
      'fill-extrusion-base': 0,
      'fill-extrusion-opacity': opacity,
    },
  }
}

/** The 3D extrusion of the choropleth metric in its colours, hidden until toggled. */
export function districtExtrusionLayer(max: number, min = 0): LayerSpecification {
  return blocksLayer(DISTRICT_EXTRUSION, DISTRICT_SOURCE, choroplethColor(max, min), max, 0.88)
}

/** The selection's outline in 3D: walls along the selected boundaries, as tall as their blocks. */
export function districtOutlineLayer(max: number): LayerSpecification {
  return blocksLayer(DISTRICT_EXTRUSION_OUTLINE, DISTRICT_OUTLINE_SOURCE, COLORS.selected, max, 0.95)
}

type Ring = GeoJSON.Position[]

const M_PER_DEG = 111_320

/** One thin quad per boundary edge of the ring, `widthM` wide, centred on the edge. */
function ringWalls(ring: Ring, widthM: number): GeoJSON.Polygon[] {
  const walls: GeoJSON.Polygon[] = []
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] ?? []
    const [x1 = 0, y1 = 0] = ring[i] ?? []
    const kx = Math.cos((((y0 + y1) / 2) * Math.PI) / 180)
    const dx = (x1 - x0) * kx
    const dy = y1 - y0
    const len = Math.hypot(dx, dy)
    if (len === 0) continue
    // The edge's normal, half the width on each side, back in degrees of longitude and latitude.
    const h = widthM / 2 / M_PER_DEG
    const nx = ((-dy / len) * h) / kx
    const ny = (dx / len) * h
    walls.push({
      type: 'Polygon',
      coordinates: [
        [
          [x0 + nx, y0 + ny],
          [x1 + nx, y1 + ny],
          [x1 - nx, y1 - ny],
          [x0 - nx, y0 - ny],
          [x0 + nx, y0 + ny],
        ],
      ],
    })
  }
  return walls
}

/**
 * The selected districts' outlines for the 3D view: one wall per boundary edge, carrying its
 * district's value so the walls rise exactly as high as the block they surround.
 */
export function districtOutlineWalls(
  features: GeoJSON.FeatureCollection<Feature['geometry'], DistrictFeatureProps>,
  selected: readonly string[],
  widthM = OUTLINE_M,
): GeoJSON.FeatureCollection<GeoJSON.Polygon, { value: number }> {
  const out: GeoJSON.Feature<GeoJSON.Polygon, { value: number }>[] = []
  for (const f of features.features) {
    if (!selected.includes(f.properties.adcode)) continue
    const g = f.geometry
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []
    for (const ring of polygons.flat())
      for (const wall of ringWalls(ring, widthM))
        out.push({ type: 'Feature', geometry: wall, properties: { value: f.properties.value } })
  }
  return { type: 'FeatureCollection', features: out }
}

/**
 * Where a district's label sits while the districts are extruded: raised by its block's height
 * as seen at this zoom and pitch (in ems of the label's size), so the label stays on its block's
 * top instead of floating at its foot. Flat districts: no offset.
 */
export function extrudedLabelOffset(
  max: number,
  view: { zoom: number; lat: number; pitch: number },
  textSize: number,
): ExpressionSpecification | [number, number] {
  if (!(max > 0) || view.pitch <= 0) return [0, 0]
  const pxPerM = (512 * 2 ** view.zoom) / (40_075_016.686 * Math.cos((view.lat * Math.PI) / 180))
  const rise = (EXTRUSION_MAX_M * pxPerM * Math.sin((view.pitch * Math.PI) / 180)) / textSize
  return [
    'interpolate',
    ['linear'],
    ['get', 'value'],
    0,
    ['literal', [0, 0]],
    max,
    ['literal', [0, -rise]],
  ] as ExpressionSpecification
}

/**
 * Where a flat map's district label may sit, in order: on its point, a line below, above, right or left
 * of it, then further off diagonally (offsets in ems). The cluster counts and markers are placed first (order.ts puts the labels below them)
 * with boxes as large as their bubbles, so a name moves off a bubble instead of under it.
 */
export const LABEL_AROUND = [
  'center',
  [0, 0],
  'top',
  [0, 1.2],
  'bottom',
  [0, -1.2],
  'left',
  [1.2, 0],
  'right',
  [-1.2, 0],
  'top-left',
  [1.6, 1.6],
  'top-right',
  [-1.6, 1.6],
  'bottom-left',
  [1.6, -1.6],
  'bottom-right',
  [-1.6, -1.6],
] as unknown as ExpressionSpecification

/** How the district labels look: their size and colours (the big screen reads from afar). */
export type DistrictLabelStyle = LookStyle['mapLabel']

/**
 * Fill, boundary lines, selection outline, the (hidden) extrusion and its selection walls, and
 * the labels (order.ts puts them above the density layers and flows, under the points and markers). Selection shows as an outline,
 * never a fill, so the selected district keeps showing its value. `neutral`: a plain base under a
 * density layer (heatmap, hexbin) instead of the choropleth, which would read as a second density.
 */
export function districtLayers(
  max: number,
  lineColor: string,
  labels: DistrictLabelStyle = LOOKS.desk.mapLabel,
  min = 0,
  neutral: string | null = null,
): LayerSpecification[] {
  const selected = ['boolean', ['feature-state', 'selected'], false] as ExpressionSpecification
  const hover = ['boolean', ['feature-state', 'hover'], false] as ExpressionSpecification
  return [
    {
      id: DISTRICT_FILL,
      type: 'fill',
      source: DISTRICT_SOURCE,
      paint: {
        'fill-color': neutral ?? choroplethColor(max, min),
        'fill-opacity': ['case', hover, 0.85, 0.72],
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
      paint: { 'line-color': COLORS.selected, 'line-width': ['case', selected, 4, 0] },
    },
    districtExtrusionLayer(max, min),
    districtOutlineLayer(max),
    {
      id: DISTRICT_LABEL,
      type: 'symbol',
      source: DISTRICT_LABEL_SOURCE,
      layout: {
        'text-field': ['get', 'name'],
        'text-size': labels.size,
        'text-variable-anchor-offset': LABEL_AROUND,
        // Always shown: at the first of the places above that no cluster count or marker covers, else on its point.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': labels.color, 'text-halo-color': labels.halo, 'text-halo-width': 2 },
    },
  ]
}
