/** `npm run data:arrow -- --from DIR`: a deployer's JSON in, `.arrow` files the app reads with the same records out. */
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../../../mock/generate'
import { columnarFromBody, type ColumnarRequest, type DatasetContext } from '../../../src/api/columnar'
import { fetchColumnarBody } from '../../../src/api/columnarFetch'
import type { Fetcher } from '../../../src/api/fetchTransport'
import { frameTable } from '../../../src/domain/records'
import type { Enterprise } from '../../../src/domain/types'

/** Fetch, then build: what the page's loader does with a dataset (on the page or in a worker). */
async function loadColumnar(req: ColumnarRequest, context: Promise<DatasetContext>, fetcher: Fetcher) {
  const got = await fetchColumnarBody(req, fetcher)
  return got.ok ? columnarFromBody(req, got.body, context) : got
}

const ROOT = path.resolve(__dirname, '../../..')
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs')
const data = generate({ scale: 1 })
let dir: string

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [
      TSX,
      path.join(ROOT, 'scripts/arrow-from-json.ts'),
      ...args,
    ])
    return { code: 0, stdout, stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'zz-arrow-cli-'))
  const firms = data.enterprises.items.map((f, i) => (i === 3 ? { ...f, lat: 'north' } : f))
  writeFileSync(path.join(dir, 'enterprises'), JSON.stringify({ items: firms }))
  writeFileSync(path.join(dir, 'platforms'), JSON.stringify(data.platforms))
  writeFileSync(path.join(dir, 'talent'), JSON.stringify(data.talent))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run data:arrow', () => {
  it('writes the three .arrow files; the app reads back the records it keeps from the JSON', async () => {
    const r = await cli(['--from', dir])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/enterprises\.arrow .* 1 records left out \(\{"wrong-type":1\}\)/)
    const fetcher = (url: string) => Promise.resolve(new Response(readFileSync(path.join(dir, url.split('/').pop()!))))
    const context = Promise.resolve({ meta: data.meta, boundaries: data.boundaries })
    const req = { apiBase: 'http://host/api/v1', format: 'arrow', crs: 'gcj02' } as const
    const firms = await loadColumnar({ ...req, dataset: 'enterprises' }, context, fetcher)
    expect(firms.ok && firms.format).toBe('arrow')
    if (!firms.ok) return
    const table = frameTable<Enterprise>(firms.data.tables.items!)
    expect(table.length).toBe(data.enterprises.items.length - 1)
    expect(table.row(3)).toEqual(data.enterprises.items[4])
    const talent = await loadColumnar({ ...req, dataset: 'talent' }, context, fetcher)
    expect(talent.ok && talent.data.tables.cells?.length).toBe(data.talent.cells.length)
  }, 60_000)

  it('exits 1 naming a missing dataset, 2 without --from', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'zz-arrow-cli-'))
    try {
      writeFileSync(path.join(other, 'platforms'), JSON.stringify(data.platforms))
      const r = await cli(['--from', other])
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(/talent: .* not found/)
      expect(existsSync(path.join(other, 'platforms.arrow'))).toBe(true)
      expect((await cli([])).code).toBe(2)
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  }, 60_000)
})
