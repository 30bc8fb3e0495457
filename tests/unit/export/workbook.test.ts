import { describe, expect, it } from 'vitest'
import { emptyFilters } from '../../../src/domain/filters'
import type { ExportContext } from '../../../src/export/context'
import { sheetName, workbookFor } from '../../../src/export/workbook'
import { createAppI18n, LOCALES } from '../../../src/locales'
import en from '../../../src/locales/en'
import * as details from '../../../src/locales/views/exportDetails'
import { cells, firms, meta, platforms } from '../fixtures'

function ctx(p: Partial<ExportContext> = {}): ExportContext {
  const i18n = createAppI18n()
  i18n.global.mergeLocaleMessage('zh-CN', { export: details.zh })
  // The app loads the English chrome when English is chosen; here it is merged up front.
  i18n.global.mergeLocaleMessage(LOCALES.en, en)
  i18n.global.mergeLocaleMessage('en', { export: details.en })
  const lang = p.lang ?? 'zh'
  i18n.global.locale.value = LOCALES[lang] as 'zh-CN'
  return {
    t: (k, v) => (v ? i18n.global.t(k, v) : i18n.global.t(k)),
    lang,
    meta: {
      ...meta,
      sources: [
        { id: 's', title: '人才链报道', publisher: '枣庄新闻网', date: '2024', url: 'https://example.gov.cn/a' },
      ],
    },
    filters: { ...emptyFilters(), district: ['370481'], chain: 'lithium' },
    lastYear: 2024,
    route: 'overview',
    enterprises: firms,
    platforms,
    talentCells: cells,
    firmNames: new Map(firms.map((f) => [f.id, f.name])),
    now: new Date(2025, 0, 2, 9, 30),
    href: 'http://x/#/?district=370481&chain=lithium',
    ...p,
  }
}

describe('workbookFor', () => {
  it('has one sheet per dataset the view shows, headers frozen, numbers numeric, then the About sheet', () => {
    const book = workbookFor(ctx())!
    expect(book.sheets.map((s) => s.name)).toEqual(['人才', '企业', '平台', '说明'])
    const [talent, firmSheet, platformSheet] = book.sheets
    expect(talent?.headerRows).toBe(1)
    expect(talent?.rows[0]?.[0]).toBe('年份')
    expect(firmSheet?.rows).toHaveLength(firms.length + 1)
    expect(platformSheet?.rows).toHaveLength(platforms.length + 1)
    expect(typeof firmSheet?.rows[1]?.[7]).toBe('number')
    expect(workbookFor(ctx({ route: 'industry' }))?.sheets.map((s) => s.name)).toEqual(['企业', '平台', '说明'])
  })

  it('explains itself on the About sheet: filters in words, dates, sample note, sources, every column', () => {
    const about = workbookFor(ctx({ route: 'innovation' }))!.sheets.at(-1)!
    const text = about.rows.map((r) => r.join('|'))
    expect(text[0]).toBe('枣庄人才·产业·科创地图 · 科创地图')
    expect(text).toContain('筛选条件|区县：滕州市 · 产业链：锂电产业链 · 年份：2024')
    expect(text).toContain('区县|滕州市')
    expect(text).toContain('数据截至|2024-12-31')
    expect(text).toContain('导出时间|2025-01-02 09:30')
    expect(text.some((l) => l.startsWith('示例数据|'))).toBe(true)
    expect(text).toContain('枣庄新闻网|人才链报道|2024|https://example.gov.cn/a')
    expect(text).toContain('平台|在站博士后|在站博士后（人）')
    expect(about.headerRows).toBe(0)
  })

  it('speaks English under lang=en and is null when no dataset in view has loaded', () => {
    const book = workbookFor(ctx({ lang: 'en', route: 'talent' }))!
    expect(book.sheets.map((s) => s.name)).toEqual(['Talent', 'About'])
    expect(book.sheets[1]?.rows.map((r) => r.join('|'))).toContain(
      'Filters|District: Tengzhou · Chain: Lithium battery · Year: 2024',
    )
    expect(workbookFor(ctx({ route: 'talent', talentCells: null }))).toBeNull()
  })

  it('makes sheet names Excel accepts', () => {
    expect(sheetName('a/b:c?d*e[f]g')).toBe('a-b-c-d-e-f-g')
    expect(sheetName('x'.repeat(40))).toHaveLength(31)
    expect(sheetName('')).toBe('Sheet')
  })
})
