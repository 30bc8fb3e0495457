/**
 * The messy city fixture (tests/fixtures/import/messy.ts) through the importer: every count of the
 * report against what the fixture says each row is, the talent cells against a plain aggregation of
 * the person specs, and no person-level value anywhere in the output.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runImport, type ImportResult } from '../../../importer/run'
import { writeOutput } from '../../../importer/write'
import { decodeTables } from '../../../src/api/arrow/decode'
import { ARROW_TABLES } from '../../../src/api/arrow/layout'
import { PERSON_CELLS, writeMessyFixture, type BadRow, type MessyFixture } from '../../fixtures/import/messy'
import { csvText } from '../../fixtures/import/sheets'

const MIN = 5
let dir: string
let fx: MessyFixture
let result: ImportResult

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'zz-import-fx-'))
  fx = await writeMessyFixture(dir)
  result = await runImport({ ...fx.files, sources: [fx.files.sources], crs: 'bd09', minCell: MIN, outside: 'drop' })
  await writeOutput(path.join(dir, 'out'), result.datasets, result.report)
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The report's reasons as the fixture predicts them: count, first rows and failing fields by reason. */
function expectedReasons(bad: BadRow[]) {
  const out: Record<string, { count: number; rows: number[]; fields?: Record<string, number> }> = {}
  for (const b of bad) {
    const e = (out[b.reason] ??= { count: 0, rows: [] })
    e.count += 1
    e.rows.push(b.row)
    if (b.field) (e.fields ??= {})[b.field] = (e.fields[b.field] ?? 0) + 1
  }
  return out
}

describe('report counts', () => {
  it('firms: read, accepted, dropped per reason with rows and fields, person columns, unknown values', () => {
    const r = result.report.datasets.enterprises
    expect(r.source).toMatchObject({ file: '企业名单.csv', format: 'csv', encoding: 'gb18030', headerRow: 2 })
    expect(r.rowsRead).toBe(37)
    expect(r.accepted).toBe(24)
    expect(r.written).toBe(24)
    expect(r.dropped).toBe(13)
    expect(r.reasons).toEqual(expectedReasons(fx.firms.bad))
    expect(Object.fromEntries(Object.entries(r.reasons).map(([k, e]) => [k, e.count]))).toEqual({
      'unknown-district': 2,
      'unknown-chain': 1,
      'unknown-segment': 1,
      'bad-coordinates': 2,
      'out-of-range': 2,
      'duplicate-id': 1,
      'duplicate-name': 1,
      'outside-district': 1,
      'missing-field': 1,
      'invalid-number': 1,
    })
    expect(r.outside).toEqual({ count: 1, rows: [32], action: 'dropped' })
    expect(r.personFields.columns).toEqual(['Q', 'R'])
    expect(r.personFields.count).toBe(fx.firms.personRows)
    expect(r.source?.ignoredColumns).toEqual(['序号'])
    expect(r.unknownValues).toEqual({
      district: ['高新区', '<img src=x onerror=alert(1)>'],
      chain: ['氢能产业链'],
      segment: ['外太空材料'],
    })
  })

  it('platforms: XLSX sheet found behind a notes sheet, kinds read from names, unknown level and district', () => {
    const r = result.report.datasets.platforms
    expect(r.source).toMatchObject({ format: 'xlsx', sheet: '平台名单', headerRow: 2, encoding: null })
    expect([r.rowsRead, r.accepted, r.dropped, r.written]).toEqual([12, 10, 2, 10])
    expect(r.reasons).toEqual(expectedReasons(fx.platforms.bad))
    expect(r.personFields).toEqual({
      columns: ['L'],
      count: 10,
      rows: [3, 4, 5, 6, 8, 9, 10, 11, 12, 13],
    })
  })

  it('talent: person rows aggregated; cells under --min-cell suppressed and counted; person columns removed', () => {
    const r = result.report.datasets.talent
    const persons = PERSON_CELLS.reduce((n, c) => n + c.persons, 0)
    const small = PERSON_CELLS.filter((c) => c.persons < MIN)
    const smallPersons = small.reduce((n, c) => n + c.persons, 0)
    expect(r.form).toBe('persons')
    expect(r.rowsRead).toBe(persons + fx.talent.bad.length)
    expect(r.accepted).toBe(persons - smallPersons)
    expect(r.dropped).toBe(fx.talent.bad.length + smallPersons)
    expect(r.written).toBe(PERSON_CELLS.length - small.length)
    expect(r.suppressed).toMatchObject({ cells: small.length, persons: smallPersons })
    const { 'suppressed-cell': suppressed, ...rest } = r.reasons
    expect(rest).toEqual(expectedReasons(fx.talent.bad))
    expect(suppressed?.count).toBe(smallPersons)
    expect(r.personFields.columns).toEqual(['A', 'B', 'C', 'L'])
    expect(r.personFields.count).toBe(r.rowsRead)
    expect(r.unknownValues).toEqual({ education: ['未知学历'], talentType: ['外籍人才'] })
  })

  it('talent sources derived from person rows: only published cells, rows under --min-cell left out', () => {
    const r = result.report.datasets.talentSources
    expect(result.datasets.talent.sources).toEqual([
      { year: 2024, chain: 'lithium', source: '山东大学', sourceType: 'university', introduced: 5 },
    ])
    const published = PERSON_CELLS.filter((c) => c.persons >= MIN)
    expect(r.rowsRead).toBe(published.reduce((n, c) => n + c.sources.reduce((m, [, k]) => m + k, 0), 0))
    expect(r.reasons['suppressed-source']?.count).toBe(r.rowsRead - 5)
    expect(result.report.datasets.talent.suppressedSources).toBe(4)
  })

  it('demand and cited sources go through the same checks', () => {
    const d = result.report.datasets.demand
    expect([d.rowsRead, d.accepted, d.dropped]).toEqual([4, 2, 2])
    expect(d.reasons).toEqual({
      'unknown-segment': { count: 1, rows: [4] },
      'out-of-range': { count: 1, rows: [5], fields: { demand: 1 } },
    })
    const s = result.report.datasets.sources
    expect(s.reasons).toEqual({ 'invalid-format': { count: 1, rows: [3], fields: { url: 1 } } })
    expect(result.datasets.meta.sources).toEqual([
      {
        id: 'source-1',
        title: '枣庄市人才统计年报（2024）',
        publisher: '枣庄市人力资源和社会保障局',
        date: '2025-03',
        url: 'https://example.org/report',
      },
    ])
  })

  it('every dataset accounts for each row read: accepted + dropped = rows read', () => {
    for (const [name, d] of Object.entries(result.report.datasets)) {
      expect(d.accepted + d.dropped, name).toBe(d.rowsRead)
      expect(d.dropped, name).toBe(Object.values(d.reasons).reduce((n, e) => n + e.count, 0))
    }
  })

  it("the app's own checks on the written files drop nothing; the import is usable", () => {
    expect(result.report.ok).toBe(true)
    expect(result.report.exitCode).toBe(0)
    for (const by of [...Object.values(result.report.app.validation), ...Object.values(result.report.app.reconcile)])
      expect(by).toEqual({})
    expect(result.report.app.outside).toBe(0)
  })
})

describe('output', () => {
  it('talent cells equal a plain aggregation of the person specs with small cells left out', () => {
    const want = PERSON_CELLS.filter((c) => c.persons >= MIN).map((c) => ({
      district: c.district,
      chain: c.chain,
      talentType: c.talentType,
      education: c.education,
      ageBand: c.ageBand,
      year: c.year,
      stock: c.persons,
      inflow: c.introduced,
    }))
    const key = (x: object) => JSON.stringify(x)
    expect(result.datasets.talent.cells.map(key).sort()).toEqual(want.map(key).sort())
    expect(result.datasets.meta).toMatchObject({ years: [2023, 2024], asOf: '2024-12-31', isSample: false })
  })

  it('firms: BD-09 converted back to the GCJ-02 points within 0.2 m, types and 万元 converted', () => {
    const byId = new Map(result.datasets.enterprises.items.map((e) => [e.id, e]))
    for (const g of fx.firms.good) {
      const e = byId.get(g.id)
      expect(e, g.id).toBeDefined()
      expect(e).toMatchObject({
        district: g.district,
        chain: g.chain,
        segment: g.segment,
        founded: g.founded,
        employees: g.employees,
      })
      expect(new Set(e?.types)).toEqual(new Set(g.types))
      expect(e?.outputValue).toBeCloseTo(g.outputValue, 10)
      expect(Math.abs((e?.lon ?? 0) - g.gcj[0]) * 91_000).toBeLessThan(0.2)
      expect(Math.abs((e?.lat ?? 0) - g.gcj[1]) * 111_000).toBeLessThan(0.2)
    }
  })

  it('writes Arrow twins of the record datasets, table by table as long as the JSON', () => {
    for (const [name, tables] of Object.entries(ARROW_TABLES)) {
      const json = JSON.parse(readFileSync(path.join(dir, 'out', 'api/v1', name), 'utf8')) as Record<string, unknown[]>
      const decoded = decodeTables(new Uint8Array(readFileSync(path.join(dir, 'out', 'api/v1', `${name}.arrow`))))
      expect(decoded.map((t) => t.length)).toEqual(tables.map(([key]) => json[key]?.length ?? 0))
      expect(decoded.reduce((n, t) => n + t.length, 0)).toBeGreaterThan(0)
    }
  })

  it('no person-level value reaches any written file', () => {
    const files: string[] = []
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = path.join(d, f)
        if (statSync(p).isDirectory()) walk(p)
        else files.push(p)
      }
    }
    walk(path.join(dir, 'out'))
    expect(files.map((f) => path.relative(path.join(dir, 'out'), f)).sort()).toEqual([
      'api/v1/boundaries',
      'api/v1/enterprises',
      'api/v1/enterprises.arrow',
      'api/v1/meta',
      'api/v1/platforms',
      'api/v1/platforms.arrow',
      'api/v1/talent',
      'api/v1/talent.arrow',
      'config.json',
      'import-report.html',
      'import-report.json',
    ])
    const text = files.map((f) => readFileSync(f, 'utf8')).join('\n')
    // Every value of every person column of the talent and firm files.
    const talentCsv = readFileSync(fx.files.talent, 'utf8')
    const personValues = talentCsv
      .split('\r\n')
      .slice(1)
      .flatMap((line) => {
        const cells = line.split(',')
        return [cells[0], cells[1], cells[2], cells[11], cells[7]]
      })
      .filter((v): v is string => Boolean(v) && !/^\d{4}$/.test(v ?? ''))
    expect(personValues.length).toBeGreaterThan(150)
    for (const v of personValues) expect(text.includes(v), v).toBe(false)
    for (const v of ['法人0', '13800000000', '张0']) expect(text.includes(v), v).toBe(false)
    // No person-identifying header either: the report names those columns by their letter.
    for (const word of ['身份证', '姓名', '手机', '住址', '法定代表人', '联系电话', '负责人'])
      expect(text.includes(word), word).toBe(false)
    const api = files
      .filter((f) => f.includes(`${path.sep}api${path.sep}`))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    for (const key of ['idNumber', 'phone', 'birth', 'address', 'personName', 'dedupeKey'])
      expect(api.includes(key), key).toBe(false)
    expect(result.report.datasets.talent.source?.columns.dedupeKey).toBe('column A')
  })

  it('the HTML report escapes every data string', () => {
    const html = readFileSync(path.join(dir, 'out', 'import-report.html'), 'utf8')
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('企业名单.csv')
  })

  it('config.json points the app at ./api/v1', () => {
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'config.json'), 'utf8'))).toEqual({
      apiBase: './api/v1',
      basemap: null,
      title: '枣庄人才·产业·科创地图',
    })
  })
})

describe('--outside keep and --min-cell', () => {
  it('keeps points outside their district when asked (the app drops them at load, as the report says)', async () => {
    const r = await runImport({ ...fx.files, sources: [fx.files.sources], crs: 'bd09', minCell: MIN, outside: 'keep' })
    expect(r.report.datasets.enterprises.outside).toEqual({ count: 1, rows: [32], action: 'kept' })
    expect(r.report.datasets.enterprises.written).toBe(25)
    expect(r.report.app.outside).toBe(1)
    expect(r.report.app.reconcile.enterprises).toEqual({ 'outside-district': 1 })
  })

  it('--min-cell 1 publishes every cell; --min-cell 10 suppresses all but the largest', async () => {
    const one = await runImport({ talent: fx.files.talent, crs: 'bd09', minCell: 1, outside: 'drop' })
    expect(one.datasets.talent.cells.length).toBe(PERSON_CELLS.length)
    expect(one.report.datasets.talent.suppressed.cells).toBe(0)
    const ten = await runImport({ talent: fx.files.talent, crs: 'bd09', minCell: 10, outside: 'drop' })
    expect(ten.datasets.talent.cells.map((c) => c.stock)).toEqual([12])
    expect(ten.report.datasets.talent.suppressed.cells).toBe(PERSON_CELLS.length - 1)
  })

  it('reads the fixture CSVs the way the sheets module writes them', () => {
    expect(csvText({ headers: ['a'], rows: [['x,y']] })).toBe('a\r\n"x,y"\r\n')
  })
})
