/** Person-level talent rows: which columns make a cell, who counts as introduced, who is a duplicate. */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runImport } from '../../../importer/run'
import { writeCsv, type Cell } from '../../fixtures/import/sheets'

const dir = mkdtempSync(path.join(os.tmpdir(), 'zz-import-talent-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function importPersons(headers: string[], rows: Cell[][], minCell = 1) {
  const file = path.join(dir, `t${Math.random().toString(36).slice(2)}.csv`)
  writeCsv(file, { headers, rows })
  const r = await runImport({ talent: file, crs: 'gcj02', minCell, outside: 'drop' })
  return { cells: r.datasets.talent.cells, report: r.report.datasets.talent }
}

describe('person rows → cells', () => {
  it('drops a person listed twice in one year only by a complete ID number, never by a masked one', async () => {
    const id = '370402199001011234'
    const masked = '370402********1234'
    const h = ['身份证号', '区县', '人才类型', '学历', '年龄', '年份']
    const row = (idn: string, year: number): Cell[] => [idn, '滕州', '高技能人才', '本科', 30, year]
    const { cells, report } = await importPersons(h, [
      row(id, 2024),
      row(id, 2024),
      row(id, 2023),
      row(masked, 2024),
      row(masked, 2024),
    ])
    expect(report.reasons).toEqual({ 'duplicate-person': { count: 1, rows: [3] } })
    expect(cells.map((c) => [c.year, c.stock])).toEqual([
      [2024, 3],
      [2023, 1],
    ])
  })

  it('introduced from a yes/no column or from the year of introduction; age from age, birth year or birth date', async () => {
    const h = ['区县', '人才类型', '学历', '出生日期', '年份', '引进年份']
    const { cells } = await importPersons(h, [
      ['滕州市', '专业技术人才', '硕士', '1994-03-02', 2024, 2024],
      ['滕州市', '专业技术人才', '硕士', '1990/12/31', 2024, 2022],
      ['滕州市', '专业技术人才', '硕士', '199001', 2024, ''],
    ])
    expect(cells).toEqual([
      {
        district: '370481',
        chain: null,
        talentType: 'professional',
        education: 'master',
        ageBand: 'a26-35',
        year: 2024,
        stock: 3,
        inflow: 1,
      },
    ])
    const ages = await importPersons(
      ['区县', '人才类型', '学历', '年龄', '年份', '是否当年引进'],
      [
        ['滕州', '其他', '博士', '25岁', 2024, '是'],
        ['滕州', '其他', '博士', 26, 2024, '否'],
        ['滕州', '其他', '博士', '', 2024, '是'],
      ],
    )
    expect(ages.cells.map((c) => [c.ageBand, c.stock, c.inflow])).toEqual([
      ['u25', 1, 1],
      ['a26-35', 1, 0],
    ])
    expect(ages.report.reasons['unknown-age']).toEqual({ count: 1, rows: [4] })
  })

  it("a row whose year the app's schema refuses is dropped with the app's reason, traced to its rows", async () => {
    const { cells, report } = await importPersons(
      ['区县', '人才类型', '学历', '年龄', '年份'],
      [
        ['滕州', '其他', '博士', 30, 2024],
        ['滕州', '其他', '博士', 30, 1850],
        ['滕州', '其他', '博士', 30, ''],
      ],
    )
    expect(cells).toHaveLength(1)
    expect(report.reasons).toEqual({
      'out-of-range': { count: 1, rows: [3], fields: { year: 1 } },
      'missing-field': { count: 1, rows: [4], fields: { year: 1 } },
    })
  })

  it('without a column saying who was introduced, inflow is 0 and the report says so', async () => {
    const { cells, report } = await importPersons(
      ['区县', '人才类型', '学历', '年龄', '年份'],
      [['滕州', '其他', '博士', 30, 2024]],
    )
    expect(cells[0]?.inflow).toBe(0)
    expect(report.notes.join()).toMatch(/inflow is 0/)
  })
})

describe('cell form', () => {
  it('is taken as is, small cells included and counted in a note', async () => {
    const file = path.join(dir, 'cells.csv')
    writeCsv(file, {
      headers: ['区县', '产业链', '人才类型', '学历', '年龄段', '年份', '人才存量', '引进人数'],
      rows: [
        ['滕州', '锂电', '高技能人才', '本科', '26–35岁', 2024, 12, 3],
        ['薛城', '', '其他', '其他', '56岁及以上', 2024, 2, 0],
      ],
    })
    const r = await runImport({ talent: file, crs: 'gcj02', minCell: 5, outside: 'drop' })
    expect(r.datasets.talent.cells).toEqual([
      {
        district: '370481',
        chain: 'lithium',
        talentType: 'high-skilled',
        education: 'bachelor',
        ageBand: 'a26-35',
        year: 2024,
        stock: 12,
        inflow: 3,
      },
      {
        district: '370403',
        chain: null,
        talentType: 'other',
        education: 'other',
        ageBand: 'o55',
        year: 2024,
        stock: 2,
        inflow: 0,
      },
    ])
    expect(r.report.datasets.talent).toMatchObject({
      form: 'cells',
      smallCells: 1,
      suppressed: { cells: 0, persons: 0 },
    })
  })
})
