import type { Filters } from '@/domain/filters'
import type { Enterprise, Meta, Platform, Stage, TalentCell } from '@/domain/types'
import {
  captionLines,
  filterPairs,
  filterWords,
  formatDateTime,
  isoDate,
  type CaptionWords,
  type FilterPair,
} from './caption'
import type { DataKind } from './dataKinds'
import { exportFileName } from './filename'
import { enterpriseTable, platformTable, talentTable, type ColumnKey, type ExportTable, type RowLabels } from './rows'

export type Lang = 'zh' | 'en'
export type RouteName = 'overview' | 'talent' | 'industry' | 'innovation'
export type Translate = (key: string, values?: Record<string, unknown>) => string

/** Everything an export needs, read from the stores once when the user asks for it. */
export interface ExportContext {
  t: Translate
  lang: Lang
  meta: Meta | null
  filters: Filters
  lastYear: number
  route: RouteName
  /** The filtered records (null when the dataset is not loaded). */
  enterprises: readonly Enterprise[] | null
  platforms: readonly Platform[] | null
  /** All talent cells; the talent table applies the filters itself. */
  talentCells: readonly TalentCell[] | null
  /** Every firm's name by id, for platform hosts. */
  firmNames: ReadonlyMap<string, string>
  now: Date
  href: string
}

export function viewName(ctx: ExportContext): string {
  return ctx.t(`nav.${ctx.route}`)
}

export function captionWords(ctx: ExportContext): CaptionWords {
  const t = ctx.t
  return {
    lang: ctx.lang,
    view: (title, view) => t('export.caption.view', { title, view }),
    asOf: (date) => t('export.caption.asOf', { date }),
    exported: (time) => t('export.caption.exported', { time }),
    sample: t('export.caption.sample'),
    sources: (sources) => t('export.caption.sources', { sources }),
  }
}

/** The filters with their names (district and year always), in the current language. */
export function filterPairsFor(ctx: ExportContext): FilterPair[] {
  return filterPairs(ctx.meta, ctx.filters, ctx.lang, ctx.lastYear, {
    name: (k) => ctx.t(`filters.${k}`),
    allCity: ctx.t('export.allCity'),
  })
}

/** The caption of a snapshot of the view, or of one chart when `subject` is its title. */
export function captionFor(ctx: ExportContext, subject?: string): string[] {
  return captionLines(
    {
      title: ctx.t('app.title'),
      view: subject ? `${viewName(ctx)} · ${subject}` : viewName(ctx),
      filters: filterPairsFor(ctx),
      asOf: ctx.meta?.asOf ?? '—',
      exportedAt: formatDateTime(ctx.now),
      isSample: ctx.meta?.isSample === true,
      sources: ctx.meta?.sources ?? [],
    },
    captionWords(ctx),
  )
}

/** `产业地图_滕州市_锂电产业链_<export date>.png`; the date is the day of the export. */
export function fileNameFor(ctx: ExportContext, ext: string, subject?: string): string {
  return exportFileName({
    view: viewName(ctx),
    subject,
    filters: filterWords(ctx.meta, ctx.filters, ctx.lang),
    allLabel: ctx.t('export.allCity'),
    date: isoDate(ctx.now),
    ext,
  })
}

export function rowLabels(ctx: ExportContext): RowLabels {
  return {
    lang: ctx.lang,
    column: (k: ColumnKey) => ctx.t(`export.columns.${k}`),
    stage: (s: Stage) => ctx.t(`export.stage.${s}`),
    noChain: ctx.t('export.noChain'),
  }
}

/** One dataset's filtered records as a table, or null when the dataset is not loaded. */
export function dataTable(ctx: ExportContext, kind: DataKind): ExportTable | null {
  const labels = rowLabels(ctx)
  if (kind === 'firms') return ctx.enterprises ? enterpriseTable(ctx.enterprises, ctx.meta, labels) : null
  if (kind === 'platforms') return ctx.platforms ? platformTable(ctx.platforms, ctx.meta, ctx.firmNames, labels) : null
  return ctx.talentCells ? talentTable(ctx.talentCells, ctx.filters, ctx.lastYear, ctx.meta, labels) : null
}
