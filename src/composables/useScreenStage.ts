import { useWindowSize } from '@vueuse/core'
import { computed, onScopeDispose, watchEffect } from 'vue'
import { fitStage } from '@/domain/stage'
import { useUiStore } from '@/stores/ui'

/** Fits the 1920×1080 stage to the window and publishes its scale for crisp canvases. */
export function useScreenStage() {
  const { width, height } = useWindowSize()
  const ui = useUiStore()
  const fit = computed(() => fitStage(width.value, height.value))
  watchEffect(() => {
    ui.stageScale = fit.value.scale
  })
  onScopeDispose(() => {
    ui.stageScale = 1
  })
  return { fit }
}
