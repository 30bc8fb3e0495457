import { useWindowSize } from '@vueuse/core'
import { computed, onScopeDispose, watchEffect } from 'vue'
import { STAGES, fitStage, stageShapeFor } from '@/domain/stage'
import { useUiStore } from '@/stores/ui'
import { provideStageShape } from './useStageShape'

/**
 * Picks the stage design nearest the window's aspect, fits it to the window, publishes its
 * scale for crisp canvases and provides its shape to the layouts inside (useStageShape).
 */
export function useScreenStage() {
  const { width, height } = useWindowSize()
  const ui = useUiStore()
  const shape = computed(() => stageShapeFor(width.value, height.value))
  const size = computed(() => STAGES[shape.value])
  const fit = computed(() => fitStage(width.value, height.value, size.value.width, size.value.height))
  provideStageShape(shape)
  watchEffect(() => {
    ui.stageScale = fit.value.scale
  })
  onScopeDispose(() => {
    ui.stageScale = 1
  })
  return { shape, size, fit }
}
