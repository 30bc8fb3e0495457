import { defineStore } from 'pinia'
import { computed } from 'vue'
import { without } from '@/domain/filters'
import {
  citedFacts,
  PLATFORM_FACT_IDS,
  platformGrowth,
  platformsByDistrict,
  platformsByKindLevel,
} from '@/domain/innovation'
import { collaborationNetwork } from '@/domain/innovationNetwork'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'
import { useSelectionStore } from './selection'

/** Largest number of nodes the collaboration network draws. */
export const NETWORK_LIMIT = 60

/** Selectors of the innovation view; each chart sees every filter except its own. */
export const useInnovationViewStore = defineStore('innovationView', () => {
  const data = useDataStore()
  const filters = useFiltersStore()
  const selection = useSelectionStore()
  const f = computed(() => filters.filters)
  const items = computed(() => data.datasets.platforms?.items ?? null)

  /** Enterprise names by id, built once per enterprises dataset. */
  const firmNames = computed(() => new Map((data.datasets.enterprises?.items ?? []).map((e) => [e.id, e.name])))

  const byKindLevel = computed(() =>
    items.value ? platformsByKindLevel(items.value, without(f.value, 'platformKind'), data.lastYear) : null,
  )
  const growth = computed(() =>
    items.value && data.meta ? platformGrowth(items.value, without(f.value, 'year'), data.meta.years) : null,
  )
  const byDistrict = computed(() =>
    items.value ? platformsByDistrict(items.value, without(f.value, 'district'), data.lastYear) : null,
  )
  const network = computed(() =>
    selection.platforms ? collaborationNetwork(selection.platforms, firmNames.value, NETWORK_LIMIT) : null,
  )
  const facts = computed(() => citedFacts(data.meta, PLATFORM_FACT_IDS, filters.view.lang))

  return { byKindLevel, growth, byDistrict, network, facts }
})
