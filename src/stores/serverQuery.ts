import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { ServerClient } from '@/api/serverClient'
import { filterParams } from '@/api/serverParams'
import type { EngineResult } from '@/api/serverWire'
import type { Filters } from '@/domain/filters'
import type { KpiId } from '@/domain/kpis'
import type { Enterprise, Platform } from '@/domain/types'
import { useDataStore } from './data'
import { useFiltersStore } from './filters'
import { useRefreshStore } from './refresh'

/**
 * Server mode (config.json `"mode": "server"`): the aggregates and the filtered lists come from
 * the server. Each filter change sends one request set; the latest wins and the one it
 * supersedes is aborted. The search text (`q`) narrows the firms and platforms here as in browser mode.
 */
export const useServerQueryStore = defineStore('serverQuery', () => {
  const data = useDataStore()
  const filters = useFiltersStore()
  // The client loads only in server mode (it is not part of the browser mode's bundle).
  let client: Promise<ServerClient> | null = null
  const getClient = () => {
    const config = data.config
    if (!config) throw new Error('server mode used before init()')
    client ??= import('@/api/serverClient').then((m) => m.createServerClient(config.apiBase, config.timeoutMs))
    return client
  }
  const result = shallowRef<EngineResult | null>(null)
  const enterprises = shallowRef<Enterprise[] | null>(null)
  const platforms = shallowRef<Platform[] | null>(null)
  const error = ref<string | null>(null)
  /** The filters of the answer shown (or of the last failure). */
  const settledKey = ref<string | null>(null)
  /** The filters to answer; null until meta (the ids the server validates against) is loaded. */
  const key = computed(() => (data.meta ? filterParams(filters.filters).toString() : null))
  /** A request for the current filters is under way (or about to start). */
  const pending = computed(() => key.value !== null && settledKey.value !== key.value)
  let inflight: AbortController | null = null

  /** `quiet` (a live refresh): a failure keeps the answer shown and only logs, as in browser mode. */
  async function run(k: string, quiet = false) {
    inflight?.abort()
    const ctl = new AbortController()
    inflight = ctl
    const f = filters.filters
    try {
      const c = await getClient()
      const [r, e, p] = await Promise.all([
        c.query(f, ctl.signal),
        c.list('enterprises', f, ctl.signal),
        c.list('platforms', f, ctl.signal),
      ])
      result.value = r
      enterprises.value = e
      platforms.value = p
      error.value = null
    } catch (e) {
      if (ctl.signal.aborted) return
      const message = e instanceof Error ? e.message : String(e)
      if (quiet) console.warn('[server] refresh query failed, keeping the last answer:', message)
      else {
        error.value = message
        console.error('[server] query failed:', message)
      }
    }
    settledKey.value = k
    if (inflight === ctl) inflight = null
  }

  watch(key, (k) => k !== null && void run(k), { immediate: true })
  // Live refresh (issue 19): every successful check of meta asks again for the filters shown.
  const refresh = useRefreshStore()
  watch(
    () => refresh.checks,
    () => key.value !== null && !pending.value && void run(key.value, true),
  )

  function retry() {
    if (key.value !== null) void run(key.value)
  }

  /**
   * A firm or platform by id, for the drawer when neither the loaded first page nor the filtered
   * list holds it (a point on the map of a province's data). A failure reads as "not found".
   */
  async function record(kind: 'enterprise' | 'platform', id: string): Promise<Enterprise | Platform | null> {
    try {
      const c = await getClient()
      return await c.one(kind === 'enterprise' ? 'enterprises' : 'platforms', id, new AbortController().signal)
    } catch (e) {
      console.warn('[server] record lookup failed:', e instanceof Error ? e.message : String(e))
      return null
    }
  }

  return { result, enterprises, platforms, error, pending, retry, record }
})

/** The selection store's selectors over the server's answers (same names and types as the local engine's). */
export function serverSelection(server: ReturnType<typeof useServerQueryStore>) {
  const talent = computed(() => server.result?.talent ?? null)
  return {
    talent,
    firms: computed(() => server.result?.enterprises ?? null),
    platformAgg: computed(() => server.result?.platforms ?? null),
    /** No local dataset to index: the lists below are the selection. */
    enterpriseIndices: computed<Uint32Array | null>(() => null),
    platformIndices: computed<Uint32Array | null>(() => null),
    enterprises: computed(() => server.enterprises),
    /** The map's firm points come from the server's tiles: no mask over a local dataset. */
    enterpriseMask: computed<Uint8Array | null>(() => null),
    enterpriseCells: computed<Uint32Array | null>(() => null),
    enterpriseCellPass: computed<Uint8Array | null>(() => null),
    enterpriseNamed: computed<Uint32Array | null>(() => null),
    platforms: computed(() => server.platforms),
    kpis: computed<Record<KpiId, number | null>>(
      () =>
        server.result?.kpis ?? {
          'talent-stock': null,
          'talent-inflow': null,
          'enterprise-count': null,
          'platform-count': null,
          'postdoc-count': null,
        },
    ),
    talentByDistrict: computed(() => talent.value?.byDistrict ?? null),
    /** The district comparison's columns: the server answers the current filters only, so none (shown as unavailable). */
    aggregatesFor: (_: Filters) => ({ talent: null, firms: null, platforms: null }),
    pending: computed(() => server.pending),
  }
}
