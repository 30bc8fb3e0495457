import { defineStore } from 'pinia'
import { computed } from 'vue'
import { buildChainModel, focusChain } from '@/domain/chainModel'
import { isFilterActive, without } from '@/domain/filters'
import { firmsByDistrict, firmsByType, outputBySegment, sumOutput, sumTalent, topFirms } from '@/domain/industry'
import { filterEnterprises } from '@/domain/kpis'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'
import { useSelectionStore } from './selection'

/** The chain the diagram falls back to when no chain or segment is selected. */
export const DEFAULT_CHAIN = 'lithium'
export const TOP_FIRMS = 10

/** Selectors of the industry map: each chart sees every filter except its own. */
export const useIndustryViewStore = defineStore('industryView', () => {
  const data = useDataStore()
  const store = useFiltersStore()
  const selection = useSelectionStore()
  const items = computed(() => data.datasets.enterprises?.items ?? null)

  /** Firms under every filter but `key`; the shared selection when `key` is not set (no second pass). */
  function firmsWithout(key: 'district' | 'segment' | 'entType') {
    return computed(() => {
      if (!isFilterActive(store.filters, key)) return selection.enterprises
      return items.value ? filterEnterprises(items.value, without(store.filters, key), data.lastYear) : null
    })
  }
  const firmsAnyDistrict = firmsWithout('district')
  const firmsAnySegment = firmsWithout('segment')
  const firmsAnyType = firmsWithout('entType')

  const byDistrict = computed(() => (firmsAnyDistrict.value ? firmsByDistrict(firmsAnyDistrict.value) : null))
  const byType = computed(() => (firmsAnyType.value ? firmsByType(firmsAnyType.value) : null))
  const outputBySeg = computed(() => (firmsAnySegment.value ? outputBySegment(firmsAnySegment.value) : null))
  const top = computed(() => (selection.enterprises ? topFirms(selection.enterprises, TOP_FIRMS) : null))
  const totals = computed(() => {
    const firms = selection.enterprises
    return firms ? { output: sumOutput(firms), talent: sumTalent(firms) } : null
  })

  /** The diagram's chain and whether it is the fallback (no chain or segment selected). */
  const diagramChain = computed(() => {
    const { chain, segment } = store.filters
    const c = focusChain(data.meta?.chains ?? [], chain, segment, DEFAULT_CHAIN)
    return c ? { chain: c, isDefault: !chain && !segment } : null
  })
  const chainModel = computed(() => {
    const dc = diagramChain.value
    if (!dc || !firmsAnySegment.value) return null
    return buildChainModel(dc.chain, firmsAnySegment.value, store.filters.segment)
  })

  return { byDistrict, byType, outputBySeg, top, totals, diagramChain, chainModel }
})
