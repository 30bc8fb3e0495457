import type { Filters } from '@/domain/filters'
import type { Enterprise, Meta, Platform, Stage, TalentCell } from '@/domain/types'
import { captionLines, filterWords, formatDateTime, isoDate, type CaptionWords } from './caption'
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
    filters: (filters) => t('export.caption.filters', { filters }),
    allCity: t('export.allCity'),
    asOf: (date) => t('export.caption.asOf', { date }),
    exported: (time) => t('export.caption.exported', { time }),
    sample: t('export.caption.sample'),
    sources: (sources) => t('export.caption.sources', { sources }),
  }
}

/** The caption of a snapshot of the view, or of one chart when `subject` is its title. */
export function captionFor(ctx: ExportContext, subject?: string): string[] {
  return captionLines(
    {
      title: ctx.t('app.title'),
      view: subject ? `${viewName(ctx)} · ${subject}` : viewName(ctx),
      filters: filterWords(ctx.meta, ctx.filters, ctx.lang),
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

export type DataKind = 'firms' | 'platforms' | 'talent'

/** What the data exports hold on each route: firms on #/industry, platforms on #/innovation, else talent. */
export function dataKind(route: RouteName): DataKind {
  if (route === 'industry') return 'firms'
  if (route === 'innovation') return 'platforms'
  return 'talent'
}

/** The route's filtered records as a table, or null when its dataset is not loaded. */
export function dataTableFor(ctx: ExportContext): { kind: DataKind; table: ExportTable } | null {
  const kind = dataKind(ctx.route)
  const labels = rowLabels(ctx)
  if (kind === 'firms')
    return ctx.enterprises ? { kind, table: enterpriseTable(ctx.enterprises, ctx.meta, labels) } : null
  if (kind === 'platforms') {
    return ctx.platforms ? { kind, table: platformTable(ctx.platforms, ctx.meta, ctx.firmNames, labels) } : null
  }
  if (!ctx.talentCells) return null
  return { kind, table: talentTable(ctx.talentCells, ctx.filters, ctx.lastYear, ctx.meta, labels) }
}
