import type { LayerSpecification, Map as MapLibre, MapLayerMouseEvent, SourceSpecification } from 'maplibre-gl'
import { onBeforeUnmount, shallowRef, watch } from 'vue'
import { beforeIdOf } from '@/map/order'
import { useMapContext } from './useMapLibre'
import { usePauseWhileCached } from './usePauseWhileCached'

/** A pointer handler on some of the component's layers (one event for them all). */
export type LayerEvent = [
  type: 'click' | 'mousemove' | 'mouseleave',
  layers: string[],
  handler: (e: MapLayerMouseEvent) => void,
]

export interface MapLayerDef {
  /** Added once the map has loaded, before the layers. */
  sources: Record<string, SourceSpecification>
  /** Built when added; each goes to its place in the declared z-order (src/map/order.ts). */
  layers: () => LayerSpecification[]
  events?: readonly LayerEvent[]
}

/**
 * The sources, layers and pointer handlers of one layer component inside a MapView: added once
 * the map has loaded, every layer placed against the declared z-order's anchors, all removed on
 * unmount. `map` is the map while they are on it, for the component's own updates; `place`
 * (re-)adds one of its layers at its declared place, e.g. to read another source. While the view is
 * cached (App.vue's KeepAlive), the component's updates wait (usePauseWhileCached) and run once on return.
 */
export function useMapLayer(def: MapLayerDef) {
  const ctx = useMapContext()
  const map = shallowRef<MapLibre>()
  const placed = new Set<string>()
  usePauseWhileCached()

  function place(m: MapLibre, spec: LayerSpecification) {
    if (m.getLayer(spec.id)) m.removeLayer(spec.id)
    m.addLayer(
      spec,
      beforeIdOf(spec.id, (id) => !!m.getLayer(id)),
    )
    placed.add(spec.id)
  }

  function add(m: MapLibre) {
    for (const [id, source] of Object.entries(def.sources)) m.addSource(id, source)
    for (const spec of def.layers()) place(m, spec)
    for (const [type, layers, fn] of def.events ?? []) m.on(type, layers, fn)
    map.value = m
  }

  /**
   * Each layer component adds its sources and layers in a task of its own: MapLibre validates every layer
   * against the whole style as it is added, and all of a view's layers at once were one 100–200 ms task at
   * the map's load. The map context counts the adds still waiting (`data-loaded` waits for them).
   */
  let waiting: ReturnType<typeof setTimeout> | undefined
  function cancelWait() {
    if (waiting === undefined) return
    clearTimeout(waiting)
    waiting = undefined
    ctx.adding.value--
  }

  watch(
    () => (ctx.loaded.value ? ctx.map.value : undefined),
    (m) => {
      cancelWait()
      if (m && m !== map.value) {
        ctx.adding.value++
        waiting = setTimeout(() => {
          waiting = undefined
          ctx.adding.value--
          if (ctx.loaded.value && ctx.map.value === m) add(m)
        }, 0)
      }
      if (!m) map.value = undefined
    },
    { immediate: true },
  )

  onBeforeUnmount(() => {
    cancelWait()
    const m = map.value
    map.value = undefined
    // A MapView unmounting removes its map first, and everything on it with it.
    if (!m || m !== ctx.map.value) return
    for (const [type, layers, fn] of def.events ?? []) m.off(type, layers, fn)
    for (const id of placed) if (m.getLayer(id)) m.removeLayer(id)
    for (const id of Object.keys(def.sources)) if (m.getSource(id)) m.removeSource(id)
  })

  return { map, place }
}
