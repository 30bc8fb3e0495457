import { computed, shallowRef, watch } from 'vue'
import type { Enterprise, Platform } from '@/domain/types'
import { useDataStore } from '@/stores/data'
import { useServerQueryStore } from '@/stores/serverQuery'
import { useUiStore, type DetailRef } from '@/stores/ui'

const same = (a: DetailRef | null, b: DetailRef | null) => !!a && !!b && a.kind === b.kind && a.id === b.id

/**
 * The firm or platform the drawer shows: from its dataset's columns; in server mode, where the
 * SPA holds only a first page of each (a province's firms are not all in it), asked of the server
 * by id when the page does not hold it.
 */
export function useDetailRecord() {
  const data = useDataStore()
  const ui = useUiStore()
  const server = data.config?.mode === 'server' ? useServerQueryStore() : null
  const local = computed(() => {
    const d = ui.detail
    if (!d) return null
    // Made from the dataset's columns; null when the page does not hold it.
    const table = d.kind === 'enterprise' ? data.enterprises?.table : data.platforms?.table
    return table?.byId(d.id) ?? null
  })
  const fetched = shallowRef<{ ref: DetailRef; record: Enterprise | Platform | null } | null>(null)
  watch(
    () => ui.detail,
    async (d) => {
      if (!server || !d || local.value) return
      const ref = { ...d }
      const record = await server.record(ref.kind, ref.id)
      if (same(ui.detail, ref)) fetched.value = { ref, record }
    },
    { immediate: true },
  )
  const record = computed(() => {
    if (local.value) return local.value
    const f = fetched.value
    return f && same(ui.detail, f.ref) ? f.record : null
  })
  return {
    firm: computed(() => (ui.detail?.kind === 'enterprise' ? (record.value as Enterprise | null) : null)),
    platform: computed(() => (ui.detail?.kind === 'platform' ? (record.value as Platform | null) : null)),
  }
}
