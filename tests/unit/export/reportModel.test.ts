import { describe, expect, it } from 'vitest'
import { emptyFilters } from '../../../src/domain/filters'
import type { ExportContext } from '../../../src/export/context'
import { kpiText, reportModel } from '../../../src/export/reportModel'
import { createAppI18n, LOCALES } from '../../../src/locales'
import { meta } from '../fixtures'

function ctx(lang: 'zh' | 'en'): ExportContext {
  const i18n = createAppI18n()
  i18n.global.locale.value = LOCALES[lang] as 'zh-CN'
  return {
    t: (k, v) => (v ? i18n.global.t(k, v) : i18n.global.t(k)),
    lang,
    meta: { ...meta, sources: [{ id: 's', title: '公报', publisher: '统计局', date: '2021', url: 'https://x.cn/1' }] },
    filters: { ...emptyFilters(), chain: 'lithium' },
    lastYear: 2024,
    route: 'industry',
    enterprises: [],
    platforms: [],
    talentCells: [],
    firmNames: new Map(),
    now: new Date(2025, 0, 2, 9, 30),
    href: 'http://x/#/industry?chain=lithium',
  }
}

describe('report model', () => {
  it('prints every digit of a KPI (grouped in English) and says when one is unavailable', () => {
    expect(kpiText(195542, 'zh', '—')).toBe('195542')
    expect(kpiText(195542, 'en', '—')).toBe('195,542')
    expect(kpiText(128.48, 'zh', '—')).toBe('128.48')
    expect(kpiText(null, 'zh', '暂无')).toBe('暂无')
  })

  it('has the caption, the KPI table, the filters with their names, the sources with URLs and notes', () => {
    const m = reportModel(ctx('zh'), {
      snapshot: null,
      map: null,
      blocks: [],
      kpis: [{ label: '企业数量', value: 47 }],
    })
    expect(m.title).toBe('枣庄人才·产业·科创地图 · 产业地图')
    expect(m.lines[0]).toBe('区县：全市 · 产业链：锂电产业链 · 年份：2024')
    expect(m.sample).toBe('示例数据 / sample data')
    expect(m.lines).not.toContain(m.sample)
    expect(m.kpis).toEqual([
      ['指标', '数值'],
      ['企业数量', '47'],
    ])
    const [filters, sources, notes] = m.sections
    expect(filters?.table?.rows.slice(1)).toEqual([
      ['区县', '全市'],
      ['产业链', '锂电产业链'],
      ['年份', '2024'],
    ])
    expect(sources?.table?.rows[1]).toEqual(['统计局', '公报', '2021', 'https://x.cn/1'])
    expect(sources?.table?.links).toEqual([3])
    expect(notes?.lines?.join('\n')).toContain('http://x/#/industry?chain=lithium')
    expect(m.footer).toContain('示例数据')
    expect(m.pageLabel(2, 5)).toBe('2 / 5')
    expect(reportModel(ctx('en'), { snapshot: null, map: null, blocks: [], kpis: [] }).kpis).toEqual([])
  })
})
