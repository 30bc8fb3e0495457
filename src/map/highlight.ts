import type { LayerSpecification, SourceSpecification } from 'maplibre-gl'
import { COLORS } from '@/theme'
import { emptySource } from './sources'

export const HIGHLIGHT_SOURCE = 'highlight'
const HIGHLIGHT_HALO = 'highlight-halo'
const HIGHLIGHT_POINT = 'highlight-point'

/** The firm or platform the drawer shows (a search pick, a list link), as one point of its own. */
export function highlightPoint(p: { lon: number; lat: number; id: string } | null): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: p
      ? [{ type: 'Feature', properties: { id: p.id }, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } }]
      : [],
  }
}

export function highlightSources(): Record<string, SourceSpecification> {
  return { [HIGHLIGHT_SOURCE]: emptySource() }
}

/**
 * A ring and a dot above every other layer: its own unclustered source, so the picked point shows
 * even where its firm sits inside a cluster or is filtered out of the points.
 */
export function highlightLayers(): LayerSpecification[] {
  return [
    {
      id: HIGHLIGHT_HALO,
      type: 'circle',
      source: HIGHLIGHT_SOURCE,
      paint: {
        'circle-radius': 18,
        'circle-color': COLORS.selected,
        'circle-opacity': 0.25,
        'circle-stroke-color': COLORS.selected,
        'circle-stroke-width': 3,
      },
    },
    {
      id: HIGHLIGHT_POINT,
      type: 'circle',
      source: HIGHLIGHT_SOURCE,
      paint: {
        'circle-radius': 6,
        'circle-color': '#ffffff',
        'circle-stroke-color': '#1f2933',
        'circle-stroke-width': 3,
      },
    },
  ]
}
