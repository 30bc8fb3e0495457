import { Map as MapLibre, prewarm, setWorkerUrl, type MapOptions, type StyleSpecification } from 'maplibre-gl'
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'
import 'maplibre-gl/dist/maplibre-gl.css'
import {
  computed,
  inject,
  onActivated,
  onBeforeUnmount,
  onDeactivated,
  onMounted,
  provide,
  ref,
  shallowRef,
  watch,
  type InjectionKey,
  type Ref,
  type ShallowRef,
} from 'vue'
import { drawn, isSoftwareRenderer, webglRenderer } from '@/map/renderer'
import { BLANK_IMAGE } from '@/map/style'
import { useUiStore } from '@/stores/ui'
import { registerInstance } from './instances'
import { unseenCounter } from './mapsUnseen'
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

/** How long a map drawn unseen waits for an idle frame before it draws its full-size frame anyway (an endless animation). */
const SHOW_WAIT_MS = 1000
/** How long after the data has settled a map drawn unseen shows, whatever it has drawn by then. */
const SHOW_LIMIT_MS = 4000

/**
 * Device pixels per CSS pixel of a map drawn unseen: its frames still load and place everything, at a
 * sixty-fourth of the pixels, so the software driver keeps up with them and none are left to draw when
 * the map shows (at full size, drawn from scratch once).
 */
const UNSEEN_PIXEL_RATIO = 0.125

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
 *
 * Where WebGL is drawn in software, the page waits for each shown map frame to be drawn and read back
 * (150–300 ms a frame while a large dataset loads): the map then draws unseen (`shown` false) until it is
 * built and `settled()` (the page's data), and shows once it has drawn that; its building frames cost the
 * page nothing. A GPU shows every frame as it comes.
 */
export function useMapLibre(el: Ref<HTMLElement | null>, init: () => MapInit, settled: () => boolean = () => true) {
  const ui = useUiStore()
  const map = shallowRef<MapLibre>()
  const loaded = ref(false)
  const adding = ref(0)
  const shown = ref(true)
  // Counted in mapsUnseen while starting or unseen and its view is shown (not cached); lifecycle hooks, not watchers,
  // keep the count: a cached view's watchers are paused.
  const count = unseenCounter()
  let active = true
  let starting: ReturnType<typeof setTimeout> | undefined
  const recount = () => count(active && (starting !== undefined || (!!map.value && !shown.value)))
  const pixelRatio = () => window.devicePixelRatio * ui.stageScale
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

  // The map starts in tasks of its own after the view's first render, which it would lengthen: reading the
  // renderer (a throwaway WebGL context, ≈ 40 ms here) and MapLibre's start (≈ 50 ms).
  onMounted(() => {
    starting = setTimeout(() => {
      webglRenderer()
      starting = setTimeout(start, 0)
    }, 0)
    recount()
  })

  function start() {
    starting = undefined
    if (!el.value) return recount()
    const { style, bounds, options } = init()
    // Keep MapLibre's worker past the last map's removal (idempotent): otherwise each view switch
    // (every few tour steps) terminates it and the next map starts, parses and re-optimises a new one.
    prewarm()
    const software = isSoftwareRenderer(webglRenderer())
    shown.value = !software
    const m = new MapLibre({
      container: el.value,
      style,
      bounds,
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      // Keeps the last frame readable so exports of the canvas are never blank; multisampled on a GPU only.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: !software },
      // Render at the stage's real pixel size so a scaled big-screen stage stays crisp.
      pixelRatio: software ? UNSEEN_PIXEL_RATIO : pixelRatio(),
      // Symbols appear at once after a filter change: no fade frames to render on a wall display.
      fadeDuration: 0,
      dragRotate: false,
      pitchWithRotate: false,
      ...options,
    })
    release = registerInstance('map')
    map.value = m
    recount()
    // Test hook: browser tests project coordinates to pixels to click a district.
    Object.defineProperty(el.value, '__map', { value: m, configurable: true })
    m.once('load', () => {
      // Before any layer component adds its layers (they wait for `loaded`).
      if (!m.hasImage(BLANK_IMAGE)) m.addImage(BLANK_IMAGE, { width: 1, height: 1, data: new Uint8Array(4) })
      loaded.value = true
    })
    pokeUntilLoaded(m)
    const host = el.value
    observer = new ResizeObserver(() => fit(m, host))
    observer.observe(host)
  }

  onDeactivated(() => {
    active = false
    recount()
  })

  onActivated(() => {
    active = true
    recount()
    if (map.value && el.value) fit(map.value, el.value)
  })

  watch(
    () => ui.stageScale,
    () => {
      if (shown.value) map.value?.setPixelRatio(pixelRatio())
    },
  )

  const built = computed(() => loaded.value && adding.value === 0)
  const timers: ReturnType<typeof setTimeout>[] = []
  let sized = false
  const reveal = (m: MapLibre) => {
    if (map.value !== m || shown.value) return
    if (!sized) m.setPixelRatio(pixelRatio())
    sized = true
    shown.value = true
    recount()
  }
  // Drawn once at full size, still unseen, and shown when the driver has finished that frame: showing it
  // then costs the page a read of finished pixels, not the drawing.
  const drawThenReveal = (m: MapLibre) => {
    if (sized || map.value !== m) return
    sized = true
    m.once('render', () => {
      const canvas = m.getCanvas()
      void drawn(canvas.getContext('webgl2') ?? canvas.getContext('webgl')).then(() => reveal(m))
    })
    m.setPixelRatio(pixelRatio())
  }
  watch(
    () => built.value && settled(),
    (ready) => {
      const m = map.value
      if (!ready || !m || shown.value || sized) return
      timers.push(setTimeout(() => drawThenReveal(m), SHOW_WAIT_MS))
      // The frame after the last change, once nothing is left to load or place, fires 'idle'.
      m.once('idle', () => drawThenReveal(m))
      m.triggerRepaint()
    },
  )
  // A map that never gets built (a style that never loads) or never draws shows anyway, a while after the data.
  watch(
    () => settled() && !!map.value,
    (ready) => {
      const m = map.value
      if (ready && m && !shown.value) timers.push(setTimeout(() => reveal(m), SHOW_LIMIT_MS))
    },
  )

  onBeforeUnmount(() => {
    clearTimeout(starting)
    starting = undefined
    clearTimeout(poke)
    timers.forEach(clearTimeout)
    observer?.disconnect()
    const m = map.value
    map.value = undefined
    loaded.value = false
    // remove() also loses the WebGL context, so none outlives the view.
    m?.remove()
    recount()
    release()
  })

  /** Loaded, with every layer component's sources and layers on it, and shown (`data-loaded`, what tests wait for). */
  const complete = computed(() => built.value && shown.value)
  return { map, loaded, complete, shown }
}
