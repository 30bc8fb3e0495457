import { defineStore } from 'pinia'
import { ref } from 'vue'

/** What the detail drawer shows: one firm or platform, by id. */
export interface DetailRef {
  kind: 'enterprise' | 'platform'
  id: string
}

/** Transient UI state that is not a filter and so stays out of the URL. */
export const useUiStore = defineStore('ui', () => {
  const detail = ref<DetailRef | null>(null)
  /** A place the map should fly to (search hit, drawer), consumed by the map view. */
  const flyTo = ref<{ lon: number; lat: number; zoom: number; seq: number } | null>(null)
  let seq = 0
  /**
   * The big-screen stage's CSS scale (1 outside screen mode). Canvases multiply their pixel
   * ratio by it so a scaled stage stays crisp instead of being stretched by CSS.
   */
  const stageScale = ref(1)

  function openDetail(kind: DetailRef['kind'], id: string) {
    detail.value = { kind, id }
  }

  function closeDetail() {
    detail.value = null
  }

  function requestFlyTo(lon: number, lat: number, zoom = 13) {
    seq += 1
    flyTo.value = { lon, lat, zoom, seq }
  }

  return { detail, flyTo, stageScale, openDetail, closeDetail, requestFlyTo }
})
