import { describe, expect, it } from 'vitest'
import { emptyFilters } from '../../../src/domain/filters'
import { captionFor, dataTable, fileNameFor, type ExportContext } from '../../../src/export/context'
import { dataKinds } from '../../../src/export/dataKinds'
import { createAppI18n, LOCALES } from '../../../src/locales'
import en from '../../../src/locales/en'
import { cells, firms, meta, platforms } from '../fixtures'

function ctx(p: Partial<ExportContext> = {}): ExportContext {
  const i18n = createAppI18n()
  // The app loads the English chrome when English is chosen; here it is merged up front.
  i18n.global.mergeLocaleMessage(LOCALES.en, en)
  const lang = p.lang ?? 'zh'
  i18n.global.locale.value = LOCALES[lang] as 'zh-CN'
  return {
    t: (k, v) => (v ? i18n.global.t(k, v) : i18n.global.t(k)),
    lang,
    meta: { ...meta, sources: [{ id: 's', title: '人才链报道', publisher: '枣庄新闻网', date: '2024' }] },
    filters: { ...emptyFilters(), district: ['370481'], chain: 'lithium' },
    lastYear: 2024,
    route: 'industry',
    enterprises: firms,
    platforms,
    talentCells: cells,
    firmNames: new Map(),
    now: new Date(2025, 0, 2, 9, 30),
    href: 'http://x/#/industry',
    ...p,
  }
}

describe('export context', () => {
  it('names files by view, filters and export date, in the current language', () => {
    expect(fileNameFor(ctx(), 'png')).toBe('产业地图_滕州市_锂电产业链_2025-01-02.png')
    expect(fileNameFor(ctx({ lang: 'en' }), 'csv', 'firms')).toBe(
      'Industry-map_firms_Tengzhou_Lithium-battery_2025-01-02.csv',
    )
    expect(fileNameFor(ctx({ filters: emptyFilters(), route: 'overview' }), 'pdf')).toBe('总览_全市_2025-01-02.pdf')
  })
  it('captions with the message-file words', () => {
    expect(captionFor(ctx())).toEqual([
      '枣庄人才·产业·科创地图 · 产业地图',
      '区县：滕州市 · 产业链：锂电产业链 · 年份：2024',
      '数据截至：2024-12-31    导出时间：2025-01-02 09:30',
      '示例数据 / sample data',
      '数据来源：枣庄新闻网《人才链报道》',
    ])
    expect(captionFor(ctx({ lang: 'en' }), 'Firms by district')[0]).toBe(
      'Zaozhuang Talent · Industry · Innovation Map · Industry map · Firms by district',
    )
  })
  it('says the filters with their names in English too', () => {
    expect(captionFor(ctx({ lang: 'en' }))[1]).toBe('District: Tengzhou · Chain: Lithium battery · Year: 2024')
  })
  it('exports each dataset the route shows, its main one first', () => {
    expect(['overview', 'talent', 'industry', 'innovation'].map((r) => dataKinds(r))).toEqual([
      ['talent', 'firms', 'platforms'],
      ['talent'],
      ['firms', 'platforms'],
      ['platforms'],
    ])
    expect(dataTable(ctx(), 'firms')?.headers[0]).toBe('编号')
    expect(dataTable(ctx({ route: 'innovation' }), 'platforms')?.rows).toHaveLength(platforms.length)
    expect(dataTable(ctx({ route: 'talent', lang: 'en' }), 'talent')?.headers.slice(0, 2)).toEqual([
      'Years',
      'District',
    ])
  })
  it('has no table when the dataset is not loaded', () => {
    expect(dataTable(ctx({ enterprises: null }), 'firms')).toBeNull()
    expect(dataTable(ctx({ route: 'talent', talentCells: null }), 'talent')).toBeNull()
  })
})
