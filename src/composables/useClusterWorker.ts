import type { GeoJSONSource, Map as MapLibre } from 'maplibre-gl'
import { onBeforeUnmount, watch, type Ref } from 'vue'
import { clusterClient, paddedBBox, type ClusterClient, type FirmPoints } from '@/map/clusterClient'

/** Quiet time after the last move before the viewport is asked for again. */
const MOVE_DEBOUNCE_MS = 120

export interface ClusterWorkerInput {
  /** The map while the component's sources are on it. */
  map: Ref<MapLibre | undefined>
  /** Whether the worker path draws now (large data, cluster mode, not server mode). */
  active: Ref<boolean>
  /** The firm dataset (its identity: a new one means new points). */
  table: Ref<unknown>
  /** The firms' positions, chains and cells (a new object per dataset), read only when they are sent. */
  points: Ref<FirmPoints | null>
  pass: Ref<Uint8Array | null>
  named: Ref<ArrayLike<number> | null>
  /** The plain source the answers go to. */
  source: string
}

/**
 * The cluster worker of one MapEnterprises (large datasets): started the first time the path is active,
 * sent the points once per dataset and each filter outcome, asked for the viewport (plus a margin) after
 * each filter change and map move (debounced); its answers are set on `source`. Terminated on unmount.
 */
export function useClusterWorker(input: ClusterWorkerInput) {
  let worker: Worker | null = null
  let client: ClusterClient | null = null
  let sentPoints: FirmPoints | null = null
  let sentFilter: [Uint8Array | null, ArrayLike<number> | null] | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  /** The view last asked for: a 'moveend' that leaves it as it was (a pixel-ratio change) asks nothing. */
  let asked = ''
  const viewKey = (m: MapLibre) => `${m.getZoom()} ${m.getBounds().toArray().join()}`

  function start(): ClusterClient {
    worker = new Worker(new URL('../workers/cluster.worker.ts', import.meta.url), { type: 'module' })
    return clusterClient(worker, (data) => {
      void input.map.value?.getSource<GeoJSONSource>(input.source)?.setData(data)
    })
  }

  function askView() {
    clearTimeout(timer)
    const m = input.map.value
    if (!client || !m || !input.active.value) return
    const b = m.getBounds()
    asked = viewKey(m)
    client.view(paddedBBox(b.getWest(), b.getSouth(), b.getEast(), b.getNorth()), m.getZoom())
  }

  const onMove = () => {
    const m = input.map.value
    if (m && viewKey(m) === asked) return
    clearTimeout(timer)
    timer = setTimeout(askView, MOVE_DEBOUNCE_MS)
  }

  /**
   * Sends what changed in a task of its own: the points (a copy of every firm's position, cell and chain)
   * are made and cloned after the task that brought the data, not in it.
   */
  let syncing: ReturnType<typeof setTimeout> | undefined
  function sync() {
    const points = input.points.value
    if (!input.active.value || !points) return
    client ??= start()
    if (points !== sentPoints) {
      client.points((sentPoints = points))
      sentFilter = null
    }
    const pass = input.pass.value
    const named = input.named.value
    if (sentFilter?.[0] !== pass || sentFilter[1] !== named) client.filter(...(sentFilter = [pass, named]))
    askView()
  }

  watch([input.active, input.table, input.pass, input.named, input.map], () => {
    clearTimeout(syncing)
    syncing = setTimeout(sync, 0)
  })

  watch(
    input.map,
    (m, old) => {
      old?.off('moveend', onMove)
      m?.on('moveend', onMove)
    },
    { immediate: true },
  )

  onBeforeUnmount(() => {
    clearTimeout(timer)
    clearTimeout(syncing)
    input.map.value?.off('moveend', onMove)
    worker?.terminate()
    worker = client = null
  })

  return {
    /** The zoom where a cluster of the worker's answer splits (null once a newer filter replaced it). */
    expansionZoom: (clusterId: number) => client?.expansionZoom(clusterId) ?? Promise.resolve(null),
  }
}
