import { describe, expect, it } from 'vitest'
import { emptyFilters } from '../../../src/domain/filters'
import {
  captionLines,
  filterWords,
  filtersText,
  formatDateTime,
  isoDate,
  sourcesText,
  wrapText,
  type CaptionWords,
} from '../../../src/export/caption'
import { meta } from '../domain/fixtures'

const words: CaptionWords = {
  lang: 'zh',
  view: (title, view) => `${title} · ${view}`,
  filters: (f) => `筛选：${f}`,
  allCity: '全市',
  asOf: (d) => `数据截至：${d}`,
  exported: (t) => `导出时间：${t}`,
  sample: '示例数据 / sample data',
  sources: (s) => `数据来源：${s}`,
}

describe('filterWords', () => {
  it('names every active filter from meta, in the filter bar order', () => {
    const f = { ...emptyFilters(), chain: 'lithium', district: ['370481'], year: { from: 2021, to: 2024 } }
    expect(filterWords(meta, f, 'zh')).toEqual(['滕州市', '锂电产业链', '2021–2024'])
    expect(filterWords(meta, f, 'en')).toEqual(['Tengzhou', 'Lithium battery', '2021–2024'])
  })
  it('quotes the search text and is empty with no filter', () => {
    expect(filterWords(meta, { ...emptyFilters(), q: '锂' }, 'zh')).toEqual(['“锂”'])
    expect(filterWords(meta, emptyFilters(), 'zh')).toEqual([])
  })
})

describe('captionLines', () => {
  const input = {
    title: '枣庄人才·产业·科创地图',
    view: '产业地图',
    filters: ['滕州市', '锂电产业链', '2021–2024'],
    asOf: '2024-12-31',
    exportedAt: '2025-01-02 09:30',
    isSample: true,
    sources: [
      { publisher: '枣庄新闻网', title: '人才链报道' },
      { publisher: '枣庄市统计局', title: '普查公报' },
    ],
  }
  it('says the title, filters in words, asOf, export time, the sample mark and the sources', () => {
    expect(captionLines(input, words)).toEqual([
      '枣庄人才·产业·科创地图 · 产业地图',
      '筛选：滕州市 · 锂电产业链 · 2021–2024',
      '数据截至：2024-12-31    导出时间：2025-01-02 09:30',
      '示例数据 / sample data',
      '数据来源：枣庄新闻网《人才链报道》；枣庄市统计局《普查公报》',
    ])
  })
  it('says 全市 with no filter and leaves out the sample mark and empty sources', () => {
    const lines = captionLines({ ...input, filters: [], isSample: false, sources: [] }, words)
    expect(lines).toEqual([
      '枣庄人才·产业·科创地图 · 产业地图',
      '筛选：全市',
      '数据截至：2024-12-31    导出时间：2025-01-02 09:30',
    ])
  })
  it('keeps markup as plain text', () => {
    expect(filtersText(['<img src=x onerror=alert(1)>'], '全市')).toBe('<img src=x onerror=alert(1)>')
  })
  it('formats sources in English', () => {
    expect(sourcesText([{ publisher: 'Bureau', title: 'Census' }], 'en')).toBe('Bureau, “Census”')
  })
})

describe('dates', () => {
  it('formats local dates and times', () => {
    const d = new Date(2025, 0, 2, 9, 5)
    expect(isoDate(d)).toBe('2025-01-02')
    expect(formatDateTime(d)).toBe('2025-01-02 09:05')
  })
})

describe('wrapText', () => {
  const measure = (s: string) => s.length
  it('breaks Latin text between words', () => {
    expect(wrapText('alpha beta gamma delta', 11, measure)).toEqual(['alpha beta', 'gamma delta'])
  })
  it('breaks Chinese between characters', () => {
    expect(wrapText('枣庄市人才链建设工作报道', 5, measure)).toEqual(['枣庄市人才', '链建设工作', '报道'])
  })
  it('cuts a word longer than a line', () => {
    expect(wrapText('abcdefghij', 4, measure)).toEqual(['abcd', 'efgh', 'ij'])
  })
  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('一二三四五；六七', 5, measure)
    expect(lines).toEqual(['一二三四五；', '六七'])
  })
  it('returns no line for empty text', () => {
    expect(wrapText('', 10, measure)).toEqual([])
  })
})
