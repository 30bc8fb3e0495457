import { usePreferredReducedMotion } from '@vueuse/core'
import type { Map as MapLibre } from 'maplibre-gl'
import { onActivated, onDeactivated, onScopeDispose, watch, type Ref } from 'vue'

/**
 * Moves a line layer's dashes by cycling its `line-dasharray` through `steps`: one timer,
 * running only while `enabled` (the big screen), its view is shown, the page is visible and the viewer has not
 * asked for reduced motion; stopped and cleared with the component. The steps are a fixed
 * cycle, so days of animation add no memory (MapLibre caches one dash pattern per step).
 */
export function useDashAnimation(
  map: Ref<MapLibre | undefined>,
  layer: string,
  steps: readonly (readonly number[])[],
  enabled: Ref<boolean>,
  stepMs = 120,
) {
  const motion = usePreferredReducedMotion()
  let timer: ReturnType<typeof setInterval> | undefined
  let step = 0

  function stop() {
    clearInterval(timer)
    timer = undefined
  }

  function tick() {
    const m = map.value
    if (!m?.getLayer(layer) || document.hidden) return
    step = (step + 1) % steps.length
    m.setPaintProperty(layer, 'line-dasharray', steps[step] as number[])
  }

  function start() {
    stop()
    if (map.value && enabled.value && motion.value !== 'reduce') timer = setInterval(tick, stepMs)
  }

  watch([map, enabled, motion], start, { immediate: true })
  // A view kept in App.vue's KeepAlive cache animates nothing while hidden.
  onDeactivated(stop)
  onActivated(start)
  onScopeDispose(stop)
}
