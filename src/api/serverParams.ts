/**
 * Server mode request parameters, kept apart from the client (which loads only in server
 * mode): the filters in the URL's own syntax (SPEC §3), and the point tiles' URL.
 */
import type { Filters } from '../domain/filters.ts'
import { defaultView, serializeQuery } from '../domain/url.ts'

/** The filter parameters of a request, the search text included (it narrows lists, aggregates and tiles). */
export function filterParams(f: Filters): URLSearchParams {
  const q = serializeQuery(f, defaultView())
  return new URLSearchParams(Object.entries(q))
}

/**
 * The MapLibre tile URL template of one point layer, absolute against `baseHref` (tiles load in a
 * worker). `version` (meta's dataVersion) makes a live refresh's new data a new URL: MapLibre
 * reloads the tiles instead of keeping those of the old data.
 */
export function serverTileUrl(
  apiBase: string,
  layer: 'enterprises' | 'platforms',
  f: Filters,
  baseHref: string,
  version: string | null = null,
): string {
  const p = filterParams(f)
  p.set('layers', layer)
  if (version) p.set('v', version)
  const base = new URL(`${apiBase.replace(/\/+$/, '')}/tiles/`, baseHref).href
  return `${base}{z}/{x}/{y}.mvt?${p}`
}
