import { defineStore } from 'pinia'
import { computed } from 'vue'
import { talentBy } from '@/domain/aggregate'
import { without } from '@/domain/filters'
import { filterEnterprises, filterPlatforms, sumPostdocs, talentTotals, type KpiId } from '@/domain/kpis'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'

/** Derived, read-only selectors over the datasets and the filters. */
export const useSelectionStore = defineStore('selection', () => {
  const data = useDataStore()
  const filters = useFiltersStore()
  const f = computed(() => filters.filters)

  const talent = computed(() => data.datasets.talent ?? null)
  const enterprises = computed(() => {
    const items = data.datasets.enterprises?.items
    return items ? filterEnterprises(items, f.value, data.lastYear) : null
  })
  const platforms = computed(() => {
    const items = data.datasets.platforms?.items
    return items ? filterPlatforms(items, f.value, data.lastYear) : null
  })
  const talentTotalsNow = computed(() =>
    talent.value ? talentTotals(talent.value.cells, f.value, data.lastYear) : null,
  )

  /** KPI values; null where the dataset behind it is not available. */
  const kpis = computed<Record<KpiId, number | null>>(() => ({
    'talent-stock': talentTotalsNow.value?.stock ?? null,
    'talent-inflow': talentTotalsNow.value?.inflow ?? null,
    'enterprise-count': enterprises.value?.length ?? null,
    'platform-count': platforms.value?.length ?? null,
    'postdoc-count': platforms.value ? sumPostdocs(platforms.value) : null,
  }))

  /** Talent by district, not filtered by the district selection (it is shown as a highlight). */
  const talentByDistrict = computed(() =>
    talent.value ? talentBy(talent.value.cells, 'district', without(f.value, 'district'), data.lastYear) : null,
  )

  return { enterprises, platforms, kpis, talentByDistrict }
})
