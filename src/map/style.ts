import type { StyleSpecification } from 'maplibre-gl'
import { escapeHtml } from '@/domain/format'
import { anchorLayers } from './order'

export interface BasemapSpec {
  tiles: string[]
  type: 'raster' | 'vector'
  tileSize?: number
  attribution?: string
}

/**
 * An image that draws nothing: a symbol shows it to claim room in MapLibre's collision index (a cluster
 * count as large as its bubble). useMapLibre adds it once the style has loaded, before any layer.
 */
export const BLANK_IMAGE = 'blank'

/**
 * The offline style: a plain background, plus a raster basemap only when the deployment
 * names one, then the z-order's anchors (order.ts). No glyphs URL: MapLibre then draws labels
 * from local fonts with no request.
 */
export function buildBaseStyle(background: string, basemap?: BasemapSpec | null): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': background } }],
  }
  if (basemap && basemap.type === 'raster') {
    style.sources.basemap = {
      type: 'raster',
      tiles: basemap.tiles,
      tileSize: basemap.tileSize ?? 256,
      // MapLibre renders attribution as HTML; a deployer's text stays text.
      attribution: basemap.attribution ? escapeHtml(basemap.attribution) : undefined,
    }
    style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap' })
  }
  style.layers.push(...anchorLayers())
  return style
}
