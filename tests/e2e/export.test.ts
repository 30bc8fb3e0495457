import { readFileSync } from 'node:fs'
import path from 'node:path'
import { inflateSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Enterprise, Platform } from '../../src/domain/types'
import { kpi, launch, openReady, watchErrors } from './browser'
import { DIST, startServer, type StaticServer } from './server'

// E2E_DIST lets a developer test a build in another folder while dist/ is busy; default dist/.
const ROOT = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : DIST
const read = <T>(name: string) => JSON.parse(readFileSync(path.join(ROOT, 'api/v1', name), 'utf8')) as T
const firms = () => read<{ items: Enterprise[] }>('enterprises').items
const platforms = () => read<{ items: Platform[] }>('platforms').items
const LAZY = /\/assets\/(exportActions|exportScreenshot|exportPdf|exportXlsx|html2canvas|purify)[-.]/
const DATE = '\\d{4}-\\d{2}-\\d{2}'

let browser: Browser
let server: StaticServer

beforeAll(async () => {
  browser = await launch()
  server = await startServer(ROOT)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function withPage<T>(fn: (page: Page, errors: string[]) => Promise<T>, opts: BrowserContextOptions = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, ...opts })
  const page = await ctx.newPage()
  const { errors } = watchErrors(page)
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) errors.push(`csp: ${m.text()}`)
  })
  try {
    return await fn(page, errors)
  } finally {
    await ctx.close()
  }
}

/** Chooses a menu item and returns the downloaded file's name and bytes. */
async function exportVia(page: Page, testid: string) {
  await page.click('[data-testid="export-menu"]')
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(`[data-testid="${testid}"]`),
  ])
  const file = await download.path()
  await page.waitForSelector('[data-testid="export-progress"]', { state: 'detached' })
  return { name: download.suggestedFilename(), bytes: readFileSync(file) }
}

async function mapIdle(page: Page) {
  await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="map"]') as (HTMLElement & { __map?: { loaded(): boolean } }) | null
    return el?.__map?.loaded() === true
  })
}

const rect = (page: Page, sel: string) =>
  page.$eval(sel, (el) => {
    const r = el.getBoundingClientRect()
    return { x: r.x, y: r.y, width: r.width, height: r.height }
  })

/** Distinct colours and the standard deviation of luminance over a grid of samples in a region. */
function pixelStats(png: PNG, r: { x: number; y: number; width: number; height: number }) {
  const colours = new Set<number>()
  const lum: number[] = []
  for (let i = 1; i < 30; i++) {
    for (let j = 1; j < 30; j++) {
      const x = Math.floor(r.x + (r.width * i) / 30)
      const y = Math.floor(r.y + (r.height * j) / 30)
      const o = (y * png.width + x) * 4
      const [red, g, b] = [png.data[o]!, png.data[o + 1]!, png.data[o + 2]!]
      colours.add((red << 16) | (g << 8) | b)
      lum.push(0.3 * red + 0.59 * g + 0.11 * b)
    }
  }
  const mean = lum.reduce((a, b) => a + b, 0) / lum.length
  const sd = Math.sqrt(lum.reduce((a, b) => a + (b - mean) ** 2, 0) / lum.length)
  return { colours: colours.size, sd }
}

/** The PDF's deflated streams, inflated and joined (page contents carry the page numbers). */
function pdfStreams(buf: Buffer): string {
  const out: string[] = []
  let at = 0
  for (;;) {
    const start = buf.indexOf('stream\n', at)
    if (start < 0) break
    const end = buf.indexOf('\nendstream', start)
    try {
      out.push(inflateSync(buf.subarray(start + 7, end)).toString('latin1'))
    } catch {
      // an image stream that is not deflated (JPEG)
    }
    at = end + 10
  }
  return out.join('\n')
}

function csvRows(buf: Buffer): string[] {
  return buf.toString('utf8').slice(1).split('\r\n').slice(0, -1)
}

describe('export #/industry?district=370481&chain=lithium', { timeout: 120_000 }, () => {
  const hash = '/industry?district=370481&chain=lithium'
  const tengzhouLithium = () =>
    firms().filter((f) => f.district === '370481' && f.chain === 'lithium' && f.founded <= 2024)

  it('loads no export code before the first export; PNG of the view at 2× with caption, map not blank', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, server.url, hash)
      await mapIdle(page)
      await page.waitForTimeout(500)
      expect(server.hits.filter((h) => LAZY.test(h))).toEqual([])
      const main = await rect(page, 'main.app-main')
      const map = await rect(page, '[data-testid="map"]')

      await page.click('[data-testid="export-menu"]')
      const downloading = page.waitForEvent('download', { timeout: 60_000 })
      await page.click('[data-testid="export-png"]')
      await page.waitForSelector('[data-testid="export-progress"]')
      const download = await downloading
      expect(download.suggestedFilename()).toMatch(new RegExp(`^产业地图_滕州市_锂电产业链_${DATE}\\.png$`))
      const png = PNG.sync.read(readFileSync(await download.path()))

      expect(Math.abs(png.width - 2 * main.width)).toBeLessThanOrEqual(1)
      const band = png.height - Math.round(2 * main.height)
      expect(band).toBeGreaterThan(100)
      expect(band).toBeLessThan(800)
      expect(pixelStats(png, { x: 0, y: 0, width: png.width, height: png.height }).sd).toBeGreaterThan(10)
      const inMap = { x: 2 * (map.x - main.x), y: 2 * (map.y - main.y), width: 2 * map.width, height: 2 * map.height }
      const mapStats = pixelStats(png, inMap)
      expect(mapStats.colours).toBeGreaterThan(4)
      expect(mapStats.sd).toBeGreaterThan(5)
      // The caption band is drawn: dark text on white.
      expect(
        pixelStats(png, { x: 0, y: png.height - band, width: png.width / 2, height: band }).colours,
      ).toBeGreaterThan(2)

      const lazy = server.hits.filter((h) => LAZY.test(h))
      expect(lazy.some((h) => h.includes('exportScreenshot'))).toBe(true)
      expect(lazy.some((h) => /exportPdf|exportXlsx|html2canvas/.test(h))).toBe(false)
      expect(await page.isVisible('[data-testid="export-error"]')).toBe(false)
      expect(errors).toEqual([])
    })
  })

  it('CSV: UTF-8 with BOM, CRLF, one row per filtered firm (= the KPI and the served JSON)', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, server.url, hash)
      const { name, bytes } = await exportVia(page, 'export-csv')
      expect(name).toMatch(new RegExp(`^产业地图_企业名录_滕州市_锂电产业链_${DATE}\\.csv$`))
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const rows = csvRows(bytes)
      expect(rows[0]).toMatch(/^编号,名称,区县,产业链,环节/)
      const want = tengzhouLithium()
      expect(want.length).toBeGreaterThan(10)
      expect(rows.length - 1).toBe(want.length)
      expect(rows.length - 1).toBe(await kpi(page, 'enterprise-count'))
      expect(new Set(rows.slice(1).map((r) => r.split(',')[0]))).toEqual(new Set(want.map((f) => f.id)))
      expect(rows.slice(1).every((r) => r.includes(',滕州市,锂电产业链,'))).toBe(true)
      expect(await page.textContent('[data-testid="export-done"]')).toContain(name)
      expect(errors).toEqual([])
    })
  })

  it('XLSX: a real workbook with the same rows, numbers numeric, loaded only when asked', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, server.url, hash)
      const before = server.hits.length
      const { name, bytes } = await exportVia(page, 'export-xlsx')
      expect(name).toMatch(new RegExp(`^产业地图_企业名录_滕州市_锂电产业链_${DATE}\\.xlsx$`))
      expect(server.hits.slice(before).some((h) => h.includes('exportXlsx'))).toBe(true)
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(bytes as unknown as ArrayBuffer)
      const ws = wb.worksheets[0]!
      expect(ws.rowCount - 1).toBe(tengzhouLithium().length)
      expect(ws.getRow(1).getCell(1).value).toBe('编号')
      expect(ws.getRow(1).getCell(3).value).toBe('区县')
      expect(typeof ws.getRow(2).getCell(8).value).toBe('number')
      const ids = new Set<string>()
      ws.eachRow((row, i) => i > 1 && ids.add(String(row.getCell(1).value)))
      expect(ids).toEqual(new Set(tengzhouLithium().map((f) => f.id)))
      expect(errors).toEqual([])
    })
  })

  it('PDF: an A4 landscape report of 2 pages with a plausible size', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, server.url, hash)
      await mapIdle(page)
      const { name, bytes } = await exportVia(page, 'export-pdf')
      expect(name).toMatch(new RegExp(`^产业地图_滕州市_锂电产业链_${DATE}\\.pdf$`))
      const text = bytes.toString('latin1')
      expect(text.startsWith('%PDF-')).toBe(true)
      expect(text.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(2)
      expect(text).toMatch(/\/MediaBox \[0 0 841\.8[89]\d* 595\.2[78]\d*\]/)
      const content = pdfStreams(bytes)
      expect(content).toContain('(1 / 2) Tj')
      expect(content).toContain('(2 / 2) Tj')
      expect(bytes.length).toBeGreaterThan(50_000)
      expect(bytes.length).toBeLessThan(5_000_000)
      expect(server.hits.some((h) => h.includes('exportPdf'))).toBe(true)
      expect(errors).toEqual([])
    })
  })
})

describe('export: other routes, languages and failures', { timeout: 120_000 }, () => {
  it('neutralises a formula in a firm name in CSV and XLSX', async () => {
    const evil = '=HYPERLINK("http://127.0.0.1/x","点我")'
    const items = firms().map((f, i) => (i === 0 ? { ...f, name: evil } : f))
    const target = items[0]!
    server.overrides.set('/api/v1/enterprises', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ items }))
    })
    try {
      await withPage(async (page, errors) => {
        await openReady(page, server.url, `/industry?district=${target.district}&chain=${target.chain}`)
        const csv = csvRows((await exportVia(page, 'export-csv')).bytes)
        const row = csv.find((r) => r.startsWith(`${target.id},`))
        expect(row?.split(',')[1]).toBe(`"'=HYPERLINK(""http://127.0.0.1/x""`)
        const wb = new ExcelJS.Workbook()
        await wb.xlsx.load((await exportVia(page, 'export-xlsx')).bytes as unknown as ArrayBuffer)
        let cell: ExcelJS.Cell | undefined
        wb.worksheets[0]!.eachRow((r) => {
          if (r.getCell(1).value === target.id) cell = r.getCell(2)
        })
        expect(cell?.value).toBe(`'${evil}`)
        expect(cell?.type).toBe(ExcelJS.ValueType.String)
        expect(errors).toEqual([])
      })
    } finally {
      server.overrides.delete('/api/v1/enterprises')
    }
  })

  it('talent aggregates on #/ sum to the KPIs; English names and headers with lang=en', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, server.url, '/?chain=lithium&year=2021-2024&lang=en')
      const { name, bytes } = await exportVia(page, 'export-csv')
      expect(name).toMatch(new RegExp(`^Overview_talent_Lithium-battery_2021–2024_${DATE}\\.csv$`))
      const rows = csvRows(bytes)
      expect(rows[0]).toBe(
        'Years,District,Chain,Talent type,Education,Age band,Talent stock (last year of range),Talent inflow (sum over range)',
      )
      const sum = (i: number) => rows.slice(1).reduce((n, r) => n + Number(r.split(',').at(i)), 0)
      expect(sum(-2)).toBe(await kpi(page, 'talent-stock'))
      expect(sum(-1)).toBe(await kpi(page, 'talent-inflow'))
      expect(errors).toEqual([])
    })
  })

  it('platforms on #/innovation, one row per filtered platform', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, server.url, '/innovation?district=370481')
      const { name, bytes } = await exportVia(page, 'export-csv')
      expect(name).toMatch(new RegExp(`^科创地图_平台名录_滕州市_${DATE}\\.csv$`))
      const want = platforms().filter((p) => p.district === '370481' && p.founded <= 2024)
      expect(csvRows(bytes).length - 1).toBe(want.length)
      expect(errors).toEqual([])
    })
  })

  it('downloads one chart as PNG at 2× with a caption', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, server.url, '/?district=370481')
      await page.waitForSelector('[data-testid="chart-talent-by-district"] canvas')
      const box = await rect(page, '[data-testid="chart-talent-by-district"] .chart-canvas')
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.click('[data-testid="chart-png-talent-by-district"]'),
      ])
      expect(download.suggestedFilename()).toMatch(new RegExp(`^总览_各区县人才总量_滕州市_${DATE}\\.png$`))
      const png = PNG.sync.read(readFileSync(await download.path()))
      expect(Math.abs(png.width - 2 * box.width)).toBeLessThanOrEqual(1)
      expect(png.height).toBeGreaterThan(Math.round(2 * box.height) + 100)
      expect(pixelStats(png, { x: 0, y: 0, width: png.width, height: 2 * box.height }).colours).toBeGreaterThan(3)
      expect(errors).toEqual([])
    })
  })

  it('copies the permalink, and offers a selectable field when the clipboard is unavailable', async () => {
    await withPage(
      async (page, errors) => {
        await openReady(page, server.url, '/industry?district=370481&chain=lithium')
        await page.click('[data-testid="export-menu"]')
        await page.click('[data-testid="copy-link"]')
        await page.waitForSelector('[data-testid="copy-link-done"]')
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
        expect(errors).toEqual([])
      },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    )
    await withPage(async (page, errors) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }))
      await openReady(page, server.url, '/?chain=lithium')
      await page.click('[data-testid="export-menu"]')
      await page.click('[data-testid="copy-link"]')
      const field = await page.waitForSelector('[data-testid="copy-link-field"]')
      expect(await field.inputValue()).toBe(page.url())
      expect(errors).toEqual([])
    })
  })

  it('shows a clear error, not a page error, when the data cannot be exported', async () => {
    server.overrides.set('/api/v1/enterprises', (_req, res) => void res.writeHead(500).end('boom'))
    try {
      await withPage(async (page, errors) => {
        await openReady(page, server.url, '/industry')
        await page.click('[data-testid="export-menu"]')
        await page.click('[data-testid="export-csv"]')
        const msg = await page.waitForSelector('[data-testid="export-error"]')
        expect(await msg.textContent()).toContain('数据尚未加载')
        expect(errors).toEqual([])
      })
    } finally {
      server.overrides.delete('/api/v1/enterprises')
    }
  })
})
