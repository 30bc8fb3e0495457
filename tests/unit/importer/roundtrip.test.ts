/**
 * Round trip: the sample data written back to spreadsheets as a city would hold them (Chinese
 * headers, names instead of ids) and imported gives the same contract files. Talent cells are
 * compared as multisets; meta differs only where importer/README.md says (isSample, dataVersion,
 * sources, the sample's facts).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runImport, type ImportResult } from '../../../importer/run'
import { generate } from '../../../mock/generate'
import type { Datasets } from '../../../src/domain/types'
import { sampleTables } from '../../fixtures/import/sample'
import { writeCsv, writeXlsx } from '../../fixtures/import/sheets'

let dir: string
let sample: Datasets
const results: Record<'csv' | 'xlsx', ImportResult | null> = { csv: null, xlsx: null }

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'zz-import-rt-'))
  sample = generate({})
  const t = sampleTables(sample)
  const csv = (name: string) => path.join(dir, `${name}.csv`)
  writeCsv(csv('firms'), t.firms, 'gb18030')
  writeCsv(csv('platforms'), t.platforms, 'utf-8')
  writeCsv(csv('talent'), t.talent, 'utf-8-bom')
  writeCsv(csv('demand'), t.demand, 'gb18030')
  writeCsv(csv('sources'), t.talentSources, 'utf-8-bom')
  const book = path.join(dir, 'city.xlsx')
  await writeXlsx(book, { 企业: t.firms, 平台: t.platforms, 人才: t.talent, 供需: t.demand, 来源: t.talentSources })
  const base = { crs: 'gcj02', minCell: 5, outside: 'drop' } as const
  results.csv = await runImport({
    ...base,
    firms: csv('firms'),
    platforms: csv('platforms'),
    talent: csv('talent'),
    demand: csv('demand'),
    sources: [csv('sources')],
  })
  // One workbook: each file option picks its sheet by the columns it finds.
  results.xlsx = await runImport({ ...base, firms: book, platforms: book, talent: book, demand: book, sources: [book] })
}, 180_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const multiset = (list: readonly object[]) => list.map((x) => JSON.stringify(x)).sort()

describe.each(['csv', 'xlsx'] as const)('sample → %s → import', (form) => {
  const r = () => results[form] as ImportResult

  it('gives the same enterprises, platforms, boundaries, demand and talent sources', () => {
    expect(r().datasets.enterprises).toEqual(sample.enterprises)
    expect(r().datasets.platforms).toEqual(sample.platforms)
    expect(r().datasets.boundaries).toEqual(sample.boundaries)
    expect(r().datasets.talent.demand).toEqual(sample.talent.demand)
    expect(r().datasets.talent.sources).toEqual(sample.talent.sources)
  })

  it('gives the same talent cells (as a multiset), taken as is from the cell form', () => {
    expect(r().datasets.talent.cells.length).toBe(sample.talent.cells.length)
    expect(multiset(r().datasets.talent.cells)).toEqual(multiset(sample.talent.cells))
    expect(r().report.datasets.talent.form).toBe('cells')
  })

  it('gives the same meta but for isSample, dataVersion, sources and the facts', () => {
    const { isSample, dataVersion, sources, facts } = r().datasets.meta
    const differs = new Set(['isSample', 'dataVersion', 'sources', 'facts'])
    const same = (m: object) => Object.entries(m).filter(([k]) => !differs.has(k))
    expect(same(r().datasets.meta)).toEqual(same(sample.meta))
    expect(isSample).toBe(false)
    expect(facts).toBeUndefined()
    expect(dataVersion).toMatch(/^import-2024-12-31-[0-9a-f]{10}$/)
    expect(sources).toHaveLength(1)
    expect(sources[0]).toMatchObject({ id: 'import', date: '2024-12-31' })
  })

  it('reads every row and drops none', () => {
    const d = r().report.datasets
    for (const [name, rows] of [
      ['enterprises', sample.enterprises.items.length],
      ['platforms', sample.platforms.items.length],
      ['talent', sample.talent.cells.length],
      ['demand', sample.talent.demand.length],
      ['talentSources', sample.talent.sources.length],
    ] as const) {
      expect([d[name].rowsRead, d[name].accepted, d[name].dropped], name).toEqual([rows, rows, 0])
    }
    expect(r().report.ok).toBe(true)
  })
})

it('the same data gives the same dataVersion in both forms', () => {
  expect(results.csv?.datasets.meta.dataVersion).toBe(results.xlsx?.datasets.meta.dataVersion)
})
