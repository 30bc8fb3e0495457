import { describe, expect, it } from 'vitest'
import { enterpriseCube } from '../../../src/domain/engine'
import { emptyFilters } from '../../../src/domain/filters'
import { enterpriseTable, platformTable, talentTable, type RowLabels } from '../../../src/export/rows'
import { cells, firms, meta, platforms } from '../fixtures'

const zh: RowLabels = { lang: 'zh', column: (k) => `#${k}`, stage: (s) => `stage:${s}`, noChain: '未分产业链' }
const en: RowLabels = { ...zh, lang: 'en' }

describe('enterpriseTable', () => {
  const rows = enterpriseCube
    .fromRows(firms)
    .matching({ ...emptyFilters(), district: ['370481'], chain: 'lithium' }, 2024)
  const table = enterpriseTable(rows, meta, zh)
  it('has one row per filtered firm under localised headers', () => {
    expect(table.rows).toHaveLength(rows.length)
    expect(table.headers.slice(0, 6)).toEqual(['#id', '#name', '#district', '#chain', '#segment', '#stage'])
    expect(table.rows.every((r) => r.length === table.headers.length)).toBe(true)
  })
  it('names districts, chains, segments, stages and types from meta, and keeps numbers numeric', () => {
    const b = table.rows.find((r) => r[0] === 'b')
    expect(b?.slice(0, 9)).toEqual([
      'b',
      '测试企业',
      '滕州市',
      '锂电产业链',
      '正极材料',
      'stage:midstream',
      '专精特新',
      10,
      5,
    ])
    expect(enterpriseTable(rows, meta, en).rows[0]?.slice(2, 5)).toEqual(['Tengzhou', 'Lithium battery', 'Cathode'])
  })
  it('keeps unknown ids as they are', () => {
    const odd = enterpriseTable([{ ...firms[0]!, segment: 'nope', district: '999' }], meta, zh).rows[0]
    expect(odd?.[2]).toBe('999')
    expect(odd?.[4]).toBe('nope')
    expect(odd?.[5]).toBeNull()
  })
})

describe('platformTable', () => {
  it('names kinds, levels, hosts and partners', () => {
    const hosts = new Map([['E1', '主办企业']])
    const t = platformTable(
      [{ ...platforms[0]!, host: 'E1', partners: ['大学甲', '大学乙'] }, platforms[2]!],
      meta,
      hosts,
      zh,
    )
    expect(t.rows[0]?.slice(0, 11)).toEqual([
      'p1',
      '平台',
      '博士后创新实践基地',
      '省级',
      '市中区',
      '锂电产业链',
      '主办企业',
      2015,
      10,
      2,
      '大学甲、大学乙',
    ])
    expect(t.rows[1]?.[5]).toBeNull()
    expect(t.rows[1]?.[6]).toBeNull()
  })
})

describe('talentTable', () => {
  it('groups matching cells: stock at the range end, inflow over the range', () => {
    const f = { ...emptyFilters(), district: ['370481'], year: { from: 2022, to: 2024 } }
    const t = talentTable(cells, f, 2024, meta, zh)
    expect(t.headers).toEqual([
      '#years',
      '#district',
      '#chain',
      '#talentType',
      '#education',
      '#ageBand',
      '#stock',
      '#inflow',
    ])
    expect(t.rows).toEqual([
      ['2022–2024', '滕州市', '锂电产业链', '专业技术人才', '博士', '35岁及以下', 200, 25],
      ['2022–2024', '滕州市', '高端化工', '专业技术人才', '博士', '35岁及以下', 40, 4],
      ['2022–2024', '滕州市', '未分产业链', '其他', '其他', '35岁及以下', 50, 3],
    ])
  })
  it('uses the last year by default and applies every talent filter', () => {
    const t = talentTable(cells, { ...emptyFilters(), chain: 'lithium' }, 2024, meta, zh)
    expect(t.rows.map((r) => [r[0], r[1], r[6], r[7]])).toEqual([
      ['2024', '市中区', 110, 12],
      ['2024', '滕州市', 200, 20],
    ])
  })
  it('sums to the KPI totals', () => {
    const t = talentTable(cells, emptyFilters(), 2024, meta, zh)
    const sum = (i: number) => t.rows.reduce((n, r) => n + Number(r[i]), 0)
    expect([sum(6), sum(7)]).toEqual([110 + 200 + 50 + 40, 12 + 20 + 3 + 4])
  })
})
