import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { yearRows } from '@/domain/engine'
import { without } from '@/domain/filters'
import { districtMetricValues, type DistrictMetric } from '@/domain/talentDistricts'
import { rowsInOrder } from '@/domain/talentStructure'
import { segmentGaps, sourceFlows } from '@/domain/talentSupply'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'
import { useSelectionStore } from './selection'

/** The chain the gap chart shows when no chain is selected. */
export const DEFAULT_GAP_CHAIN = 'lithium'

/** Selectors of the talent view: each chart's aggregate, filtered by every filter except its own. */
export const useTalentViewStore = defineStore('talentView', () => {
  const data = useDataStore()
  const filters = useFiltersStore()
  const selection = useSelectionStore()
  /** The map's metric: view state in the URL (`metric=`), so a link keeps it; it filters nothing. */
  const metric = computed<DistrictMetric>({
    get: () => filters.view.metric,
    set: (m) => filters.setView({ metric: m }),
  })
  /** A display choice that stays out of the URL. */
  const extruded = ref(false)

  const f = computed(() => filters.filters)
  const talent = computed(() => data.talent)
  const meta = computed(() => data.meta)
  /** The engine's talent group-bys (each ignores its own filter). */
  const agg = computed(() => (meta.value ? selection.talent : null))

  const byEducation = computed(() => agg.value && rowsInOrder(agg.value.byEducation, ids(meta.value?.educations)))
  const byType = computed(() => agg.value && rowsInOrder(agg.value.byTalentType, ids(meta.value?.talentTypes)))
  const byAge = computed(() => agg.value && rowsInOrder(agg.value.byAgeBand, ids(meta.value?.ageBands)))
  const byChain = computed(() => agg.value && rowsInOrder(agg.value.byChain, ids(meta.value?.chains)))

  /** Stock and inflow of every year, not filtered by the year range (shown as a highlight). */
  const trend = computed(() => (agg.value && meta.value ? yearRows(agg.value.byYear, meta.value.years) : null))

  /** The map's metric per district, not filtered by the district selection (shown as a highlight). */
  const districtValues = computed(() =>
    agg.value && meta.value ? districtMetricValues(agg.value.byDistrict, metric.value, meta.value.districts) : null,
  )

  const gapChain = computed(() => {
    const id = f.value.chain ?? DEFAULT_GAP_CHAIN
    return meta.value?.chains.find((c) => c.id === id) ?? null
  })
  const gaps = computed(() =>
    talent.value && gapChain.value
      ? segmentGaps(talent.value.demand, without(f.value, 'segment'), gapChain.value, data.lastYear)
      : null,
  )

  const sources = computed(() =>
    talent.value ? sourceFlows(talent.value.sources, without(f.value, 'chain'), data.lastYear) : null,
  )

  return { metric, extruded, byEducation, byType, byAge, byChain, trend, districtValues, gapChain, gaps, sources }
})

function ids(list: readonly { id: string }[] | undefined): string[] {
  return list?.map((x) => x.id) ?? []
}
