import { defineStore } from 'pinia'
import { computed, reactive, shallowRef, watch } from 'vue'
import { ARROW_DATASETS, isArrowDataset, type ArrowDataset } from '@/api/arrow/layout'
import type { ColumnarData, ColumnarRequest, ColumnarResult, DatasetContext } from '@/api/columnar'
import type { AppConfig } from '@/api/config'
import { defaultColumnarLoader, type ColumnarLoader } from '@/api/datasetWorker'
import type { DatasetError, DropReport, LoadResult } from '@/api/load'
import { createApi } from '@/api/load'
import { latestYear } from '@/domain/aggregate'
import type { CubeState } from '@/domain/engine'
import { convertDatasets, gcj02ToWgs84 } from '@/domain/geo'
import { combine, reconcilePoints, reconcileTalent } from '@/domain/reconcile'
import { frameTable, rowTable, type PointTable } from '@/domain/records'
import {
  DATASET_NAMES,
  type DatasetName,
  type Datasets,
  type DemandRow,
  type Enterprise,
  type Platform,
  type TalentCell,
  type TalentSourceRow,
} from '@/domain/types'

export type DatasetStatus = 'idle' | 'loading' | 'ready' | 'error'

type Api = ReturnType<typeof createApi>

/** A record dataset as the page holds it: records by index, and its cube if the worker built one. */
export interface RecordSet<Row> {
  table: PointTable<Row>
  /** Built in the dataset worker; null: the selection builds it from `rows`. */
  cube: CubeState | null
  /** The records as objects, where the page has them so (JSON read on the page, tests). */
  rows: readonly Row[] | null
}

export interface TalentSet extends RecordSet<TalentCell> {
  demand: readonly DemandRow[]
  sources: readonly TalentSourceRow[]
}

/** What loading one dataset gave, before it is applied to the store (see `fetchDataset`). */
export type Fetched =
  { name: DatasetName; result: LoadResult<DatasetName> } | { name: ArrowDataset; columnar: ColumnarResult }

function talentFromColumns(c: ColumnarData): TalentSet {
  const cells = c.tables.cells
  const demand = c.tables.demand
  const sources = c.tables.sources
  return {
    table: cells ? frameTable<TalentCell>(cells) : rowTable<TalentCell>([]),
    cube: c.cube,
    rows: null,
    demand: demand ? frameTable<DemandRow>(demand).rows() : [],
    sources: sources ? frameTable<TalentSourceRow>(sources).rows() : [],
  }
}

function pointsFromColumns<Row>(c: ColumnarData): RecordSet<Row> {
  const items = c.tables.items
  return { table: items ? frameTable<Row>(items) : rowTable<Row>([]), cube: c.cube, rows: null }
}

/**
 * Every dataset of one data version, validated, ready to swap in; or the datasets that failed as a whole.
 * `raw` holds what was validated on the page, `columnar` the record datasets the dataset worker built.
 */
export type NextData =
  | {
      ok: true
      raw: Partial<Datasets>
      columnar: Partial<Record<ArrowDataset, ColumnarData>>
      dropped: Partial<Record<DatasetName, DropReport>>
    }
  | { ok: false; errors: DatasetError[] }

/** The five datasets, each with its own status, error and dropped-record report. */
export const useDataStore = defineStore('data', () => {
  const config = shallowRef<AppConfig | null>(null)
  /** Datasets as validated on the page (meta, boundaries; the record datasets without a worker). */
  const raw = shallowRef<Partial<Datasets>>({})
  /** Record datasets loaded, checked and built by the dataset worker, in columns. */
  const columnar = shallowRef<Partial<Record<ArrowDataset, ColumnarData>>>({})
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
  const firmRows = converted('enterprises', () => checkedEnterprises.value?.data ?? rawEnterprises.value)
  const platformRows = converted('platforms', () => checkedPlatforms.value?.data ?? rawPlatforms.value)

  /** Talent cells (by index), demand and source rows; the worker's columns, else the page's records. */
  const talent = computed<TalentSet | null>(() => {
    const c = columnar.value.talent
    if (c) return talentFromColumns(c)
    const t = checkedTalent.value?.data ?? rawTalent.value
    return t ? { table: rowTable(t.cells), cube: null, rows: t.cells, demand: t.demand, sources: t.sources } : null
  })
  /** Firms by index, in the basemap's coordinate system. */
  const enterprises = computed<RecordSet<Enterprise> | null>(() => {
    const c = columnar.value.enterprises
    if (c) return pointsFromColumns<Enterprise>(c)
    const items = firmRows.value?.items
    return items ? { table: rowTable(items), cube: null, rows: items } : null
  })
  const platforms = computed<RecordSet<Platform> | null>(() => {
    const c = columnar.value.platforms
    if (c) return pointsFromColumns<Platform>(c)
    const items = platformRows.value?.items
    return items ? { table: rowTable(items), cube: null, rows: items } : null
  })
  /**
   * Meta and the boundaries, in the basemap's coordinate system (the data is GCJ-02; a WGS-84 basemap
   * gets every polygon converted so they sit right on its tiles). The record datasets: `talent`,
   * `enterprises`, `platforms`.
   */
  const datasets = computed<Partial<Pick<Datasets, 'meta' | 'boundaries'>>>(() =>
    dropUndefined({ meta: rawMeta.value, boundaries: boundaries.value }),
  )
  const status = reactive<Record<DatasetName, DatasetStatus>>(
    Object.fromEntries(DATASET_NAMES.map((n) => [n, 'idle'])) as Record<DatasetName, DatasetStatus>,
  )
  const errors = shallowRef<Partial<Record<DatasetName, DatasetError>>>({})
  const dropped = shallowRef<Partial<Record<DatasetName, DropReport>>>({})
  let api: Api | null = null
  let loadColumns: ColumnarLoader | null = null

  const meta = computed(() => datasets.value.meta ?? null)
  const settled = computed(() => DATASET_NAMES.every((n) => status[n] === 'ready' || status[n] === 'error'))
  const failed = computed(() => DATASET_NAMES.filter((n) => status[n] === 'error'))
  /** asOf's year: the default and upper bound of the year filter. Without meta, the talent data's latest year. */
  const lastYear = computed(() => {
    const m = meta.value
    if (m) return m.years.length ? Math.max(...m.years) : Number(m.asOf.slice(0, 4))
    const t = talent.value
    const last = t?.rows ? latestYear(t.rows) : t?.table.length ? Math.max(...new Set(t.table.numbers('year'))) : null
    return last ?? new Date().getFullYear()
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
  /** Firms and platforms dropped because their point lies outside their district. */
  const outside = computed(() => droppedByReason.value['outside-district'] ?? 0)
  /** Records loaded (kept) over every dataset. */
  const recordCount = computed(
    () =>
      (talent.value ? talent.value.table.length + talent.value.demand.length + talent.value.sources.length : 0) +
      (enterprises.value?.table.length ?? 0) +
      (platforms.value?.table.length ?? 0),
  )

  function init(
    cfg: AppConfig,
    factory: (c: AppConfig) => Api = createApi,
    columns: ColumnarLoader | null = defaultColumnarLoader(),
  ) {
    config.value = cfg
    api = factory(cfg)
    // Server mode loads its pages of records through `factory`'s API: no dataset worker there.
    loadColumns = cfg.mode === 'server' ? null : columns
  }

  /** Resolves once meta and the boundaries have settled, with what they gave (the worker's checks need them). */
  function currentContext(): Promise<DatasetContext> {
    return new Promise((resolve) => {
      const stop = watch(
        () => (['meta', 'boundaries'] as const).every((n) => status[n] === 'ready' || status[n] === 'error'),
        (done) => {
          if (!done) return
          queueMicrotask(() => stop())
          resolve({ meta: raw.value.meta ?? null, boundaries: raw.value.boundaries ?? null })
        },
        { immediate: true },
      )
    })
  }

  function columnarRequest(name: ArrowDataset, cfg: AppConfig, version?: string): ColumnarRequest {
    const base = typeof document === 'undefined' ? cfg.apiBase : new URL(cfg.apiBase, document.baseURI).href
    return {
      dataset: name,
      apiBase: base,
      format: cfg.format,
      timeoutMs: cfg.timeoutMs,
      crs: cfg.basemap?.crs === 'wgs84' ? 'wgs84' : 'gcj02',
      version,
    }
  }

  /**
   * Loads, validates and builds one dataset without touching the store: a refresh can fetch every
   * dataset anew and `apply` the results when they are all in. Record datasets go to the dataset
   * worker when there is one (`context`: meta and the boundaries to check against; default: the
   * store's, once settled).
   */
  async function fetchDataset(
    name: DatasetName,
    context?: Promise<DatasetContext>,
    version?: string,
  ): Promise<Fetched> {
    if (!api) throw new Error('data store used before init()')
    if (loadColumns && config.value && isArrowDataset(name)) {
      const request = columnarRequest(name, config.value, version)
      return { name, columnar: await loadColumns(request, context ?? currentContext()) }
    }
    return { name, result: await api.load(name, version) }
  }

  /** Makes a fetched dataset the store's (or records why it failed). */
  function apply(fetched: Fetched) {
    const { name } = fetched
    const result = 'columnar' in fetched ? fetched.columnar : fetched.result
    if (result.ok) {
      if ('columnar' in fetched && fetched.columnar.ok) {
        columnar.value = { ...columnar.value, [name]: fetched.columnar.data }
        raw.value = omit(raw.value, name)
      } else if ('result' in fetched && fetched.result.ok) {
        raw.value = { ...raw.value, [name]: fetched.result.data }
        if (isArrowDataset(name)) columnar.value = omit(columnar.value, name)
      }
      dropped.value = { ...dropped.value, [name]: result.dropped }
      errors.value = omit(errors.value, name)
      if (result.dropped.total) console.warn(`[data] ${name}: ${result.dropped.total} records ignored`, result.dropped)
    } else {
      errors.value = { ...errors.value, [name]: result.error }
      console.error(`[data] ${name} failed:`, result.error.message)
    }
    status[name] = result.ok ? 'ready' : 'error'
  }

  async function load(name: DatasetName) {
    status[name] = 'loading'
    const fetched = await fetchDataset(name)
    apply(fetched)
    if (fetched.name === 'meta' || fetched.name === 'boundaries') recheck(fetched.name)
  }

  /** Meta or the boundaries arrived after a record dataset was checked without them (a retry): check it again. */
  function recheck(name: 'meta' | 'boundaries') {
    if (status[name] !== 'ready') return
    for (const [dataset, data] of Object.entries(columnar.value) as [ArrowDataset, ColumnarData][]) {
      if (status[dataset] === 'ready' && !data.checked[name]) void load(dataset)
    }
  }

  function loadAll() {
    return Promise.all(DATASET_NAMES.map(load))
  }

  /** Loads data `version` off to the side (same path and validation); what is shown does not change. */
  async function loadNext(version: string): Promise<NextData> {
    const from = api
    if (!from) throw new Error('data store used before init()')
    const meta = from.load('meta', version)
    const boundaries = from.load('boundaries', version)
    // The record datasets start at once; the worker checks them against this version's meta and boundaries.
    const context = Promise.all([meta, boundaries]).then(([m, b]) => ({
      meta: m.ok ? m.data : null,
      boundaries: b.ok ? b.data : null,
    }))
    const fetched: Fetched[] = await Promise.all([
      meta.then((result) => ({ name: 'meta' as const, result })),
      boundaries.then((result) => ({ name: 'boundaries' as const, result })),
      ...ARROW_DATASETS.map((name) => fetchDataset(name, context, version)),
    ])
    const failed = fetched.flatMap((f) => {
      const r = 'columnar' in f ? f.columnar : f.result
      return r.ok ? [] : [r.error]
    })
    if (failed.length) return { ok: false, errors: failed }
    const next: Extract<NextData, { ok: true }> = { ok: true, raw: {}, columnar: {}, dropped: {} }
    for (const f of fetched) {
      if ('columnar' in f && f.columnar.ok) next.columnar[f.name] = f.columnar.data
      if ('result' in f && f.result.ok) next.raw = { ...next.raw, [f.name]: f.result.data }
      const r = 'columnar' in f ? f.columnar : f.result
      if (r.ok) next.dropped[f.name] = r.dropped
    }
    return next
  }

  /** Shows `next` at once: one assignment per ref in one tick, so no frame shows a mix or an empty panel. */
  function swapIn(next: Extract<NextData, { ok: true }>) {
    raw.value = next.raw
    columnar.value = next.columnar
    dropped.value = next.dropped
    errors.value = {}
    for (const name of DATASET_NAMES) status[name] = 'ready'
  }

  return {
    config,
    raw,
    columnar,
    reconciled,
    datasets,
    talent,
    enterprises,
    platforms,
    status,
    errors,
    dropped,
    meta,
    settled,
    failed,
    droppedByReason,
    droppedTotal,
    outside,
    recordCount,
    lastYear,
    init,
    fetchDataset,
    apply,
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

function omit<T extends object>(o: T, key: PropertyKey): T {
  const copy = { ...o }
  delete copy[key as keyof T]
  return copy
}
