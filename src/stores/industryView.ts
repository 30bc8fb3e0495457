import { defineStore } from 'pinia'
import { computed } from 'vue'
import { chainModelFromStats, focusChain } from '@/domain/chainModel'
import { mapValues } from '@/domain/engine'
import { topIndices } from '@/domain/industry'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'
import { useSelectionStore } from './selection'

/** The chain the diagram falls back to when no chain or segment is selected. */
export const DEFAULT_CHAIN = 'lithium'
export const TOP_FIRMS = 10

/** Selectors of the industry map: each chart sees every filter except its own (the engine's group-bys). */
export const useIndustryViewStore = defineStore('industryView', () => {
  const data = useDataStore()
  const store = useFiltersStore()
  const selection = useSelectionStore()
  const agg = computed(() => selection.firms)

  const byDistrict = computed(() => agg.value && mapValues(agg.value.byDistrict, (s) => s.count))
  const byType = computed(() => agg.value?.byType ?? null)
  const outputBySeg = computed(() => agg.value && mapValues(agg.value.bySegment, (s) => s.outputValue))
  /** The top firms by output among the selected: indices over the output column, then records for those only. */
  const top = computed(() => {
    const firms = data.enterprises?.table
    const indices = selection.enterpriseIndices
    return firms && indices ? firms.rows(topIndices(firms.numbers('outputValue'), indices, TOP_FIRMS)) : null
  })
  const totals = computed(() => agg.value && { output: agg.value.outputValue, talent: agg.value.talent })

  /** The diagram's chain and whether it is the fallback (no chain or segment selected). */
  const diagramChain = computed(() => {
    const { chain, segment } = store.filters
    const c = focusChain(data.meta?.chains ?? [], chain, segment, DEFAULT_CHAIN)
    return c ? { chain: c, isDefault: !chain && !segment } : null
  })
  const chainModel = computed(() => {
    const dc = diagramChain.value
    if (!dc || !agg.value) return null
    return chainModelFromStats(dc.chain, agg.value.bySegment, store.filters.segment)
  })

  return { byDistrict, byType, outputBySeg, top, totals, diagramChain, chainModel }
})
