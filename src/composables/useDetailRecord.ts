import { computed, shallowRef, watch } from 'vue'
import type { RecordTable } from '@/domain/records'
import type { Enterprise, Platform } from '@/domain/types'
import { useDataStore } from '@/stores/data'
import { useServerQueryStore } from '@/stores/serverQuery'
import { useUiStore, type DetailRef } from '@/stores/ui'

/** The record of a table with this id, made from its columns; null when the table does not hold it. */
function recordOf<T>(table: RecordTable<T> | undefined, id: string): T | null {
  const i = table ? table.indexOf(id) : -1
  return table && i >= 0 ? table.row(i) : null
}

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
    return d.kind === 'enterprise' ? recordOf(data.enterprises?.table, d.id) : recordOf(data.platforms?.table, d.id)
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
