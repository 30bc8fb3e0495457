import { defineStore } from 'pinia'
import { computed } from 'vue'
import { foundedGrowth, mapValues } from '@/domain/engine'
import { citedFacts, PLATFORM_FACT_IDS } from '@/domain/innovation'
import { collaborationNetwork } from '@/domain/innovationNetwork'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'
import { useSelectionStore } from './selection'

/** Largest number of nodes the collaboration network draws. */
export const NETWORK_LIMIT = 60

/** Selectors of the innovation view; each chart sees every filter except its own (the engine's group-bys). */
export const useInnovationViewStore = defineStore('innovationView', () => {
  const data = useDataStore()
  const filters = useFiltersStore()
  const selection = useSelectionStore()
  const agg = computed(() => selection.platformAgg)

  /** Enterprise names by id, looked up in the firms' columns (a network names a few dozen hosts). */
  const firmNames = computed(() => {
    const firms = data.enterprises?.table
    return {
      get: (id: string) => {
        const i = firms ? firms.indexOf(id) : -1
        return firms && i >= 0 ? firms.strings('name')[i] : undefined
      },
    }
  })

  const byKindLevel = computed(() => agg.value?.byKindLevel ?? null)
  /** Founded per year and cumulative over meta's years, not filtered by the year range (a highlight). */
  const growth = computed(() => (agg.value && data.meta ? foundedGrowth(agg.value.byFounded, data.meta.years) : null))
  const byDistrict = computed(
    () => agg.value && mapValues(agg.value.byDistrict, (s) => ({ platforms: s.count, postdocs: s.postdocs })),
  )
  const network = computed(() =>
    selection.platforms ? collaborationNetwork(selection.platforms, firmNames.value, NETWORK_LIMIT) : null,
  )
  const facts = computed(() => citedFacts(data.meta, PLATFORM_FACT_IDS, filters.view.lang))

  return { byKindLevel, growth, byDistrict, network, facts }
})
