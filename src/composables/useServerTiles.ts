import { computed, type ComputedRef } from 'vue'
import { createServerClient } from '@/api/serverClient'
import { useDataStore } from '@/stores/data'
import { useFiltersStore } from '@/stores/filters'

/**
 * Server mode: the tile URL of one point layer for the current filters (null in browser mode).
 * The search text is not part of it: it drives the search list, not the map.
 */
export function useServerTileUrl(layer: 'enterprises' | 'platforms'): ComputedRef<string> | null {
  const data = useDataStore()
  const filters = useFiltersStore()
  const config = data.config
  if (config?.mode !== 'server') return null
  const client = createServerClient(config.apiBase, config.timeoutMs)
  return computed(() => client.tileUrl(layer, filters.filters, location.href))
}
