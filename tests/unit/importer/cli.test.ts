/** `npm run import` as a deployer runs it: exit codes, what is written, what is not. */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseArgs } from '../../../importer/args'
import { writeMessyFixture, type MessyFixture } from '../../fixtures/import/messy'

const ROOT = path.resolve(__dirname, '../../..')
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs')
let dir: string
let fx: MessyFixture

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [TSX, path.join(ROOT, 'importer/cli.ts'), ...args],
      { cwd: dir },
    )
    return { code: 0, stdout, stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'zz-import-cli-'))
  fx = await writeMessyFixture(dir)
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run import', () => {
  it('writes the apiBase folder and the report, prints a summary, exits 0', async () => {
    const out = path.join(dir, 'out')
    const r = await cli([
      '--firms',
      fx.files.firms,
      '--platforms',
      fx.files.platforms,
      '--talent',
      fx.files.talent,
      '--demand',
      fx.files.demand,
      '--sources',
      fx.files.sources,
      '--out',
      out,
      '--crs',
      'bd09',
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/enterprises\s+read\s+37\s+accepted\s+24\s+dropped\s+13/)
    expect(r.stdout).toMatch(/talent cells suppressed \(< 5 persons\): 3 cells, 7 persons/)
    for (const f of ['meta', 'boundaries', 'talent', 'enterprises', 'platforms'])
      expect(existsSync(path.join(out, 'api/v1', f)), f).toBe(true)
    expect(JSON.parse(readFileSync(path.join(out, 'config.json'), 'utf8')).apiBase).toBe('./api/v1')
    expect(JSON.parse(readFileSync(path.join(out, 'import-report.json'), 'utf8')).exitCode).toBe(0)
  }, 60_000)

  it('exits 1 and writes only the report when nothing usable remains', async () => {
    const bad = path.join(dir, 'bad.csv')
    writeFileSync(
      bad,
      '企业名称,所属区县,经度,纬度,产业链,成立年份\n甲,高新区,117.2,35.1,锂电,2015\n乙,北京,117.2,35.1,锂电,2015\n',
    )
    const out = path.join(dir, 'out-bad')
    const r = await cli(['--firms', bad, '--out', out])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('firms: no usable record in bad.csv')
    expect(existsSync(path.join(out, 'api'))).toBe(false)
    expect(existsSync(path.join(out, 'config.json'))).toBe(false)
    const report = JSON.parse(readFileSync(path.join(out, 'import-report.json'), 'utf8'))
    expect(report).toMatchObject({ ok: false, exitCode: 1 })
    expect(report.datasets.enterprises.reasons['unknown-district']).toEqual({ count: 2, rows: [2, 3] })
  }, 60_000)

  it('exits 1 when a file lacks a required column, naming it', async () => {
    const few = path.join(dir, 'few.csv')
    writeFileSync(few, '企业名称,所属区县\n甲,滕州\n')
    const r = await cli(['--firms', few, '--out', path.join(dir, 'out-few')])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/few\.csv: no column for lon or coords, lat or coords, chain or segment, founded/)
  }, 60_000)

  it('exits 2 on bad options, with the usage', async () => {
    const r = await cli(['--firms', 'a.csv', '--out', 'x', '--crs', 'mercator'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--crs must be one of gcj02, wgs84, bd09')
    expect(r.stderr).toContain('npm run import --')
  }, 60_000)
})

describe('options', () => {
  it('parses every option, with defaults', () => {
    expect(parseArgs(['--firms', 'f.xlsx', '--out', 'o'])).toEqual({
      firms: 'f.xlsx',
      out: 'o',
      crs: 'gcj02',
      minCell: 5,
      outside: 'drop',
    })
    expect(
      parseArgs([
        '--talent=t.csv',
        '--out',
        'o',
        '--crs',
        'BD-09',
        '--min-cell',
        '10',
        '--outside',
        'keep',
        '--sources',
        'a.csv',
        '--sources',
        'b.csv',
        '--encoding',
        'gbk',
        '--as-of',
        '2024-06-30',
        '--mapping',
        'm.json',
        '--meta',
        'meta.json',
        '--boundaries',
        'b.geojson',
        '--title',
        'T',
      ]),
    ).toEqual({
      talent: 't.csv',
      out: 'o',
      crs: 'bd09',
      minCell: 10,
      outside: 'keep',
      sources: ['a.csv', 'b.csv'],
      encoding: 'gb18030',
      asOf: '2024-06-30',
      mapping: 'm.json',
      meta: 'meta.json',
      boundaries: 'b.geojson',
      title: 'T',
    })
  })

  it('refuses what it cannot use', () => {
    expect(() => parseArgs(['--out', 'x'])).toThrow(/at least one of/)
    expect(() => parseArgs(['--firms', 'a.csv'])).toThrow(/--out DIR is required/)
    expect(() => parseArgs(['--firms', 'a.csv', '--out', 'x', '--min-cell', '0'])).toThrow(/--min-cell/)
    expect(() => parseArgs(['--firms', 'a.csv', '--out', 'x', '--bogus', '1'])).toThrow(/unknown option --bogus/)
    expect(() => parseArgs(['--firms', 'a.csv', '--out'])).toThrow(/missing value for --out/)
    expect(() => parseArgs(['--firms', 'a.csv', '--out', 'x', '--as-of', '2024'])).toThrow(/--as-of/)
  })
})
