import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ageBandBounds, createLookups } from '../../../importer/lookup'
import { loadMapping, unknownMappingIds } from '../../../importer/mapping'
import { buildMeta } from '../../../mock/catalog'

const meta = buildMeta(1, 1)
const L = createLookups(meta)
const dir = mkdtempSync(path.join(os.tmpdir(), 'zz-import-map-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('names → ids', () => {
  it('district names with or without 市/区, with the city or province in front, spaces, English, adcodes', () => {
    const cases: [string, string][] = [
      ['滕州市', '370481'],
      ['滕州', '370481'],
      [' 滕 州 市 ', '370481'],
      ['枣庄市滕州市', '370481'],
      ['山东省枣庄市滕州市', '370481'],
      ['Tengzhou', '370481'],
      ['tengzhou city', '370481'],
      ['370481', '370481'],
      ['滕州区', '370481'],
      ['市中区', '370402'],
      ['市中', '370402'],
      ['枣庄市市中区', '370402'],
      ['枣庄市中区', '370402'],
      ['台儿庄', '370405'],
      ['台儿庄区', '370405'],
      ['薛城', '370403'],
      ['Xuecheng District', '370403'],
      ['山亭', '370406'],
      ['峄城区', '370404'],
      ['ＳＨＡＮＴＩＮＧ', '370406'],
    ]
    for (const [text, id] of cases) expect(L.district(text), text).toBe(id)
    for (const text of ['枣庄市', '高新区', '', '北京市']) expect(L.district(text), text).toBeNull()
  })

  it('chains by Chinese or English name, with or without 产业链; empty or 未分产业链 is no chain', () => {
    for (const t of ['锂电产业链', '锂电', 'Lithium battery', 'lithium', 'LITHIUM'])
      expect(L.chain(t), t).toBe('lithium')
    expect(L.chain('高端化工产业')).toBe('chemical')
    for (const t of ['锂电池产业链', '锂电池', '新能源电池']) expect(L.chain(t), t).toBe('lithium')
    for (const t of ['', '无', '未分产业链', 'No chain', '-']) expect(L.chain(t), t).toBeNull()
    expect(L.chain('氢能产业链')).toBeUndefined()
  })

  it('segments within their chain, or found by a unique name when the chain is not given', () => {
    expect(L.segment('正极材料', 'lithium')).toEqual({ chain: 'lithium', segment: 'lithium-cathode' })
    expect(L.segment('Cathode materials', 'lithium')).toEqual({ chain: 'lithium', segment: 'lithium-cathode' })
    expect(L.segment('cathode', 'lithium')).toEqual({ chain: 'lithium', segment: 'lithium-cathode' })
    expect(L.segment('正极材料', null)).toEqual({ chain: 'lithium', segment: 'lithium-cathode' })
    expect(L.segment('正极材料', 'chemical')).toBeNull()
    // "components" is a segment of two chains: ambiguous without the chain.
    expect(L.segment('components', null)).toBeNull()
    expect(L.segment('components', 'it')).toEqual({ chain: 'it', segment: 'it-components' })
  })

  it('code lists by name, English name, id and common synonyms', () => {
    expect(
      ['专精特新', '小巨人', '高新技术企业', '高新技术', '高企', '规上', '规模以上工业企业', '单项冠军'].map(
        L.enterpriseType,
      ),
    ).toEqual([
      'specialized',
      'specialized',
      'high-tech',
      'high-tech',
      'high-tech',
      'above-scale',
      'above-scale',
      'champion',
    ])
    expect(['高层次人才', '专技人才', 'High-skilled', '乡土人才', '其他'].map(L.talentType)).toEqual([
      'high-level',
      'professional',
      'high-skilled',
      'rural-skilled',
      'other',
    ])
    expect(['博士研究生', '硕士', '大学本科', '大专', '高中', "Master's"].map(L.education)).toEqual([
      'doctor',
      'master',
      'bachelor',
      'college',
      'other',
      'master',
    ])
    expect(['26-35岁', '26–35岁', 'a26-35', '25岁及以下'].map(L.ageBand)).toEqual(['a26-35', 'a26-35', 'a26-35', 'u25'])
    expect(['国家级', '省', '市级'].map(L.platformLevel)).toEqual(['national', 'provincial', 'municipal'])
    expect(L.platformKind('博士后工作站')).toBe('postdoc-workstation')
    expect(L.platformKindInName('滕州市某公司博士后科研工作站')).toBe('postdoc-workstation')
    expect(L.platformKindInName('枣庄市锂电池材料重点实验室')).toBe('key-lab')
    expect(L.platformKindInName('某某公司')).toBeNull()
  })

  it('age bands from their names: ages map to the band that holds them', () => {
    expect(meta.ageBands.map(ageBandBounds)).toEqual([
      [0, 25],
      [26, 35],
      [36, 45],
      [46, 55],
      [56, 200],
    ])
    expect([18, 25, 26, 35, 36, 55, 56, 70].map(L.ageBandOfAge)).toEqual([
      'u25',
      'u25',
      'a26-35',
      'a26-35',
      'a36-45',
      'a46-55',
      'o55',
      'o55',
    ])
  })
})

describe('the mapping file', () => {
  it('overrides headers per file and values per list, and names ids meta does not have', async () => {
    const file = path.join(dir, 'm.json')
    writeFileSync(
      file,
      JSON.stringify({
        columns: { firms: { name: '单位全称' }, talent: { year: ['统计期'] } },
        values: { district: { 高新区: '370403', 经开区: '379999' }, chain: { 锂电池: 'lithium', 非重点: null } },
        sheets: { firms: 'Sheet2' },
      }),
    )
    const m = await loadMapping(file)
    expect(m.columns.firms).toEqual({ name: '单位全称' })
    expect(m.columns.talentPersons).toEqual({ year: ['统计期'] })
    expect(m.columns.talentCells).toEqual({ year: ['统计期'] })
    expect(m.sheets.firms).toBe('Sheet2')
    expect(unknownMappingIds(m, meta)).toEqual(['values.district["经开区"] = "379999"'])
    const L2 = createLookups(meta, m.values)
    expect(L2.district('高新区')).toBe('370403')
    expect(L2.chain('锂电池')).toBe('lithium')
    expect(L2.chain('非重点')).toBeNull()
  })

  it('refuses unknown keys and malformed JSON', async () => {
    const bad = path.join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ colums: {} }))
    await expect(loadMapping(bad)).rejects.toThrow(/--mapping/)
    writeFileSync(bad, '{')
    await expect(loadMapping(bad)).rejects.toThrow(/--mapping/)
  })
})
