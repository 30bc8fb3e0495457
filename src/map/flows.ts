import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl'
import type { OriginFlow, OriginTotal } from '@/domain/talentFlows'
import { COLORS } from '@/theme'
import { POINTER } from './pointer'
import { emptySource } from './sources'

export const FLOW_SOURCE = 'flows'
export const FLOW_ORIGIN_SOURCE = 'flow-origins'
export const FLOW_LINES = 'flow-lines'
export const FLOW_DASH = 'flow-dash'
export const FLOW_ORIGINS = 'flow-origins'
export const FLOW_ORIGIN_LABELS = 'flow-origin-labels'

type Point = [lon: number, lat: number]

/** Flow colours by source type: graduates from universities, hires from other cities. */
export const FLOW_COLORS: Readonly<Record<string, string>> = { university: '#3fd8c2', region: '#ff8f5a' }
const FLOW_OTHER = '#c9a2ff'

export function flowColor(sourceType: string): string {
  return FLOW_COLORS[sourceType] ?? FLOW_OTHER
}

/**
 * A curved path from `from` to `to`: a quadratic Bézier whose control point sits off the
 * chord's middle by `bend` of its length (always to the same side, so two flows between
 * neighbours do not overlap), in a plane where a degree of longitude is cos(lat) of one of
 * latitude. Great-circle-ish at this scale, and never a straight ruler line.
 */
export function arcPath(from: Point, to: Point, bend = 0.14, steps = 40): Point[] {
  const k = Math.cos((((from[1] + to[1]) / 2) * Math.PI) / 180)
  const [x0, y0] = [from[0] * k, from[1]]
  const [x1, y1] = [to[0] * k, to[1]]
  const [dx, dy] = [x1 - x0, y1 - y0]
  const [cx, cy] = [(x0 + x1) / 2 - dy * bend, (y0 + y1) / 2 + dx * bend]
  const out: Point[] = []
  for (let i = 0; i <= steps; i++) {
    const t = i / steps
    const [a, b, c] = [(1 - t) ** 2, 2 * t * (1 - t), t ** 2]
    out.push([(a * x0 + b * cx + c * x1) / k, a * y0 + b * cy + c * y1])
  }
  return out
}

export interface FlowProps {
  origin: string
  district: string
  value: number
  color: string
}

/** One arc per flow, from its origin to its district's point (where its label sits). */
export function flowFeatures(
  flows: readonly OriginFlow[],
  origins: ReadonlyMap<string, { lon: number; lat: number }>,
  districtPoints: ReadonlyMap<string, Point>,
): GeoJSON.FeatureCollection<GeoJSON.LineString, FlowProps> {
  const features: GeoJSON.Feature<GeoJSON.LineString, FlowProps>[] = []
  // The smallest first: drawn first, so the large flows lie on top.
  for (const f of [...flows].reverse()) {
    const o = origins.get(f.origin)
    const d = districtPoints.get(f.district)
    if (!o || !d) continue
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: arcPath([o.lon, o.lat], d) },
      properties: { origin: f.origin, district: f.district, value: f.value, color: flowColor(f.sourceType) },
    })
  }
  return { type: 'FeatureCollection', features }
}

export interface OriginProps {
  origin: string
  name: string
  total: number
  color: string
}

/** A dot per origin that sends talent, named in the display language. */
export function originFeatures(
  totals: readonly OriginTotal[],
  lang: 'zh' | 'en',
): GeoJSON.FeatureCollection<GeoJSON.Point, OriginProps> {
  return {
    type: 'FeatureCollection',
    features: totals.map((o) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [o.lon, o.lat] },
      properties: {
        origin: o.id,
        name: lang === 'en' ? o.nameEn : o.name,
        total: o.total,
        color: flowColor(o.sourceType),
      },
    })),
  }
}

export function flowSources(): Record<string, SourceSpecification> {
  return { [FLOW_SOURCE]: emptySource(), [FLOW_ORIGIN_SOURCE]: emptySource() }
}

/** How the flows look on the desk and on the big screen (read from across the room). */
export interface FlowStyle {
  maxWidth: number
  labelSize: number
  labelColor: string
  labelHalo: string
}

export const FLOW_STYLES: Readonly<Record<'desk' | 'screen', FlowStyle>> = {
  desk: { maxWidth: 7, labelSize: 14, labelColor: '#1f2933', labelHalo: 'rgba(255,255,255,0.9)' },
  screen: { maxWidth: 11, labelSize: 16, labelColor: '#f1f6ff', labelHalo: 'rgba(2,8,23,0.9)' },
}

/** Line width by the flow's size, from a hairline to `maxWidth` for the largest. */
export function flowWidth(max: number, maxWidth: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['get', 'value'], 0, 1, Math.max(max, 1), maxWidth] as ExpressionSpecification
}

/** Full opacity for the focused origin's flows (all when none is focused), faint for the others. */
export function flowOpacity(focus: string | null, on: number, off: number): ExpressionSpecification | number {
  return focus === null ? on : (['case', ['==', ['get', 'origin'], focus], on, off] as ExpressionSpecification)
}

/**
 * The flows: solid arcs by size, a dashed copy on top (`dashed`: the big screen, where the dashes
 * move), the origins' dots and names. The arcs and dots take the pointer (a click focuses their origin).
 */
export function flowLayers(max: number, style: FlowStyle, focus: string | null, dashed: boolean): LayerSpecification[] {
  const width = flowWidth(max, style.maxWidth)
  return [
    {
      id: FLOW_LINES,
      type: 'line',
      source: FLOW_SOURCE,
      metadata: POINTER,
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': ['get', 'color'],
        'line-width': width,
        'line-opacity': flowOpacity(focus, dashed ? 0.3 : 0.6, 0.08),
      },
    },
    {
      id: FLOW_DASH,
      type: 'line',
      source: FLOW_SOURCE,
      paint: {
        'line-color': ['get', 'color'],
        'line-width': width,
        'line-opacity': dashed ? flowOpacity(focus, 0.95, 0) : 0,
        'line-dasharray': DASH_STEPS[0] as number[],
        // Each step is drawn as it comes: a cross-fade would repaint the map every frame.
        'line-dasharray-transition': { duration: 0, delay: 0 },
      },
    },
    {
      id: FLOW_ORIGINS,
      type: 'circle',
      source: FLOW_ORIGIN_SOURCE,
      metadata: POINTER,
      paint: {
        'circle-color': ['get', 'color'],
        'circle-radius': 6,
        'circle-stroke-color': COLORS.selected,
        'circle-stroke-width':
          focus === null ? 0 : (['case', ['==', ['get', 'origin'], focus], 3, 0] as ExpressionSpecification),
        'circle-opacity': flowOpacity(focus, 1, 0.35),
      },
    },
    {
      id: FLOW_ORIGIN_LABELS,
      type: 'symbol',
      source: FLOW_ORIGIN_SOURCE,
      layout: {
        'text-field': ['get', 'name'],
        'text-size': style.labelSize,
        'text-anchor': 'left',
        'text-offset': [0.7, 0],
        'text-optional': true,
      },
      paint: {
        'text-color': style.labelColor,
        'text-halo-color': style.labelHalo,
        'text-halo-width': 2,
        'text-opacity': flowOpacity(focus, 1, 0.4),
      },
    },
  ]
}

/**
 * The dash pattern's steps (in line widths): shown in turn they move the dashes along each
 * flow from its origin to its district. A fixed, short cycle: MapLibre keeps one atlas entry
 * per pattern, so running for days adds nothing.
 */
export const DASH_STEPS: readonly (readonly number[])[] = [
  [0, 4, 3],
  [0.5, 4, 2.5],
  [1, 4, 2],
  [1.5, 4, 1.5],
  [2, 4, 1],
  [2.5, 4, 0.5],
  [3, 4, 0],
  [0, 0.5, 3, 3.5],
  [0, 1, 3, 3],
  [0, 1.5, 3, 2.5],
  [0, 2, 3, 2],
  [0, 2.5, 3, 1.5],
  [0, 3, 3, 1],
  [0, 3.5, 3, 0.5],
]

export interface InsetPoint {
  id: string
  x: number
  y: number
  r: number
  color: string
}

export interface InsetLabel {
  x: number
  y: number
  text: string
}

export interface InsetLayout {
  points: InsetPoint[]
  /** The city the flows go to. */
  city: { x: number; y: number }
  labels: InsetLabel[]
}

/** Approximate text width: a CJK character is square, a Latin one about half as wide. */
function textWidth(text: string, size: number): number {
  let w = 0
  for (const ch of text) w += /[\u2e80-\u9fff]/.test(ch) ? size : size * 0.56
  return w
}

/**
 * The overview inset of the flows clipped by the map's view: every origin and the city, fitted
 * into `width` × `height` px (a degree of longitude cos(lat) of one of latitude), dots sized by
 * total, and the names of the largest origins that fit without running into one another or a dot.
 */
export function insetLayout(
  totals: readonly OriginTotal[],
  city: Point,
  names: (o: OriginTotal) => string,
  size: { width: number; height: number; fontSize: number; pad: number; maxLabels: number },
): InsetLayout {
  const lons = [city[0], ...totals.map((o) => o.lon)]
  const lats = [city[1], ...totals.map((o) => o.lat)]
  const k = Math.cos(((Math.min(...lats) + Math.max(...lats)) / 2) * (Math.PI / 180))
  const [x0, x1] = [Math.min(...lons) * k, Math.max(...lons) * k]
  const [y0, y1] = [Math.min(...lats), Math.max(...lats)]
  const scale = Math.min((size.width - 2 * size.pad) / (x1 - x0 || 1), (size.height - 2 * size.pad) / (y1 - y0 || 1))
  const ox = (size.width - (x1 - x0) * scale) / 2
  const oy = (size.height - (y1 - y0) * scale) / 2
  const at = (lon: number, lat: number) => ({ x: ox + (lon * k - x0) * scale, y: oy + (y1 - lat) * scale })
  const max = Math.max(1, ...totals.map((o) => o.total))
  const points = totals.map((o) => ({
    id: o.id,
    ...at(o.lon, o.lat),
    r: 2.5 + 4.5 * Math.sqrt(o.total / max),
    color: flowColor(o.sourceType),
  }))
  const labels: InsetLabel[] = []
  const boxes: [number, number, number, number][] = []
  const c = at(city[0], city[1])
  boxes.push([c.x - 6, c.y - 6, c.x + 6, c.y + 6])
  const dots = points.map((p) => [p.x - p.r, p.y - p.r, p.x + p.r, p.y + p.r] as [number, number, number, number])
  for (const [i, o] of totals.entries()) {
    if (labels.length >= size.maxLabels) break
    const p = at(o.lon, o.lat)
    const text = names(o)
    const w = textWidth(text, size.fontSize)
    const others = [...boxes, ...dots.filter((_, j) => j !== i)]
    // Right of the dot, else left of it; inside the inset, clear of the other dots and the labels so far.
    for (const x of [p.x + 8, p.x - 8 - w]) {
      const box: [number, number, number, number] = [x, p.y - size.fontSize / 2, x + w, p.y + size.fontSize / 2]
      const fits = box[0] >= 0 && box[2] <= size.width && box[1] >= 0 && box[3] <= size.height
      const clear = others.every((b) => box[2] < b[0] || box[0] > b[2] || box[3] < b[1] || box[1] > b[3])
      if (!fits || !clear) continue
      boxes.push(box)
      labels.push({ x, y: p.y, text })
      break
    }
  }
  return { points, city: c, labels }
}
