import { defineStore } from 'pinia'
import { computed, markRaw } from 'vue'
import { enterpriseCube, platformCube, talentCube } from '@/domain/engine'
import type { Filters } from '@/domain/filters'
import type { KpiId } from '@/domain/kpis'
import { byName, nameMask } from '@/domain/search'
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
  const allFirms = computed(() => data.datasets.enterprises?.items ?? null)
  const allPlatforms = computed(() => data.datasets.platforms?.items ?? null)
  const q = computed(() => filters.filters.q)
  /**
   * The `q` filter: firms and platforms whose name has every term of the search text. The engine's
   * cubes roll records up by dimension and keep no names, so a search gets cubes of its own over the
   * named records (small, built per search); the whole-dataset cubes stay built for when it is cleared.
   */
  const namedFirms = computed(() => (allFirms.value && q.value ? byName(allFirms.value, q.value) : null))
  const namedPlatforms = computed(() => (allPlatforms.value && q.value ? byName(allPlatforms.value, q.value) : null))

  // markRaw: typed arrays and mutable fail bits, not reactive state.
  const talentCubeOf = computed(() =>
    talentData.value ? markRaw(talentCube.fromRows(talentData.value.cells, { meta: meta.value })) : null,
  )
  const allFirmCube = computed(() =>
    allFirms.value ? markRaw(enterpriseCube.fromRows(allFirms.value, { meta: meta.value })) : null,
  )
  const allPlatformCube = computed(() =>
    allPlatforms.value ? markRaw(platformCube.fromRows(allPlatforms.value, { meta: meta.value })) : null,
  )
  const firmCube = computed(() =>
    namedFirms.value ? markRaw(enterpriseCube.fromRows(namedFirms.value, { meta: meta.value })) : allFirmCube.value,
  )
  const platformCubeOf = computed(() =>
    namedPlatforms.value
      ? markRaw(platformCube.fromRows(namedPlatforms.value, { meta: meta.value }))
      : allPlatformCube.value,
  )

  /** Talent KPIs and group-bys; the same object while the filters select the same cells. */
  const talent = computed(() => talentCubeOf.value?.query(f.value, data.lastYear) ?? null)
  const firms = computed(() => firmCube.value?.query(f.value, data.lastYear) ?? null)
  const platformAgg = computed(() => platformCubeOf.value?.query(f.value, data.lastYear) ?? null)

  /** The firms and platforms passing every filter (map points, lists, exports). */
  const enterprises = computed(() => firmCube.value?.matching(f.value, data.lastYear) ?? null)
  const platforms = computed(() => platformCubeOf.value?.matching(f.value, data.lastYear) ?? null)
  /** Which firms have every term of `q` in their name, in the dataset's order (null without a search). */
  const firmNameMask = computed(() => (allFirms.value && q.value ? nameMask(allFirms.value, q.value) : null))
  /**
   * Per firm, in the whole dataset's order: 1 when it passes every filter (the map's point mask).
   * The whole-dataset cube's mask, and with a search also the name mask (the named cube's records
   * are a subset, in another order).
   */
  const enterpriseMask = computed(() => {
    const mask = allFirmCube.value?.matchMask(f.value, data.lastYear) ?? null
    const named = firmNameMask.value
    return mask && named ? mask.map((m, i) => m & (named[i] ?? 0)) : mask
  })

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

  /**
   * Every aggregate under another filter set (a column of the district comparison): the same cubes
   * queried once more. Called inside a computed, it tracks the cubes and the data year like the rest.
   */
  function aggregatesFor(g: Filters) {
    return {
      talent: talentCubeOf.value?.query(g, data.lastYear) ?? null,
      firms: firmCube.value?.query(g, data.lastYear) ?? null,
      platforms: platformCubeOf.value?.query(g, data.lastYear) ?? null,
    }
  }

  /** Whether an answer for the current filters is still to come (server mode only). */
  const pending = computed(() => false)

  return {
    talent,
    firms,
    platformAgg,
    enterprises,
    enterpriseMask,
    platforms,
    kpis,
    talentByDistrict,
    aggregatesFor,
    pending,
  }
})
