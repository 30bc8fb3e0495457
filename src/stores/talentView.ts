import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { talentBy } from '@/domain/aggregate'
import { without, type FilterKey } from '@/domain/filters'
import { districtMetricValues, districtTalent, type DistrictMetric } from '@/domain/talentDistricts'
import { rowsInOrder, talentByYear } from '@/domain/talentStructure'
import { segmentGaps, sourceFlows } from '@/domain/talentSupply'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'

/** The chain the gap chart shows when no chain is selected. */
export const DEFAULT_GAP_CHAIN = 'lithium'

/** Selectors of the talent view: each chart's aggregate, filtered by every filter except its own. */
export const useTalentViewStore = defineStore('talentView', () => {
  const data = useDataStore()
  const filters = useFiltersStore()
  /** Map display choices (not filters, so not in the URL). */
  const metric = ref<DistrictMetric>('stock')
  const extruded = ref(false)

  const f = computed(() => filters.filters)
  const talent = computed(() => data.datasets.talent ?? null)
  const meta = computed(() => data.meta)

  function by(
    key: 'education' | 'talentType' | 'ageBand' | 'chain',
    ignore: FilterKey | undefined,
    ids: () => string[],
  ) {
    return computed(() => {
      if (!talent.value || !meta.value) return null
      return rowsInOrder(talentBy(talent.value.cells, key, without(f.value, ignore), data.lastYear), ids())
    })
  }

  const byEducation = by('education', 'education', () => meta.value?.educations.map((e) => e.id) ?? [])
  const byType = by('talentType', 'talentType', () => meta.value?.talentTypes.map((e) => e.id) ?? [])
  const byAge = by('ageBand', undefined, () => meta.value?.ageBands.map((e) => e.id) ?? [])
  const byChain = by('chain', 'chain', () => meta.value?.chains.map((e) => e.id) ?? [])

  const trend = computed(() =>
    talent.value && meta.value ? talentByYear(talent.value.cells, without(f.value, 'year'), meta.value.years) : null,
  )

  const districtStats = computed(() =>
    talent.value && meta.value
      ? districtTalent(talent.value.cells, without(f.value, 'district'), data.lastYear, meta.value.ageBands)
      : null,
  )
  /** The map's metric per district, not filtered by the district selection (shown as a highlight). */
  const districtValues = computed(() =>
    districtStats.value && meta.value
      ? districtMetricValues(districtStats.value, metric.value, meta.value.districts)
      : null,
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
