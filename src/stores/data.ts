import { defineStore } from 'pinia'
import { computed, reactive, shallowRef } from 'vue'
import type { AppConfig } from '@/api/config'
import type { DatasetError, DropReport } from '@/api/load'
import { createApi } from '@/api/load'
import { latestYear } from '@/domain/aggregate'
import { convertDatasets, gcj02ToWgs84 } from '@/domain/geo'
import { combine, reconcilePoints, reconcileTalent } from '@/domain/reconcile'
import { DATASET_NAMES, type DatasetName, type Datasets } from '@/domain/types'

export type DatasetStatus = 'idle' | 'loading' | 'ready' | 'error'

type Api = ReturnType<typeof createApi>

/** Every dataset of one data version, validated, ready to swap in; or the datasets that failed as a whole. */
export type NextData =
  | { ok: true; raw: Partial<Datasets>; dropped: Partial<Record<DatasetName, DropReport>> }
  | { ok: false; errors: DatasetError[] }

/** The five datasets, each with its own status, error and dropped-record report. */
export const useDataStore = defineStore('data', () => {
  const config = shallowRef<AppConfig | null>(null)
  /** Datasets as validated by the schemas. */
  const raw = shallowRef<Partial<Datasets>>({})
  // One computed per dataset, so a dataset arriving does not redo the others' checks
  // (200k point-in-polygon tests at scale 50) or rebuild what depends on them.
  const rawMeta = computed(() => raw.value.meta)
  const rawBoundaries = computed(() => raw.value.boundaries)
  const rawTalent = computed(() => raw.value.talent)
  const rawEnterprises = computed(() => raw.value.enterprises)
  const rawPlatforms = computed(() => raw.value.platforms)
  const checkedTalent = computed(() => {
    const m = rawMeta.value
    return m && rawTalent.value ? reconcileTalent(m, rawTalent.value) : null
  })
  const checkedEnterprises = computed(() => {
    const m = rawMeta.value
    return m && rawEnterprises.value
      ? reconcilePoints('enterprises', m, rawBoundaries.value, rawEnterprises.value)
      : null
  })
  const checkedPlatforms = computed(() => {
    const m = rawMeta.value
    return m && rawPlatforms.value ? reconcilePoints('platforms', m, rawBoundaries.value, rawPlatforms.value) : null
  })
  /** Cross-checked against meta and the boundaries (unknown ids, points outside their district). */
  const reconciled = computed(() =>
    combine(raw.value, {
      talent: checkedTalent.value,
      enterprises: checkedEnterprises.value,
      platforms: checkedPlatforms.value,
    }),
  )
  const toBasemap = computed(() => (config.value?.basemap?.crs === 'wgs84' ? gcj02ToWgs84 : null))
  /** A checked dataset in the basemap's coordinate system, converted once per dataset. */
  function converted<K extends 'boundaries' | 'enterprises' | 'platforms'>(
    key: K,
    source: () => Datasets[K] | undefined,
  ) {
    return computed(() => {
      const d = source()
      const fn = toBasemap.value
      return d && fn ? convertDatasets({ [key]: d }, fn)[key] : d
    })
  }
  const boundaries = converted('boundaries', () => rawBoundaries.value)
  const enterprises = converted('enterprises', () => checkedEnterprises.value?.data ?? rawEnterprises.value)
  const platforms = converted('platforms', () => checkedPlatforms.value?.data ?? rawPlatforms.value)
  /**
   * What every view reads: in the basemap's coordinate system (the data is GCJ-02; a WGS-84
   * basemap gets every point and polygon converted so they sit right on its tiles).
   */
  const datasets = computed<Partial<Datasets>>(() =>
    dropUndefined({
      meta: rawMeta.value,
      boundaries: boundaries.value,
      talent: checkedTalent.value?.data ?? rawTalent.value,
      enterprises: enterprises.value,
      platforms: platforms.value,
    }),
  )
  const status = reactive<Record<DatasetName, DatasetStatus>>(
    Object.fromEntries(DATASET_NAMES.map((n) => [n, 'idle'])) as Record<DatasetName, DatasetStatus>,
  )
  const errors = shallowRef<Partial<Record<DatasetName, DatasetError>>>({})
  const dropped = shallowRef<Partial<Record<DatasetName, DropReport>>>({})
  let api: Api | null = null

  const meta = computed(() => datasets.value.meta ?? null)
  const settled = computed(() => DATASET_NAMES.every((n) => status[n] === 'ready' || status[n] === 'error'))
  const failed = computed(() => DATASET_NAMES.filter((n) => status[n] === 'error'))
  /** asOf's year: the default and upper bound of the year filter. Without meta, the talent data's latest year. */
  const lastYear = computed(() => {
    const m = meta.value
    if (m) return m.years.length ? Math.max(...m.years) : Number(m.asOf.slice(0, 4))
    return latestYear(datasets.value.talent?.cells ?? []) ?? new Date().getFullYear()
  })

  /** Every dropped record (schema and cross-checks), by reason. */
  const droppedByReason = computed(() => {
    const out: Record<string, number> = {}
    const add = (counts: Record<string, number> | undefined) => {
      for (const [reason, n] of Object.entries(counts ?? {})) out[reason] = (out[reason] ?? 0) + n
    }
    for (const name of DATASET_NAMES) {
      add(dropped.value[name]?.byReason)
      add(reconciled.value.dropped[name])
    }
    return out
  })
  const droppedTotal = computed(() => Object.values(droppedByReason.value).reduce((a, b) => a + b, 0))

  function init(cfg: AppConfig, factory: (c: AppConfig) => Api = createApi) {
    config.value = cfg
    api = factory(cfg)
  }

  async function load(name: DatasetName) {
    if (!api) throw new Error('data store used before init()')
    status[name] = 'loading'
    const result = await api.load(name)
    if (result.ok) {
      raw.value = { ...raw.value, [name]: result.data }
      dropped.value = { ...dropped.value, [name]: result.dropped }
      errors.value = omit(errors.value, name)
      if (result.dropped.total) console.warn(`[data] ${name}: ${result.dropped.total} records ignored`, result.dropped)
    } else {
      errors.value = { ...errors.value, [name]: result.error }
      console.error(`[data] ${name} failed:`, result.error.message)
    }
    status[name] = result.ok ? 'ready' : 'error'
  }

  function loadAll() {
    return Promise.all(DATASET_NAMES.map(load))
  }

  /** Loads data `version` off to the side (same path and validation); what is shown does not change. */
  async function loadNext(version: string): Promise<NextData> {
    const from = api
    if (!from) throw new Error('data store used before init()')
    const results = await Promise.all(DATASET_NAMES.map((name) => from.load(name, version)))
    const failed = results.flatMap((r) => (r.ok ? [] : [r.error]))
    if (failed.length) return { ok: false, errors: failed }
    const next: Extract<NextData, { ok: true }> = { ok: true, raw: {}, dropped: {} }
    DATASET_NAMES.forEach((name, i) => {
      const r = results[i]
      if (!r?.ok) return
      next.raw = { ...next.raw, [name]: r.data }
      next.dropped[name] = r.dropped
    })
    return next
  }

  /** Shows `next` at once: one assignment per ref in one tick, so no frame shows a mix or an empty panel. */
  function swapIn(next: Extract<NextData, { ok: true }>) {
    raw.value = next.raw
    dropped.value = next.dropped
    errors.value = {}
    for (const name of DATASET_NAMES) status[name] = 'ready'
  }

  return {
    config,
    raw,
    reconciled,
    datasets,
    status,
    errors,
    dropped,
    meta,
    settled,
    failed,
    droppedByReason,
    droppedTotal,
    lastYear,
    init,
    load,
    loadAll,
    loadNext,
    swapIn,
  }
})

/** Keys whose value is undefined are left out, as in a dataset map built key by key. */
function dropUndefined<T extends object>(o: T): T {
  const copy = { ...o }
  for (const k of Object.keys(copy) as (keyof T)[]) if (copy[k] === undefined) delete copy[k]
  return copy
}

function omit<T extends object>(o: T, key: keyof T): T {
  const copy = { ...o }
  delete copy[key]
  return copy
}
