import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl'
import { COLORS } from '@/theme'
import type { Named, Platform } from '@/domain/types'
import { POINTER } from './pointer'
import { emptySource } from './sources'

export const PLATFORM_SOURCE = 'platforms'
export const PLATFORM_CIRCLE = 'platform-circle'
export const PLATFORM_SYMBOL = 'platform-symbol'
export const PLATFORM_LAYERS: readonly string[] = [PLATFORM_CIRCLE, PLATFORM_SYMBOL]

/** Levels from the largest marker to the smallest; unknown levels draw as the smallest. */
export const PLATFORM_LEVELS: readonly string[] = ['national', 'provincial', 'municipal']

/** One letter per kind, drawn inside the marker so kinds differ by more than colour. */
const LETTERS: Record<string, string> = {
  'postdoc-workstation': 'W',
  'postdoc-base': 'B',
  'key-lab': 'L',
  'engineering-center': 'E',
  'tech-center': 'T',
  'industrial-college': 'C',
  'technical-school': 'S',
  incubator: 'I',
  'skill-studio': 'M',
}

export interface KindStyle {
  id: string
  color: string
  letter: string
}

/** A colour (by the kind's position in meta) and a letter for each platform kind. */
export function platformKindStyles(kinds: readonly Named[]): KindStyle[] {
  return kinds.map((k, i) => ({
    id: k.id,
    color: COLORS.series[i % COLORS.series.length] ?? COLORS.primary,
    letter: LETTERS[k.id] ?? (k.id.charAt(0).toUpperCase() || '?'),
  }))
}

/** The platform points, with feature-state by platform id (hover). */
export function platformSources(): Record<string, SourceSpecification> {
  return { [PLATFORM_SOURCE]: emptySource({ promoteId: 'id' }) }
}

export interface PlatformFeatureProps {
  id: string
  kind: string
  level: string
  letter: string
}

/** Platforms as points; names and numbers stay in the dataset and are looked up by id on hover. */
export function platformFeatures(
  platforms: readonly Platform[],
  styles: readonly KindStyle[],
): GeoJSON.FeatureCollection<GeoJSON.Point, PlatformFeatureProps> {
  const letters = new Map(styles.map((s) => [s.id, s.letter]))
  return {
    type: 'FeatureCollection',
    features: platforms.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { id: p.id, kind: p.kind, level: p.level, letter: letters.get(p.kind) ?? '' },
    })),
  }
}

function byLevel(national: number, provincial: number, municipal: number): ExpressionSpecification {
  return ['match', ['get', 'level'], 'national', national, 'provincial', provincial, municipal]
}

/** The marker colour of each kind, as a data expression. */
export function platformKindColor(styles: readonly KindStyle[]): ExpressionSpecification | string {
  if (styles.length === 0) return COLORS.primary
  const stops = styles.flatMap((s) => [s.id, s.color])
  return ['match', ['get', 'kind'], ...stops, COLORS.muted] as unknown as ExpressionSpecification
}

/** Shows only the platforms of the given levels (a display filter, not a URL filter). */
export function platformLevelFilter(levels: readonly string[]): FilterSpecification {
  return ['in', ['get', 'level'], ['literal', [...levels]]]
}

/**
 * A coloured circle per platform sized by level, with its kind's letter on top. Both take the
 * pointer first (POINTER), so a click on a platform does not also toggle the district beneath.
 * On the big screen (`screen`) the circles are larger and carry no letter: a letter small
 * enough for a marker cannot be read across the room (the legend keys kinds by colour).
 */
export function platformLayers(
  styles: readonly KindStyle[],
  levels: readonly string[],
  screen = false,
): LayerSpecification[] {
  const filter = platformLevelFilter(levels)
  const hover = ['boolean', ['feature-state', 'hover'], false] as ExpressionSpecification
  return [
    {
      id: PLATFORM_CIRCLE,
      type: 'circle',
      source: PLATFORM_SOURCE,
      filter,
      metadata: POINTER,
      paint: {
        'circle-color': platformKindColor(styles),
        'circle-radius': screen ? byLevel(12, 9, 7) : byLevel(11, 8, 6),
        'circle-stroke-color': ['case', hover, COLORS.selected, '#ffffff'],
        'circle-stroke-width': ['case', hover, 3, 1.5],
        'circle-opacity': 0.92,
      },
    },
    {
      id: PLATFORM_SYMBOL,
      type: 'symbol',
      source: PLATFORM_SOURCE,
      filter,
      metadata: POINTER,
      layout: {
        visibility: screen ? 'none' : 'visible',
        'text-field': ['get', 'letter'],
        'text-size': byLevel(12, 10, 8),
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ]
}
