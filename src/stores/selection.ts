import { defineStore } from 'pinia'
import { computed, markRaw } from 'vue'
import { enterpriseCube, platformCube, talentCube } from '@/domain/engine'
import type { KpiId } from '@/domain/kpis'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'
import { serverSelection, useServerQueryStore } from './serverQuery'

/**
 * Derived, read-only selectors over the datasets and the filters, through the cross-filter
 * engine: each dataset becomes a cube once (src/domain/engine), then a filter change is one
 * pass per cube for every KPI and group-by the views show, each group-by ignoring its own filter.
 */
export const useSelectionStore = defineStore('selection', () => {
  const data = useDataStore()
  // Server mode: the same selectors, answered by the server (serverQuery.ts); no cube is built.
  if (data.config?.mode === 'server') return serverSelection(useServerQueryStore())
  const filters = useFiltersStore()
  const f = computed(() => filters.filters)
  const meta = computed(() => data.meta)
  const talentData = computed(() => data.datasets.talent ?? null)
  const firmItems = computed(() => data.datasets.enterprises?.items ?? null)
  const platformItems = computed(() => data.datasets.platforms?.items ?? null)

  // markRaw: typed arrays and mutable fail bits, not reactive state.
  const talentCubeOf = computed(() =>
    talentData.value ? markRaw(talentCube.fromRows(talentData.value.cells, { meta: meta.value })) : null,
  )
  const firmCube = computed(() =>
    firmItems.value ? markRaw(enterpriseCube.fromRows(firmItems.value, { meta: meta.value })) : null,
  )
  const platformCubeOf = computed(() =>
    platformItems.value ? markRaw(platformCube.fromRows(platformItems.value, { meta: meta.value })) : null,
  )

  /** Talent KPIs and group-bys; the same object while the filters select the same cells. */
  const talent = computed(() => talentCubeOf.value?.query(f.value, data.lastYear) ?? null)
  const firms = computed(() => firmCube.value?.query(f.value, data.lastYear) ?? null)
  const platformAgg = computed(() => platformCubeOf.value?.query(f.value, data.lastYear) ?? null)

  /** The firms and platforms passing every filter (map points, lists, exports). */
  const enterprises = computed(() => firmCube.value?.matching(f.value, data.lastYear) ?? null)
  const platforms = computed(() => platformCubeOf.value?.matching(f.value, data.lastYear) ?? null)
  /** Per firm, in the dataset's order: 1 when it passes every filter (the map's point mask); a new array only on change. */
  const enterpriseMask = computed(() => firmCube.value?.matchMask(f.value, data.lastYear) ?? null)

  /** KPI values; null where the dataset behind it is not available. */
  const kpis = computed<Record<KpiId, number | null>>(() => ({
    'talent-stock': talent.value?.stock ?? null,
    'talent-inflow': talent.value?.inflow ?? null,
    'enterprise-count': firms.value?.count ?? null,
    'platform-count': platformAgg.value?.count ?? null,
    'postdoc-count': platformAgg.value?.postdocs ?? null,
  }))

  /** Talent by district, not filtered by the district selection (it is shown as a highlight). */
  const talentByDistrict = computed(() => talent.value?.byDistrict ?? null)

  /** Whether an answer for the current filters is still to come (server mode only). */
  const pending = computed(() => false)

  return { talent, firms, platformAgg, enterprises, enterpriseMask, platforms, kpis, talentByDistrict, pending }
})
