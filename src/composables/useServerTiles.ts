import { computed, type ComputedRef } from 'vue'
import { serverTileUrl } from '@/api/serverParams'
import { useDataStore } from '@/stores/data'
import { useFiltersStore } from '@/stores/filters'

/**
 * Server mode: the tile URL of one point layer for the current filters (null in browser mode).
 * The search text is not part of it: it drives the search list, not the map. The data version is:
 * a live refresh that brings new data reloads the tiles.
 */
export function useServerTileUrl(layer: 'enterprises' | 'platforms'): ComputedRef<string> | null {
  const data = useDataStore()
  const filters = useFiltersStore()
  const config = data.config
  if (config?.mode !== 'server') return null
  return computed(() =>
    serverTileUrl(config.apiBase, layer, filters.filters, location.href, data.meta?.dataVersion ?? null),
  )
}
