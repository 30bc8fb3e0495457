import { describe, expect, it } from 'vitest'
import { exportFileName, safeNamePart } from '../../../src/export/filename'

const base = { view: '产业地图', allLabel: '全市', date: '2024-12-31', ext: 'png' }

describe('exportFileName', () => {
  it('says the view, the filters and the date', () => {
    expect(exportFileName({ ...base, filters: ['滕州市', '锂电产业链'] })).toBe(
      '产业地图_滕州市_锂电产业链_2024-12-31.png',
    )
  })
  it('says 全市 when no filter is active, and puts the subject after the view', () => {
    expect(exportFileName({ ...base, subject: '企业名录', filters: [], ext: 'csv' })).toBe(
      '产业地图_企业名录_全市_2024-12-31.csv',
    )
  })
  it('writes English names with spaces as dashes', () => {
    expect(
      exportFileName({
        ...base,
        view: 'Industry map',
        allLabel: 'Whole city',
        filters: ['Tengzhou City', '2021–2024'],
        ext: 'XLSX',
      }),
    ).toBe('Industry-map_Tengzhou-City_2021–2024_2024-12-31.xlsx')
  })
  it('strips characters unsafe in file names and keeps the name short', () => {
    const name = exportFileName({ ...base, filters: ['a/b\\c:d*e?f"g<h>i|j', '“..\\..\\etc”', 'x'.repeat(300)] })
    expect(name).not.toMatch(/[\\/:*?"<>|]/)
    expect(name.startsWith('产业地图_a-b-c-d-e-f-g-h-i-j_')).toBe(true)
    expect(name.endsWith('_2024-12-31.png')).toBe(true)
    expect(name.length).toBeLessThanOrEqual(160)
  })
  it('never yields an empty stem', () => {
    expect(exportFileName({ ...base, view: '///', allLabel: '', filters: [] })).toBe('export_2024-12-31.png')
  })
})

describe('safeNamePart', () => {
  it('removes control characters and leading dots', () => {
    expect(safeNamePart('..\u0000hidden\u0007 file.')).toBe('hidden-file')
  })
  it('keeps Chinese punctuation that is safe', () => {
    expect(safeNamePart('滕州市、薛城区')).toBe('滕州市、薛城区')
  })
})
