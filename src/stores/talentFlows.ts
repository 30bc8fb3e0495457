import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { originFlows, originTotals } from '@/domain/talentFlows'
import { sourceFlows } from '@/domain/talentSupply'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'
import { useSelectionStore } from './selection'

/**
 * The talent map's flows from the origins of introduced talent to the districts (SPEC §6),
 * with two display choices that are not URL filters: whether the flows show, and the origin
 * they focus on (set from the map or the sources sankey alike, so both show the same).
 */
export const useTalentFlowsStore = defineStore('talentFlows', () => {
  const data = useDataStore()
  const filters = useFiltersStore()
  const selection = useSelectionStore()
  const shown = ref(true)
  /** The origin id both the map and the sankey narrow to; null = every origin. */
  const focus = ref<string | null>(null)

  const origins = computed(() => data.meta?.origins ?? [])
  /** Flows need origins in meta and sources naming them; without, the layer stays away. */
  const available = computed(() => {
    const ids = new Set(origins.value.map((o) => o.id))
    return ids.size > 0 && (data.talent?.sources.some((s) => ids.has(s.source)) ?? false)
  })
  /** Each district's talent inflow under every filter but the district one: the split of the city-wide sources. */
  const weights = computed(() => {
    const by = selection.talentByDistrict
    return new Map([...(by ?? [])].map(([adcode, v]) => [adcode, v.inflow]))
  })
  /** Origin → district flows under the filters (years, chain; the selected districts only). */
  const flows = computed(() => {
    const talent = data.talent
    if (!available.value || !talent) return []
    const f = filters.filters
    return originFlows(sourceFlows(talent.sources, f, data.lastYear), origins.value, weights.value, f.district)
  })
  const totals = computed(() => originTotals(flows.value, origins.value))

  /** A click on an origin (its flow, its dot, its sankey node) focuses it; a second click clears. */
  function toggleFocus(origin: string) {
    focus.value = focus.value === origin ? null : origin
  }

  return { shown, focus, origins, available, flows, totals, toggleFocus }
})
