import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  emptyFilters,
  FILTER_KEYS,
  isFilterActive,
  type FilterKey,
  type Filters,
  type YearRange,
} from '@/domain/filters'
import { defaultView, type ViewParams } from '@/domain/url'

/** The filter inputs and view parameters; `useUrlFilters` mirrors them to the hash query. */
export const useFiltersStore = defineStore('filters', () => {
  const filters = ref<Filters>(emptyFilters())
  const view = ref<ViewParams>(defaultView())
  /** Names of URL parameters whose values were ignored, for the notice. */
  const ignoredParams = ref<string[]>([])

  const activeKeys = computed<FilterKey[]>(() => FILTER_KEYS.filter((k) => isFilterActive(filters.value, k)))

  function replace(next: Filters, nextView?: ViewParams) {
    filters.value = next
    if (nextView) view.value = nextView
  }

  function patch(p: Partial<Filters>) {
    filters.value = { ...filters.value, ...p }
  }

  function toggleDistrict(adcode: string) {
    const cur = filters.value.district
    const district = cur.includes(adcode) ? cur.filter((d) => d !== adcode) : [...cur, adcode].sort()
    patch({ district })
  }

  /** Selecting the district that is already the only one clears it (second click clears). */
  function toggleValue(key: 'chain' | 'segment' | 'talentType' | 'education' | 'entType' | 'platformKind', id: string) {
    patch({ [key]: filters.value[key] === id ? null : id })
  }

  function setYear(year: YearRange | null) {
    patch({ year })
  }

  function setQuery(q: string) {
    patch({ q })
  }

  function clear(key: FilterKey) {
    patch({ [key]: emptyFilters()[key] })
  }

  function reset() {
    filters.value = emptyFilters()
  }

  function setView(p: Partial<ViewParams>) {
    view.value = { ...view.value, ...p }
  }

  return {
    filters,
    view,
    ignoredParams,
    activeKeys,
    replace,
    patch,
    toggleDistrict,
    toggleValue,
    setYear,
    setQuery,
    clear,
    reset,
    setView,
  }
})
