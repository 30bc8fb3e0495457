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
/** The filters that hold one id or none. */
export type ValueKey = 'chain' | 'segment' | 'talentType' | 'education' | 'entType' | 'platformKind'

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

  /** Sets one single-valued filter (null clears it); a new chain drops a segment of another chain. */
  function setValue(key: ValueKey, id: string | null) {
    patch(key === 'chain' && id !== filters.value.chain ? { chain: id, segment: null } : { [key]: id })
  }

  /** Chart and map clicks: selecting the value that is already selected clears it (second click clears). */
  function toggleValue(key: ValueKey, id: string) {
    setValue(key, filters.value[key] === id ? null : id)
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
    setValue,
    toggleValue,
    setYear,
    setQuery,
    clear,
    reset,
    setView,
  }
})
