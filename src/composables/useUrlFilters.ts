import { watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import {
  knownPart,
  parseQuery,
  queryKey,
  sanitizeFilters,
  sanitizeView,
  serializeQuery,
  withCanonical,
} from '@/domain/url'
import { useDataStore } from '@/stores/data'
import { useFiltersStore } from '@/stores/filters'

/**
 * Mirrors the filters store and the hash query both ways. Each store change pushes a
 * history entry, so back/forward walk the filter history. A URL that is not in canonical
 * form (invalid values, a reversed year range, repeated parameters) is rewritten in place;
 * invalid values are named in `ignoredParams` until the next valid change.
 */
export function useUrlFilters() {
  const route = useRoute()
  const router = useRouter()
  const store = useFiltersStore()
  const data = useDataStore()
  /** The query the notice was raised for: seeing it again (a tab switch, our own rewrite) keeps the notice. */
  let noticeKey: string | null = null
  /** The state last taken from or sent to the URL: the store echoing it back is no change. */
  let syncedKey: string | null = null

  function fromUrl() {
    const query = route.query
    const parsed = parseQuery(query)
    let { filters, view } = parsed
    const invalid = [...parsed.invalid]
    if (data.meta) {
      const checked = sanitizeFilters(filters, data.meta)
      const checkedView = sanitizeView(view, data.meta)
      filters = checked.filters
      view = checkedView.view
      invalid.push(...checked.invalid, ...checkedView.invalid)
    }
    const next = serializeQuery(filters, view)
    const nextKey = queryKey(next)
    syncedKey = nextKey
    if (invalid.length) {
      store.ignoredParams = [...new Set(invalid)]
      noticeKey = nextKey
    } else if (noticeKey !== null && nextKey !== noticeKey) {
      store.ignoredParams = []
      noticeKey = null
    }
    if (nextKey !== queryKey(serializeQuery(store.filters, store.view))) store.replace(filters, view)
    // Rewrite a non-canonical URL without adding a history entry.
    if (nextKey !== queryKey(knownPart(query))) void router.replace({ query: withCanonical(query, next) })
  }

  function toUrl() {
    const next = serializeQuery(store.filters, store.view)
    const key = queryKey(next)
    const query = route.query
    if (key === syncedKey || key === queryKey(knownPart(query))) return
    syncedKey = key
    // A change made in the app is a valid change: the notice about an old link goes.
    store.ignoredParams = []
    noticeKey = null
    void router.push({ query: withCanonical(query, next) })
  }

  watch(() => route.query, fromUrl, { immediate: true })
  watch(() => data.meta, fromUrl)
  watch(() => [store.filters, store.view], toUrl)
}
