import { usePreferredReducedMotion } from '@vueuse/core'
import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

/** A number that counts up to its target on change; instant under prefers-reduced-motion. */
export function useCountUp(target: Ref<number | null>, enabled: Ref<boolean>, durationMs = 900) {
  const shown = ref<number | null>(target.value)
  const motion = usePreferredReducedMotion()
  let frame = 0

  watch(target, (to, from) => {
    cancelAnimationFrame(frame)
    if (to === null || !enabled.value || motion.value === 'reduce') {
      shown.value = to
      return
    }
    const start = performance.now()
    const begin = from ?? 0
    const step = (now: number) => {
      const k = Math.min(1, (now - start) / durationMs)
      const eased = 1 - (1 - k) ** 3
      shown.value = Math.round(begin + (to - begin) * eased)
      if (k < 1) frame = requestAnimationFrame(step)
    }
    frame = requestAnimationFrame(step)
  })
  onBeforeUnmount(() => cancelAnimationFrame(frame))
  return shown
}
