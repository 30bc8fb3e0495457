import type { Map as MapLibre } from 'maplibre-gl'
import type { InjectionKey, Ref, ShallowRef } from 'vue'

/** What a map view gives its layer components (children inside its slot). */
export interface MapContext {
  map: ShallowRef<MapLibre | undefined>
  loaded: Ref<boolean>
}

export const MAP_CONTEXT: InjectionKey<MapContext> = Symbol('map-context')
