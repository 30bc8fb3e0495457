import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'

/** What is being exported: the view as PNG/PDF, its data as CSV/XLSX, or one chart as PNG. */
export type ExportKind = 'png' | 'pdf' | 'csv' | 'xlsx' | 'chart'

/** The last finished export, for the status line (and for tests and timings). */
export interface ExportRecord {
  kind: ExportKind
  fileName: string
  bytes: number
  ms: number
}

/** Export status shared by the export menu and the chart download buttons: one export at a time. */
export const useExportingStore = defineStore('exporting', () => {
  const busy = ref<ExportKind | null>(null)
  const error = ref<string | null>(null)
  const last = shallowRef<ExportRecord | null>(null)

  /** False when another export is running. */
  function start(kind: ExportKind): boolean {
    if (busy.value) return false
    busy.value = kind
    error.value = null
    return true
  }

  function finish(record: ExportRecord) {
    last.value = record
    busy.value = null
  }

  function fail(message: string) {
    error.value = message
    busy.value = null
  }

  function dismissError() {
    error.value = null
  }

  return { busy, error, last, start, finish, fail, dismissError }
})
