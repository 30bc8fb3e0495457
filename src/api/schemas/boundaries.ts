import { z } from './zod.ts'
import type { Boundaries } from '../../domain/types.ts'
import {
  describeValue,
  isPlainRecord,
  validateList,
  type DropReport,
  type RecordCheck,
  type ShapeResult,
} from './common.ts'
import { idString, nameString, zodCheck } from './zodParts.ts'

type Feature = Boundaries['features'][number]
type Geometry = Feature['geometry']

function isPosition(p: unknown): boolean {
  if (!Array.isArray(p) || p.length < 2) return false
  const [x, y] = p as unknown[]
  return (
    typeof x === 'number' &&
    typeof y === 'number' &&
    x >= -180 &&
    x <= 180 &&
    y >= -90 &&
    y <= 90 &&
    p.every(Number.isFinite)
  )
}

/** A linear ring has at least four positions (GeoJSON RFC 7946 §3.1.6). */
function isRing(ring: unknown): boolean {
  return Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition)
}

function isPolygon(coords: unknown): coords is number[][][] {
  return Array.isArray(coords) && coords.length >= 1 && coords.every(isRing)
}

function isMultiPolygon(coords: unknown): coords is number[][][][] {
  return Array.isArray(coords) && coords.length >= 1 && coords.every(isPolygon)
}

function toAreaGeometry(g: unknown): Geometry | null {
  if (!isPlainRecord(g)) return null
  if (g.type === 'Polygon' && isPolygon(g.coordinates)) return { type: 'Polygon', coordinates: g.coordinates }
  if (g.type === 'MultiPolygon' && isMultiPolygon(g.coordinates))
    return { type: 'MultiPolygon', coordinates: g.coordinates }
  return null
}

/** Polygon or MultiPolygon with finite lon/lat positions; anything else is 'invalid-geometry'. */
const areaGeometry = z.pipe(
  z.unknown(),
  z.transform((g, ctx): Geometry => {
    const geometry = toAreaGeometry(g)
    if (geometry) return geometry
    ctx.issues.push({ code: 'custom', message: 'invalid-geometry', input: g })
    return z.NEVER
  }),
)

export const featureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ adcode: idString, name: nameString }),
  geometry: areaGeometry,
})

const checkFeature: RecordCheck<Feature> = zodCheck(featureSchema)

/** Validates GET {apiBase}/boundaries: a FeatureCollection of district polygons. */
export function validateBoundaries(raw: unknown, report: DropReport): ShapeResult<Boundaries> {
  if (!isPlainRecord(raw) || raw.type !== 'FeatureCollection') {
    return { ok: false, message: `expected a GeoJSON FeatureCollection; got ${describeValue(raw)}` }
  }
  if (!Array.isArray(raw.features)) {
    return { ok: false, message: `expected "features" to be an array; got ${describeValue(raw.features)}` }
  }
  return {
    ok: true,
    data: {
      type: 'FeatureCollection',
      features: validateList(raw.features, checkFeature, 'boundaries.features', report),
    },
  }
}
