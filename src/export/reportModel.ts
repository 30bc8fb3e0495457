import { captionFor, filterPairsFor, viewName, type ExportContext } from './context'
import type { ReportBlock, ReportImage, ReportModel, ReportSection } from './pdf/report'

/** The words and tables of the PDF report, from the export context (pure: the caller brings the pictures). */

/** A KPI value as a report prints it: every digit, as Chinese bulletins write it (grouped in English). */
export function kpiText(value: number | null, lang: 'zh' | 'en', unavailable: string): string {
  if (value === null) return unavailable
  if (lang === 'zh') return String(value)
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 })
}

/** The closing pages: the filters with their names, the sources with their URLs, notes. */
export function reportSections(ctx: ExportContext): ReportSection[] {
  const t = ctx.t
  const p = (k: string) => t(`export.report.${k}`)
  const notes = [p('yearNote'), t('export.report.dataVersion', { version: ctx.meta?.dataVersion ?? '—' })]
  if (ctx.meta?.isSample) notes.unshift(p('sampleNote'))
  notes.push(t('export.report.permalink', { url: ctx.href }))
  const sources = (ctx.meta?.sources ?? []).map((s) => [s.publisher, s.title, s.date, s.url ?? '—'])
  return [
    {
      title: p('filters'),
      table: {
        rows: [[p('filter'), p('value')], ...filterPairsFor(ctx).map((f) => [f.name, f.value])],
        widths: [0.25, 0.75],
      },
    },
    {
      title: p('sources'),
      table: {
        rows: [[p('publisher'), p('sourceTitle'), p('date'), p('url')], ...sources],
        widths: [0.2, 0.38, 0.1, 0.32],
        links: [3],
      },
    },
    { title: p('notes'), lines: notes },
  ]
}

export interface ReportPictures {
  snapshot: ReportImage | null
  map: ReportImage | null
  blocks: ReportBlock[]
  kpis: { label: string; value: number | null }[]
}

/** The report model: caption and footer words from the context, pictures and blocks from the view. */
export function reportModel(ctx: ExportContext, pics: ReportPictures): ReportModel {
  const t = ctx.t
  const [title = '', ...rest] = captionFor(ctx)
  const sample = ctx.meta?.isSample ? t('export.caption.sample') : null
  const footer = [t('app.title'), t('export.caption.asOf', { date: ctx.meta?.asOf ?? '—' }), sample]
  const unavailable = t('kpi.unavailable')
  return {
    title,
    lines: rest.filter((l) => l !== sample),
    sample,
    kpiTitle: t('export.report.kpis'),
    kpis: pics.kpis.length
      ? [
          [t('export.report.indicator'), t('export.report.value')],
          ...pics.kpis.map((k) => [k.label, kpiText(k.value, ctx.lang, unavailable)]),
        ]
      : [],
    snapshot: pics.snapshot,
    map: pics.map && { title: t('export.report.map', { view: viewName(ctx) }), image: pics.map },
    blocks: pics.blocks,
    sections: reportSections(ctx),
    footer: footer.filter(Boolean).join(' · '),
    pageLabel: (n, total) => t('export.report.page', { n, total }),
    lang: ctx.lang === 'zh' ? 'zh-CN' : 'en',
  }
}
