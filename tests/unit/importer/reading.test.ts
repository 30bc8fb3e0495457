import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { resolveColumns, SYNONYMS, type TableKind } from '../../../importer/columns'
import { parseNumber, parseYear } from '../../../importer/numbers'
import { isPersonHeader } from '../../../importer/person'
import { decodeText } from '../../../importer/read/decode'
import { readGrids } from '../../../importer/read/grid'
import { openSheet } from '../../../importer/sheet'
import { headerKey, isYes, splitList } from '../../../importer/text'
import { encodeGb18030, writeXlsx } from '../../fixtures/import/sheets'

const dir = mkdtempSync(path.join(os.tmpdir(), 'zz-import-read-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const TEXT = '企业名称,所属区县\r\n"鲁南,锂电""有限""公司",滕州市\r\n'

describe('text encodings', () => {
  it('reads UTF-8 with and without a BOM, GB18030 and UTF-16 with a BOM to the same text', () => {
    const utf8 = new TextEncoder().encode(TEXT)
    expect(decodeText(utf8)).toEqual({ text: TEXT, encoding: 'utf-8', bom: false })
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: TEXT,
      encoding: 'utf-8',
      bom: true,
    })
    const gb = encodeGb18030(TEXT)
    expect(gb.length).toBeLessThan(utf8.length)
    expect(decodeText(gb)).toEqual({ text: TEXT, encoding: 'gb18030', bom: false })
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(TEXT, 'utf16le'))])
    expect(decodeText(le)).toEqual({ text: TEXT, encoding: 'utf-16le', bom: true })
  })

  it('a forced encoding wins over detection but not over a BOM', () => {
    expect(decodeText(new TextEncoder().encode('abc'), 'gb18030').encoding).toBe('gb18030')
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'gb18030')).toEqual({
      text: 'a',
      encoding: 'utf-8',
      bom: true,
    })
  })

  it('parses CSV with quotes, commas and line breaks in cells, keeping spreadsheet row numbers', async () => {
    const file = path.join(dir, 'q.csv')
    writeFileSync(file, encodeGb18030('名称,备注\r\n"甲,乙","两行\r\n备注"\r\n\r\n丙,x\r\n'))
    const [grid] = await readGrids(file)
    expect(grid?.encoding).toBe('gb18030')
    expect(grid?.rows).toEqual([
      { row: 1, cells: ['名称', '备注'] },
      { row: 2, cells: ['甲,乙', '两行\r\n备注'] },
      { row: 3, cells: [''] },
      { row: 4, cells: ['丙', 'x'] },
    ])
  })

  it('sniffs tab- and semicolon-separated files', async () => {
    const tab = path.join(dir, 't.txt')
    writeFileSync(tab, '名称\t区县\n甲\t滕州\n')
    expect((await readGrids(tab))[0]?.rows[1]?.cells).toEqual(['甲', '滕州'])
    const semi = path.join(dir, 's.csv')
    writeFileSync(semi, '名称;区县\n甲;滕州\n')
    expect((await readGrids(semi))[0]?.rows[1]?.cells).toEqual(['甲', '滕州'])
  })

  it('reads every XLSX sheet as text (numbers, dates, empty cells) and picks the sheet and header row by its columns', async () => {
    const file = path.join(dir, 'b.xlsx')
    await writeXlsx(file, {
      说明: { headers: ['本表说明'], rows: [['无数据']] },
      企业: {
        title: '企业名单',
        headers: ['企业名称', '所属区县', '经度', '纬度', '产业链', '成立日期'],
        rows: [
          ['甲', '滕州', 117.2, 35.1, '锂电', 2015],
          ['乙', null, 117.3, 35.0, '锂电', 2016],
        ],
      },
    })
    const sheet = await openSheet(file, ['firms'])
    expect(sheet.sheet).toBe('企业')
    expect(sheet.headerRow).toBe(2)
    expect(sheet.rows.map((r) => r.row)).toEqual([3, 4])
    expect(sheet.rows[0]?.cells).toEqual(['甲', '滕州', '117.2', '35.1', '锂电', '2015'])
    expect(sheet.rows[1]?.cells[1]).toBe('')
  })

  it('refuses a file without the columns it needs, naming them', async () => {
    const file = path.join(dir, 'few.csv')
    writeFileSync(file, '企业名称,所属区县\n甲,滕州\n')
    await expect(openSheet(file, ['firms'])).rejects.toThrow(/no column for .*lon or coords/)
    await expect(openSheet(path.join(dir, 'old.xls'), ['firms'])).rejects.toThrow(/\.xls/)
  })
})

describe('cells as people write them', () => {
  it('numbers: separators, full-width digits, count words, 万 / 亿; empty is null, text is NaN', () => {
    expect(parseNumber('1,234')).toBe(1234)
    expect(parseNumber('１２３')).toBe(123)
    expect(parseNumber(' 56人 ')).toBe(56)
    expect(parseNumber('35岁')).toBe(35)
    expect(parseNumber('1.5万')).toBe(15000)
    expect(parseNumber('-3')).toBe(-3)
    expect(parseNumber('')).toBeNull()
    expect(parseNumber('约100')).toBeNaN()
    expect(parseNumber('12abc')).toBeNaN()
  })

  it('years: dates in every common form, Excel serials; empty is null, text is NaN', () => {
    for (const s of ['2015', '2015-06-01', '2015/6/1', '2015年6月', '2015.06', '201506', '20150601', '2015.0'])
      expect(parseYear(s)).toBe(2015)
    expect(parseYear('42156')).toBe(2015)
    expect(parseYear('')).toBeNull()
    expect(parseYear('去年')).toBeNaN()
  })

  it('lists split on ; ； , ， 、 | / and line breaks', () => {
    expect(splitList('专精特新;高新技术企业')).toEqual(['专精特新', '高新技术企业'])
    expect(splitList(' a；b，c、d|e/f\ng ,, ')).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g'])
  })

  it('yes/no cells', () => {
    for (const s of ['是', 'Y', 'yes', 'TRUE', '1', '√', '✓']) expect(isYes(s)).toBe(true)
    for (const s of ['否', 'N', '0', '', '不是']) expect(isYes(s)).toBe(false)
  })
})

describe('columns', () => {
  it('each header synonym names one field per table kind', () => {
    for (const [kind, table] of Object.entries(SYNONYMS)) {
      const seen = new Map<string, string>()
      for (const [field, list] of Object.entries(table))
        for (const s of list) {
          const key = headerKey(s)
          expect(seen.get(key) ?? field, `${kind}: "${s}"`).toBe(field)
          seen.set(key, field)
        }
    }
  })

  it('matches Chinese and English headers whatever their width, case, spaces or unit notes', () => {
    const cols = resolveColumns(
      ['企业名称 ', 'District', '经度', 'LAT', '产值（万元）', '成立 日期', 'Talent total', '*产业链'],
      'firms',
    )
    expect(Object.fromEntries([...cols].map(([f, c]) => [f, c.index]))).toEqual({
      name: 0,
      district: 1,
      lon: 2,
      lat: 3,
      outputValue: 4,
      founded: 5,
      'talent.total': 6,
      chain: 7,
    })
  })

  it("reads the app's own export headers (zh and en)", () => {
    const zh = [
      '编号',
      '名称',
      '区县',
      '产业链',
      '环节',
      '链位',
      '企业类型',
      '员工数',
      '人才总数',
      '博士',
      '硕士',
      '本科',
      '当年引进人才',
      '产值（亿元）',
      '成立年份',
      '经度',
      '纬度',
    ]
    expect(resolveColumns(zh, 'firms').size).toBe(16)
    const en = [
      'ID',
      'Name',
      'District',
      'Chain',
      'Segment',
      'Stage',
      'Enterprise types',
      'Employees',
      'Talent total',
      'Doctorates',
      'Masters',
      'Bachelors',
      'Talent introduced this year',
      'Output value (100M CNY)',
      'Founded',
      'Longitude',
      'Latitude',
    ]
    expect(resolveColumns(en, 'firms').size).toBe(16)
  })

  it('a mapping override wins over the synonyms', () => {
    const cols = resolveColumns(['单位全称', '名称'], 'firms', { name: '单位全称' })
    expect(cols.get('name')?.index).toBe(0)
  })

  it('person-identifying headers, in Chinese and English; "name" only in talent files', () => {
    for (const h of [
      '身份证号',
      '姓名',
      '手机号码',
      '电子邮箱',
      '家庭住址',
      '出生日期',
      'ID Number',
      'E-mail',
      'Phone',
      'Address',
    ])
      expect(isPersonHeader(h, false), h).toBe(true)
    expect(isPersonHeader('Name', true)).toBe(true)
    expect(isPersonHeader('Name', false)).toBe(false)
    expect(isPersonHeader('企业名称', true)).toBe(false)
  })

  it('tells a talent file in cell form from person rows by its columns', async () => {
    const cells = path.join(dir, 'cells.csv')
    writeFileSync(cells, '区县,人才类型,学历,年龄段,年份,人才总量,当年引进人数\n滕州,高技能,本科,u25,2024,10,2\n')
    expect((await openSheet(cells, ['talentCells', 'talentPersons'] as TableKind[])).kind).toBe('talentCells')
    const persons = path.join(dir, 'persons.csv')
    writeFileSync(persons, '姓名,区县,人才类型,学历,年龄,年份,当年引进\n张三,滕州,高技能,本科,30,2024,是\n')
    const sheet = await openSheet(persons, ['talentCells', 'talentPersons'])
    expect(sheet.kind).toBe('talentPersons')
    expect(sheet.person.map((p) => p.header)).toEqual(['姓名'])
  })
})
