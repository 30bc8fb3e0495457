/**
 * Server mode: the point layers read vector tiles (`{apiBase}/tiles/{z}/{x}/{y}.mvt`, one
 * source layer per dataset) instead of GeoJSON. Dense tiles carry grid clusters with
 * `point_count`, like the GeoJSON clusters, so the same layer styles apply.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl'
import {
  clusterLayers,
  FIRM_CLUSTER_SOURCE,
  FIRM_HEAT_LAYER,
  FIRM_HEX_SOURCE,
  heatmapLayer,
  hexbinLayers,
} from './enterprises'
import { PLATFORM_SOURCE, PLATFORM_SYMBOL, type KindStyle } from './platforms'
import { emptySource } from './sources'

/** The tiles' layer names (server/sql/tileSql.ts). */
const FIRM_TILE_LAYER = 'enterprises'
export const PLATFORM_TILE_LAYER = 'platforms'

/** Zoom past which MapLibre scales the last tiles instead of asking for more. */
const TILE_MAX_ZOOM = 16

function tileSource(url: string, promoteId?: string): VectorSourceSpecification {
  return { type: 'vector', tiles: [url], minzoom: 0, maxzoom: TILE_MAX_ZOOM, ...(promoteId ? { promoteId } : {}) }
}

/** Layers of a GeoJSON point source, reading the tiles' `sourceLayer` instead. */
function onTiles(layers: readonly LayerSpecification[], source: string, sourceLayer: string): LayerSpecification[] {
  return layers.map((l) => {
    const spec = { ...l, source, 'source-layer': sourceLayer } as LayerSpecification
    // A cluster feature stands for point_count firms in the heat.
    if (l.id === FIRM_HEAT_LAYER && spec.type === 'heatmap')
      spec.paint = { ...spec.paint, 'heatmap-weight': ['coalesce', ['get', 'point_count'], 1] }
    return spec
  })
}

/** A platform's letter from its kind (the tiles carry no letter); empty until meta names the kinds. */
export function platformLetter(styles: readonly KindStyle[]): ExpressionSpecification | string {
  if (styles.length === 0) return ''
  const pairs = styles.flatMap((s) => [s.id, s.letter])
  return ['match', ['get', 'kind'], ...pairs, ''] as unknown as ExpressionSpecification
}

/** The platform markers on tiles. */
export function platformTileLayers(
  layers: readonly LayerSpecification[],
  styles: readonly KindStyle[],
): LayerSpecification[] {
  const letter = platformLetter(styles)
  return onTiles(layers, PLATFORM_SOURCE, PLATFORM_TILE_LAYER).map((l) =>
    l.id === PLATFORM_SYMBOL && l.type === 'symbol' ? { ...l, layout: { ...l.layout, 'text-field': letter } } : l,
  )
}

/** Server mode's firm sources: the tiles (clusters, points and heat read them) and the hexbins, built here. */
export function firmTileSources(url: string): Record<string, SourceSpecification> {
  return { [FIRM_CLUSTER_SOURCE]: tileSource(url), [FIRM_HEX_SOURCE]: emptySource() }
}

export function firmTileLayers(chainIds: readonly string[]): LayerSpecification[] {
  const points = onTiles([heatmapLayer(), ...clusterLayers(chainIds)], FIRM_CLUSTER_SOURCE, FIRM_TILE_LAYER)
  return [...points, ...hexbinLayers(1)]
}

export function platformTileSources(url: string): Record<string, SourceSpecification> {
  return { [PLATFORM_SOURCE]: tileSource(url, 'id') }
}
