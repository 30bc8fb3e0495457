/**
 * Bring your own data, end to end: the messy city fixture (GB18030 firms in BD-09, an XLSX of
 * platforms, person-level talent rows with small cells) imported with `runImport`, the output
 * copied over the built app as README says (`cp -r DIR/. dist/`), and the app's KPIs compared
 * with figures computed straight from the fixture's specs — not from the importer's output.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runImport } from '../../importer/run'
import { writeOutput } from '../../importer/write'
import { PERSON_CELLS, writeMessyFixture, type MessyFixture } from '../fixtures/import/messy'
import { kpi, launch, openReady, withFreshPage } from './browser'
import { DIST, startServer, type StaticServer } from './server'

const MIN_CELL = 5
let browser: Browser
let server: StaticServer
let tmp: string
let fx: MessyFixture

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'zz-import-e2e-'))
  fx = await writeMessyFixture(tmp)
  const result = await runImport({
    ...fx.files,
    sources: [fx.files.sources],
    crs: 'bd09',
    minCell: MIN_CELL,
    outside: 'drop',
  })
  expect(result.report.ok).toBe(true)
  const out = path.join(tmp, 'out')
  await writeOutput(out, result.datasets, result.report)
  const root = path.join(tmp, 'site')
  cpSync(DIST, root, { recursive: true, filter: (src) => !src.startsWith(path.join(DIST, 'api')) })
  cpSync(out, root, { recursive: true })
  browser = await launch()
  server = await startServer(root)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (tmp) rmSync(tmp, { recursive: true, force: true })
})

interface Case {
  hash: string
  district?: string
  chain?: string
  years: [number, number]
}

/** The KPIs by SPEC §4, from the fixture's own specs: persons of cells with ≥ MIN_CELL persons, the good firms and platforms. */
function expected(c: Case) {
  const [from, to] = c.years
  const inD = (d: string) => !c.district || d === c.district
  const inC = (ch: string | null) => !c.chain || ch === c.chain
  const cells = PERSON_CELLS.filter((p) => p.persons >= MIN_CELL && inD(p.district) && inC(p.chain))
  const firms = fx.firms.good.filter((f) => inD(f.district) && inC(f.chain) && f.founded <= to)
  const plats = fx.platforms.good.filter((p) => inD(p.district) && inC(p.chain) && p.founded <= to)
  return {
    'talent-stock': cells.filter((p) => p.year === to).reduce((n, p) => n + p.persons, 0),
    'talent-inflow': cells.filter((p) => p.year >= from && p.year <= to).reduce((n, p) => n + p.introduced, 0),
    'enterprise-count': firms.length,
    'platform-count': plats.length,
    'postdoc-count': plats.reduce((n, p) => n + p.postdocs, 0),
  }
}

async function kpis(page: Page) {
  const ids = ['talent-stock', 'talent-inflow', 'enterprise-count', 'platform-count', 'postdoc-count'] as const
  return Object.fromEntries(await Promise.all(ids.map(async (id) => [id, await kpi(page, id)])))
}

describe('the app on imported data', () => {
  const cases: Case[] = [
    { hash: '/', years: [2024, 2024] },
    { hash: '/?district=370481', district: '370481', years: [2024, 2024] },
    { hash: '/?chain=lithium&year=2023-2024', chain: 'lithium', years: [2023, 2024] },
    { hash: '/?year=2023', years: [2023, 2023] },
  ]
  for (const c of cases) {
    it(`KPIs on ${c.hash} equal the fixture's own figures`, async () => {
      await withFreshPage(browser, async (page, errors) => {
        await openReady(page, server.url, c.hash)
        const want = expected(c)
        expect(await kpis(page)).toEqual(want)
        expect(errors).toEqual([])
      })
    })
  }

  it('shows the data as real (no sample badge), loads every dataset, drops nothing', async () => {
    await withFreshPage(browser, async (page, errors) => {
      await openReady(page, server.url, '/talent')
      expect(expected({ hash: '/', years: [2024, 2024] })['talent-stock']).toBe(30)
      expect(await page.isVisible('[data-testid="sample-badge"]')).toBe(false)
      expect(await page.isVisible('[data-testid="error-panel"]')).toBe(false)
      expect(await page.locator('[data-testid="data-notice"]').count()).toBe(0)
      expect(errors).toEqual([])
    })
  })
})
