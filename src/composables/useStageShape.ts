import { computed, inject, provide, type ComputedRef, type InjectionKey } from 'vue'
import type { StageShape } from '@/domain/stage'

const STAGE_SHAPE: InjectionKey<ComputedRef<StageShape | null>> = Symbol('stage-shape')

/** Called by the big-screen stage for the layouts inside it. */
export function provideStageShape(shape: ComputedRef<StageShape>): void {
  provide(STAGE_SHAPE, shape)
}

/** The shape of the big-screen stage around this component; null on the desk. */
export function useStageShape(): ComputedRef<StageShape | null> {
  return inject(STAGE_SHAPE, () => computed(() => null), true)
}
