import { defineStore } from 'pinia'
import { computed, markRaw } from 'vue'
import { enterpriseCube, platformCube, talentCube, type CubeDef } from '@/domain/engine'
import type { Filters } from '@/domain/filters'
import type { KpiId } from '@/domain/kpis'
import { nameMask, namedIndices } from '@/domain/search'
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
  const q = computed(() => filters.filters.q)

  const talentCubeOf = computed(() => cubeOf(talentCube, data.talent, data.meta))
  const allFirmCube = computed(() => cubeOf(enterpriseCube, data.enterprises, data.meta))
  const allPlatformCube = computed(() => cubeOf(platformCube, data.platforms, data.meta))

  /**
   * The `q` filter: firms and platforms whose name has every term of the search text, as indices into
   * the whole dataset (ascending; null without a search), read from the name column. The cubes roll
   * records up by dimension and keep no names, so a search gets cubes of its own over the named records
   * (small, built per search, records made for those only); the whole-dataset cubes stay for when it is cleared.
   */
  const namedFirms = computed(() =>
    data.enterprises && q.value ? namedIndices(data.enterprises.table.strings('name'), q.value) : null,
  )
  const namedPlatforms = computed(() =>
    data.platforms && q.value ? namedIndices(data.platforms.table.strings('name'), q.value) : null,
  )
  const firmCube = computed(() =>
    data.enterprises && namedFirms.value
      ? markRaw(enterpriseCube.fromRows(data.enterprises.table.rows(namedFirms.value), { meta: data.meta }))
      : allFirmCube.value,
  )
  const platformCubeOf = computed(() =>
    data.platforms && namedPlatforms.value
      ? markRaw(platformCube.fromRows(data.platforms.table.rows(namedPlatforms.value), { meta: data.meta }))
      : allPlatformCube.value,
  )

  /** Talent KPIs and group-bys; the same object while the filters select the same cells. */
  const talent = computed(() => talentCubeOf.value?.query(f.value, data.lastYear) ?? null)
  const firms = computed(() => firmCube.value?.query(f.value, data.lastYear) ?? null)
  const platformAgg = computed(() => platformCubeOf.value?.query(f.value, data.lastYear) ?? null)

  // The cubes keep an answer while the filters select the same records; so do these, keyed by it.
  const mapped = new WeakMap<Uint32Array, Uint32Array>()
  /** The whole dataset's indices of what a cube matched: a named cube's indices go through its names. */
  function wholeIndices(matched: Uint32Array | undefined, named: Uint32Array | null): Uint32Array | null {
    if (!matched || !named) return matched ?? null
    let out = mapped.get(matched)
    if (!out) mapped.set(matched, (out = matched.map((i) => named[i] as number)))
    return out
  }
  /** Indices of the firms and platforms passing every filter, ascending (map points, counts, top lists). */
  const enterpriseIndices = computed(() =>
    wholeIndices(firmCube.value?.matchingIndices(f.value, data.lastYear), namedFirms.value),
  )
  const platformIndices = computed(() =>
    wholeIndices(platformCubeOf.value?.matchingIndices(f.value, data.lastYear), namedPlatforms.value),
  )
  /** The firms and platforms passing every filter, as records (made on first read: lists, exports). */
  const enterprises = computed(() =>
    enterpriseIndices.value && data.enterprises ? data.enterprises.table.rows(enterpriseIndices.value) : null,
  )
  const platforms = computed(() =>
    platformIndices.value && data.platforms ? data.platforms.table.rows(platformIndices.value) : null,
  )
  /** Which firms have every term of `q` in their name, in the dataset's order (null without a search). */
  const firmNameMask = computed(() =>
    data.enterprises && q.value ? nameMask(data.enterprises.table.strings('name'), q.value) : null,
  )
  /**
   * Per firm, in the whole dataset's order: 1 when it passes every filter (the map's point mask); a new
   * array only on change. The whole-dataset cube's mask, and with a search also the name mask.
   */
  const masked = new WeakMap<Uint8Array, { named: Uint8Array; out: Uint8Array }>()
  const enterpriseMask = computed(() => {
    const mask = allFirmCube.value?.matchMask(f.value, data.lastYear) ?? null
    const named = firmNameMask.value
    if (!mask || !named) return mask
    let hit = masked.get(mask)
    if (hit?.named !== named) masked.set(mask, (hit = { named, out: mask.map((m, i) => m & (named[i] ?? 0)) }))
    return hit.out
  })
  /**
   * Each firm's roll-up cell in the whole-dataset cube, per cell whether it passes the filters, and the
   * firms a search names (null without one): the heat layer filters by these, its points sent once.
   */
  const enterpriseCells = computed(() => allFirmCube.value?.recordCells ?? null)
  const enterpriseCellPass = computed(() => allFirmCube.value?.cellPass(f.value, data.lastYear) ?? null)
  const enterpriseNamed = computed(() => namedFirms.value)

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
    enterpriseIndices,
    platformIndices,
    enterprises,
    enterpriseMask,
    enterpriseCells,
    enterpriseCellPass,
    enterpriseNamed,
    platforms,
    kpis,
    talentByDistrict,
    aggregatesFor,
    pending,
  }
})
