import { describe, expect, it } from 'vitest'
import { emptyFilters } from '../../../src/domain/filters'
import {
  captionLines,
  filterPairs,
  filterWords,
  filtersSentence,
  formatDateTime,
  isoDate,
  sourcesText,
  wrapText,
  type CaptionWords,
} from '../../../src/export/caption'
import { meta } from '../fixtures'

const words: CaptionWords = {
  lang: 'zh',
  view: (title, view) => `${title} · ${view}`,
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

const NAMES: Record<string, string> = { district: '区县', chain: '产业链', year: '年份', q: '搜索', segment: '环节' }
const names = { name: (k: string) => NAMES[k] ?? k, allCity: '全市' }

describe('filterPairs', () => {
  it('names each filter, always says the district and the year (the data year by default)', () => {
    const f = { ...emptyFilters(), chain: 'lithium', district: ['370481'] }
    const pairs = filterPairs(meta, f, 'zh', 2024, names)
    expect(pairs.map((p) => [p.key, p.name, p.value])).toEqual([
      ['district', '区县', '滕州市'],
      ['chain', '产业链', '锂电产业链'],
      ['year', '年份', '2024'],
    ])
    expect(filtersSentence(pairs, 'zh')).toBe('区县：滕州市 · 产业链：锂电产业链 · 年份：2024')
  })
  it('says the whole city with no district, a year range, quoted search text, and English', () => {
    const f = { ...emptyFilters(), q: '锂', year: { from: 2021, to: 2024 } }
    expect(filtersSentence(filterPairs(meta, f, 'zh', 2024, names), 'zh')).toBe(
      '区县：全市 · 年份：2021–2024 · 搜索：“锂”',
    )
    const en = filterPairs(meta, { ...emptyFilters(), district: ['370481'] }, 'en', 2024, {
      name: (k) => ({ district: 'District', year: 'Year' })[k as 'district'] ?? k,
      allCity: 'Whole city',
    })
    expect(filtersSentence(en, 'en')).toBe('District: Tengzhou · Year: 2024')
  })
})

describe('captionLines', () => {
  const input = {
    title: '枣庄人才·产业·科创地图',
    view: '产业地图',
    filters: [
      { key: 'district' as const, name: '区县', value: '滕州市' },
      { key: 'chain' as const, name: '产业链', value: '锂电产业链' },
      { key: 'year' as const, name: '年份', value: '2021–2024' },
    ],
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
      '区县：滕州市 · 产业链：锂电产业链 · 年份：2021–2024',
      '数据截至：2024-12-31    导出时间：2025-01-02 09:30',
      '示例数据 / sample data',
      '数据来源：枣庄新闻网《人才链报道》；枣庄市统计局《普查公报》',
    ])
  })
  it('leaves out the sample mark and empty sources', () => {
    const lines = captionLines({ ...input, filters: input.filters.slice(0, 1), isSample: false, sources: [] }, words)
    expect(lines).toEqual([
      '枣庄人才·产业·科创地图 · 产业地图',
      '区县：滕州市',
      '数据截至：2024-12-31    导出时间：2025-01-02 09:30',
    ])
  })
  it('keeps markup as plain text', () => {
    const evil = [{ key: 'q' as const, name: '搜索', value: '<img src=x onerror=alert(1)>' }]
    expect(filtersSentence(evil, 'zh')).toBe('搜索：<img src=x onerror=alert(1)>')
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
