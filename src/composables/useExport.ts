import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'
import type { ExportContext, RouteName, Translate } from '@/export/context'
import { dataKinds } from '@/export/dataKinds'
import type { ExportResult } from '@/export/exportActions'
import { LOCALES } from '@/locales'
import { useDataStore } from '@/stores/data'
import { useExportingStore, type ExportKind } from '@/stores/exporting'
import { useFiltersStore } from '@/stores/filters'
import { useSelectionStore } from '@/stores/selection'

/** The export actions, loaded on the first export (named, so the tools see each one used). */
async function loadActions() {
  const { exportViewPng, exportViewPdf, exportCsv, exportXlsx, exportChartPng } = await import('@/export/exportActions')
  return { exportViewPng, exportViewPdf, exportCsv, exportXlsx, exportChartPng }
}

type Actions = Awaited<ReturnType<typeof loadActions>>

let detailsLoaded: Promise<void> | null = null

/** Merges the workbook's and report's own messages (src/locales/views/exportDetails.ts) once. */
function loadDetails(merge: (locale: string, messages: Record<string, unknown>) => void): Promise<void> {
  detailsLoaded ??= import('@/locales/views/exportDetails').then(({ zh, en }) => {
    merge(LOCALES.zh, { export: zh })
    merge(LOCALES.en, { export: en })
  })
  detailsLoaded.catch(() => (detailsLoaded = null))
  return detailsLoaded
}

const ROUTES: readonly RouteName[] = ['overview', 'talent', 'industry', 'innovation']

/**
 * Runs exports: reads the stores into a plain `ExportContext` when the user asks, one export at a
 * time, with progress and a readable error in the shared export status (never an unhandled rejection).
 */
export function useExport() {
  const { t, mergeLocaleMessage } = useI18n({ useScope: 'global' })
  const route = useRoute()
  const data = useDataStore()
  const filters = useFiltersStore()
  const selection = useSelectionStore()
  const status = useExportingStore()
  const tr: Translate = (key, values) => (values ? t(key, values) : t(key))

  function context(): ExportContext {
    const name = String(route?.name ?? 'overview') as RouteName
    const routeName = ROUTES.includes(name) ? name : 'overview'
    const firms = data.enterprises?.table
    return {
      t: tr,
      lang: filters.view.lang,
      meta: data.meta,
      filters: filters.filters,
      lastYear: data.lastYear,
      route: routeName,
      enterprises: selection.enterprises,
      platforms: selection.platforms,
      // Records are made here, when an export asks for them (the views read the engine's answers).
      talentCells: data.talent ? (data.talent.rows ?? data.talent.table.rows()) : null,
      // Platform hosts by name (platforms are exported from every view but the talent map).
      firmNames: routeName !== 'talent' && firms ? firmNameMap(firms.strings('id'), firms.strings('name')) : new Map(),
      now: new Date(),
      href: location.href,
    }
  }

  function firmNameMap(ids: readonly string[], names: readonly string[]): Map<string, string> {
    return new Map(ids.map((id, i) => [id, names[i] ?? id]))
  }

  /** Server mode holds no talent cells: the talent export asks the server for those the filters select. */
  async function withServerCells(ctx: ExportContext): Promise<ExportContext> {
    const config = data.config
    if (config?.mode !== 'server') return ctx
    if (!dataKinds(ctx.route).includes('talent')) return ctx
    const { createServerClient } = await import('@/api/serverClient')
    const client = createServerClient(config.apiBase, config.timeoutMs)
    return { ...ctx, talentCells: await client.talentCells(ctx.filters, new AbortController().signal) }
  }

  function message(e: unknown): string {
    // ExportUnavailable (src/export/errors.ts) names its reason by message key; the class stays lazy.
    if (e instanceof Error && e.name === 'ExportUnavailable') return t('export.error', { message: t(e.message) })
    const m = e instanceof Error && e.message ? e.message : t('export.errorUnknown')
    return t('export.error', { message: m })
  }

  /** Runs one export; the export code itself is loaded on the first use. */
  async function run(kind: ExportKind, task: (actions: Actions, ctx: ExportContext) => Promise<ExportResult>) {
    if (!status.start(kind)) return
    const t0 = performance.now()
    try {
      // Let the progress indicator paint before the heavy work starts.
      await new Promise<void>((r) => {
        requestAnimationFrame(() => r())
        setTimeout(r, 50)
      })
      const [actions, ctx] = await Promise.all([
        loadActions(),
        withServerCells(context()),
        loadDetails(mergeLocaleMessage),
      ])
      const result = await task(actions, ctx)
      status.finish({ kind, ...result, ms: Math.round(performance.now() - t0) })
    } catch (e) {
      console.error('[export]', e)
      status.fail(message(e))
    }
  }

  return { run, status }
}
