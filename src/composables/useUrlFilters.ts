import { watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { parseQuery, queryKey, sanitizeFilters, serializeQuery } from '@/domain/url'
import { useDataStore } from '@/stores/data'
import { useFiltersStore } from '@/stores/filters'

/**
 * Mirrors the filters store and the hash query both ways. Each store change pushes a
 * history entry, so back/forward walk the filter history; invalid values are dropped
 * and named in `ignoredParams`.
 */
export function useUrlFilters() {
  const route = useRoute()
  const router = useRouter()
  const store = useFiltersStore()
  const data = useDataStore()

  function fromUrl() {
    const parsed = parseQuery(route.query)
    let { filters } = parsed
    const invalid = [...parsed.invalid]
    if (data.meta) {
      const checked = sanitizeFilters(filters, data.meta)
      filters = checked.filters
      invalid.push(...checked.invalid)
    }
    if (invalid.length) store.ignoredParams = [...new Set(invalid)]
    const next = serializeQuery(filters, parsed.view)
    if (queryKey(next) !== queryKey(serializeQuery(store.filters, store.view))) store.replace(filters, parsed.view)
    // Rewrite the URL without the ignored values, without adding a history entry.
    if (invalid.length) void router.replace({ query: next })
  }

  function toUrl() {
    const next = serializeQuery(store.filters, store.view)
    if (queryKey(next) === queryKey(route.query as Record<string, string>)) return
    void router.push({ query: next })
  }

  watch(() => route.query, fromUrl, { immediate: true })
  watch(() => data.meta, fromUrl)
  watch(() => [store.filters, store.view], toUrl)
}
