import { ref, type Ref } from 'vue'

const count = ref(0)

/** Maps of the shown views still starting or drawing unseen (software WebGL, useMapLibre.ts); `data-ready` waits for none. */
export const mapsUnseen: Readonly<Ref<number>> = count

/** One map's place in `mapsUnseen`: counted while `set(true)` was the last call. */
export function unseenCounter(): (on: boolean) => void {
  let counted = false
  return (on) => {
    if (on !== counted) count.value += on ? 1 : -1
    counted = on
  }
}
