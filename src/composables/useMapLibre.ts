import { Map as MapLibre, prewarm, setWorkerUrl, type MapOptions, type StyleSpecification } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import {
  computed,
  inject,
  onActivated,
  onBeforeUnmount,
  onMounted,
  provide,
  ref,
  shallowRef,
  watch,
  type InjectionKey,
  type Ref,
  type ShallowRef,
} from 'vue'
import { isSoftwareRenderer, webglRenderer } from '@/map/renderer'
import { useUiStore } from '@/stores/ui'
import { registerInstance } from './instances'
import { usePauseWhileCached } from './usePauseWhileCached'

// Once bundled, MapLibre cannot find its worker on its own (stack.md pitfall 1).
setWorkerUrl(workerUrl)

/** What a MapView gives the layer components inside it. */
interface MapContext {
  map: ShallowRef<MapLibre | undefined>
  /** True once the style has loaded and sources and layers may be added. */
  loaded: Ref<boolean>
  /**
   * True while a density layer (heatmap, hexbin) is shown: the districts beneath then draw a
   * plain base, not their choropleth, which would read as a second density in the same blues.
   */
  neutralBase: Ref<boolean>
  /** Layer components whose sources and layers wait for their own task after the load (see useMapLayer). */
  adding: Ref<number>
}

const MAP_CONTEXT: InjectionKey<MapContext> = Symbol('map')

/** The map of the MapView this component sits in. */
export function useMapContext(): MapContext {
  const ctx = inject(MAP_CONTEXT)
  if (!ctx) throw new Error('a map layer or control must sit inside a MapView')
  return ctx
}

interface MapInit {
  style: StyleSpecification
  bounds?: [number, number, number, number]
  options?: Partial<MapOptions>
}

/** Fits the map to its container when their sizes differ (never to the no-size of a cached, detached view). */
function fit(m: MapLibre, host: HTMLElement) {
  const canvas = m.getCanvas()
  if (!host.clientWidth || !host.clientHeight) return
  if (canvas.clientWidth !== host.clientWidth || canvas.clientHeight !== host.clientHeight) m.resize()
}

/**
 * One owner of one MapLibre map: created on mount, resized with its container, removed on
 * unmount, and provided to the components inside (useMapContext). `loaded` turns true once the
 * style has loaded and sources may be added. While its view is cached (App.vue's KeepAlive) the map
 * stays, untouched; on return it is fitted to its container again.
 */
export function useMapLibre(el: Ref<HTMLElement | null>, init: () => MapInit) {
  const ui = useUiStore()
  const map = shallowRef<MapLibre>()
  const loaded = ref(false)
  const adding = ref(0)
  provide(MAP_CONTEXT, { map, loaded, neutralBase: ref(false), adding })
  let observer: ResizeObserver | null = null
  let release = () => {}
  let poke: ReturnType<typeof setTimeout> | undefined
  usePauseWhileCached()

  /**
   * MapLibre fires 'load' from a render frame, and a basemap tile that fails (a 404 above all)
   * requests no new frame: 'load' would wait for the first user interaction. Repaint until it comes.
   */
  function pokeUntilLoaded(m: MapLibre) {
    poke = setTimeout(() => {
      if (loaded.value || map.value !== m) return
      if (m.loaded()) m.triggerRepaint()
      pokeUntilLoaded(m)
    }, 500)
  }

  onMounted(() => {
    if (!el.value) return
    const { style, bounds, options } = init()
    // Keep MapLibre's worker past the last map's removal (idempotent): otherwise each view switch
    // (every few tour steps) terminates it and the next map starts, parses and re-optimises a new one.
    prewarm()
    const m = new MapLibre({
      container: el.value,
      style,
      bounds,
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      // Keeps the last frame readable so exports of the canvas are never blank; multisampled on a GPU only.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: !isSoftwareRenderer(webglRenderer()) },
      // Render at the stage's real pixel size so a scaled big-screen stage stays crisp.
      pixelRatio: window.devicePixelRatio * ui.stageScale,
      // Symbols appear at once after a filter change: no fade frames to render on a wall display.
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      ...options,
    })
    release = registerInstance('map')
    map.value = m
    // Test hook: browser tests project coordinates to pixels to click a district.
    Object.defineProperty(el.value, '__map', { value: m, configurable: true })
    m.once('load', () => (loaded.value = true))
    pokeUntilLoaded(m)
    const host = el.value
    observer = new ResizeObserver(() => fit(m, host))
    observer.observe(host)
  })

  onActivated(() => {
    if (map.value && el.value) fit(map.value, el.value)
  })

  watch(
    () => ui.stageScale,
    (scale) => map.value?.setPixelRatio(window.devicePixelRatio * scale),
  )

  onBeforeUnmount(() => {
    clearTimeout(poke)
    observer?.disconnect()
    const m = map.value
    map.value = undefined
    loaded.value = false
    // remove() also loses the WebGL context, so none outlives the view.
    m?.remove()
    release()
  })

  /** Loaded, with every layer component's sources and layers on it (`data-loaded`, what tests wait for). */
  const complete = computed(() => loaded.value && adding.value === 0)
  return { map, loaded, complete }
}
