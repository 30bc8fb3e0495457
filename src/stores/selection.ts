import { defineStore } from 'pinia'
import { computed, markRaw } from 'vue'
import { enterpriseCube, platformCube, talentCube, type CubeDef } from '@/domain/engine'
import type { KpiId } from '@/domain/kpis'
import type { Meta } from '@/domain/types'
import { useDataStore, type RecordSet } from './data'
import { useFiltersStore } from './filters'
import { serverSelection, useServerQueryStore } from './serverQuery'

/** A dataset's cube: the one the dataset worker built (transferred), else built here from the records. */
function cubeOf<Row, A>(def: CubeDef<Row, A>, set: RecordSet<Row> | null, meta: Meta | null) {
  if (!set) return null
  // markRaw: typed arrays and mutable fail bits, not reactive state.
  if (set.cube) return markRaw(def.fromTransferable(set.cube))
  return markRaw(def.fromRows(set.rows ?? set.table.rows(), { meta }))
}

/**
 * Derived, read-only selectors over the datasets and the filters, through the cross-filter
 * engine: each dataset becomes a cube once (src/domain/engine), then a filter change is one
 * pass per cube for every KPI and group-by the views show, each group-by ignoring its own filter.
 * Queries are synchronous; records are made only for what is read (`enterprises`, `platforms`).
 */
export const useSelectionStore = defineStore('selection', () => {
  const data = useDataStore()
  // Server mode: the same selectors, answered by the server (serverQuery.ts); no cube is built.
  if (data.config?.mode === 'server') return serverSelection(useServerQueryStore())
  const filters = useFiltersStore()
  const f = computed(() => filters.filters)

  const talentCubeOf = computed(() => cubeOf(talentCube, data.talent, data.meta))
  const firmCube = computed(() => cubeOf(enterpriseCube, data.enterprises, data.meta))
  const platformCubeOf = computed(() => cubeOf(platformCube, data.platforms, data.meta))

  /** Talent KPIs and group-bys; the same object while the filters select the same cells. */
  const talent = computed(() => talentCubeOf.value?.query(f.value, data.lastYear) ?? null)
  const firms = computed(() => firmCube.value?.query(f.value, data.lastYear) ?? null)
  const platformAgg = computed(() => platformCubeOf.value?.query(f.value, data.lastYear) ?? null)

  /** Indices of the firms and platforms passing every filter, ascending (map points, counts, top lists). */
  const enterpriseIndices = computed(() => firmCube.value?.matchingIndices(f.value, data.lastYear) ?? null)
  const platformIndices = computed(() => platformCubeOf.value?.matchingIndices(f.value, data.lastYear) ?? null)
  /** The firms and platforms passing every filter, as records (made on first read: lists, exports). */
  const enterprises = computed(() =>
    enterpriseIndices.value && data.enterprises ? data.enterprises.table.rows(enterpriseIndices.value) : null,
  )
  const platforms = computed(() =>
    platformIndices.value && data.platforms ? data.platforms.table.rows(platformIndices.value) : null,
  )
  /** Per firm, in the dataset's order: 1 when it passes every filter (the map's point mask); a new array only on change. */
  const enterpriseMask = computed(() => firmCube.value?.matchMask(f.value, data.lastYear) ?? null)
  /** Each firm's roll-up cell, and per cell whether it passes the filters: the heat layer filters by these. */
  const enterpriseCells = computed(() => firmCube.value?.recordCells ?? null)
  const enterpriseCellPass = computed(() => firmCube.value?.cellPass(f.value, data.lastYear) ?? null)

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

  return {
    talent,
    firms,
    platformAgg,
    enterpriseIndices,
    platformIndices,
    enterprises,
    enterpriseMask,
    enterpriseCells,
    enterpriseCellPass,
    platforms,
    kpis,
    talentByDistrict,
    pending,
  }
})
