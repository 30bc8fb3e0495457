import { ref } from 'vue'
import type { TableDownload } from '@/export/exportTable'

/**
 * Downloads a ready-made table with the export code loaded on first use: `busy` while it runs,
 * `done` (the file name) or `error` after, never an unhandled rejection.
 */
export function useTableDownload() {
  const busy = ref(false)
  const done = ref('')
  const error = ref('')

  async function download(d: TableDownload) {
    if (busy.value) return
    busy.value = true
    error.value = ''
    try {
      const { downloadTable } = await import('@/export/exportTable')
      done.value = await downloadTable(d)
    } catch (e) {
      console.error('[export]', e)
      error.value = e instanceof Error ? e.message : String(e)
    } finally {
      busy.value = false
    }
  }

  return { busy, done, error, download }
}
