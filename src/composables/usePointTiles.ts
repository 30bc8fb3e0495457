import { addProtocol, removeProtocol } from 'maplibre-gl'
import { computed, onBeforeUnmount, ref, watch, type Ref } from 'vue'
import type { PointSet, TileMode } from '@/map/pointTiles'
import type { TileWorkerMessage } from '@/workers/tiles.worker'

let protocols = 0

/**
 * One owner of one point tile worker (src/workers/tiles.worker.ts) and the MapLibre protocol that asks it
 * for tiles: the points go to the worker once, each new selection mask as one small message, and
 * `tiles` is the URL template for the vector source — it changes with the mask and the mode, which makes
 * MapLibre fetch the visible tiles again (and nothing else). All removed on unmount.
 */
export function usePointTiles(points: Ref<PointSet | null>, mask: Ref<Uint8Array | null>, mode: Ref<TileMode>) {
  const protocol = `points${++protocols}`
  const version = ref(0)
  const pending = new Map<number, (data: ArrayBuffer) => void>()
  let worker: Worker | null = null
  let next = 0

  function post(msg: TileWorkerMessage) {
    if (!worker) {
      worker = new Worker(new URL('../workers/tiles.worker.ts', import.meta.url), { type: 'module' })
      worker.onmessage = (e: MessageEvent<{ id: number; data: ArrayBuffer }>) => {
        pending.get(e.data.id)?.(e.data.data)
        pending.delete(e.data.id)
      }
    }
    worker.postMessage(msg)
  }

  addProtocol(protocol, (params) => {
    // `${protocol}://${version}/${mode}/${z}/${x}/${y}`
    const [, , , m, z, x, y] = params.url.split('/')
    const id = ++next
    return new Promise((resolve) => {
      pending.set(id, (data) => resolve({ data }))
      post({ type: 'tile', id, z: Number(z), x: Number(x), y: Number(y), mode: m === 'heat' ? 'heat' : 'clusters' })
    })
  })

  watch(
    points,
    (p) => {
      if (!p) return
      post({ type: 'points', points: p })
      version.value++
    },
    { immediate: true },
  )
  watch(
    mask,
    (m) => {
      post({ type: 'mask', mask: m })
      version.value++
    },
    { immediate: true },
  )

  onBeforeUnmount(() => {
    removeProtocol(protocol)
    worker?.terminate()
    worker = null
    // MapLibre has dropped its requests with the source; answer any still waiting with an empty tile.
    for (const resolve of pending.values()) resolve(new ArrayBuffer(0))
    pending.clear()
  })

  const tiles = computed(() => `${protocol}://${version.value}/${mode.value}/{z}/{x}/{y}`)
  return { tiles }
}
