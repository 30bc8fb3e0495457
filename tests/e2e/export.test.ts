import { readFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import type { Enterprise, Platform } from '../../src/domain/types'
import { kpi, openReady, withFreshPage, type PageOptions } from './browser'
import { expectedKpis, served } from './expected'
import { DIST } from './server'
import { useBrowserAndServer } from './suite'

// E2E_DIST lets a developer test a build in another folder while dist/ is busy; default dist/.
const ROOT = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : DIST
const read = <T>(name: string) => JSON.parse(readFileSync(path.join(ROOT, 'api/v1', name), 'utf8')) as T
const firms = () => read<{ items: Enterprise[] }>('enterprises').items
const platforms = () => read<{ items: Platform[] }>('platforms').items
const LAZY = /\/assets\/(exportActions|exportScreenshot|exportPdf|exportXlsx|exportDetails|unicode|noto-sans-sc)[-.]/
const DATE = '\\d{4}-\\d{2}-\\d{2}'

const env = useBrowserAndServer(ROOT)

const withPage = <T>(fn: (page: Page, errors: string[]) => Promise<T>, opts: PageOptions = {}) =>
  withFreshPage(env.browser, fn, { downloads: true, watchCsp: true, ...opts })

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
    const el = document.querySelector<HTMLElement & { __map?: { loaded(): boolean } }>('[data-testid="map"]')
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

/** The text of each page as pdf.js extracts it (what a reader selects or searches). */
async function pdfText(buf: Buffer): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(buf) }).promise
  const pages: string[] = []
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent()
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '))
  }
  return pages
}

/** Pixel widths of the PDF's raster images. */
async function pdfImageWidths(buf: Buffer): Promise<number[]> {
  const doc = await PDFDocument.load(buf)
  return doc.context
    .enumerateIndirectObjects()
    .map(([, o]) => o)
    .filter(
      (o): o is PDFRawStream => o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
    )
    .map((o) => Number(o.dict.get(PDFName.of('Width'))?.toString()))
}

function csvRows(buf: Buffer): string[] {
  return buf.toString('utf8').slice(1).split('\r\n').slice(0, -1)
}

/** The first column of every row below the header. */
function ids(ws: ExcelJS.Worksheet): Set<string> {
  const out = new Set<string>()
  ws.eachRow((row, i) => i > 1 && out.add(row.getCell(1).text))
  return out
}

/** A sheet as text, cells joined by | and rows by newlines. */
function sheetText(ws: ExcelJS.Worksheet): string {
  const lines: string[] = []
  ws.eachRow((row) =>
    lines.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) =>
          typeof v === 'object' && v !== null
            ? JSON.stringify(v)
            : String((v as string | number | boolean | undefined) ?? ''),
        )
        .join('|'),
    ),
  )
  return lines.join('\n')
}

describe('export #/industry?district=370481&chain=lithium', { timeout: 120_000 }, () => {
  const hash = '/industry?district=370481&chain=lithium'
  const tengzhouLithium = () =>
    firms().filter((f) => f.district === '370481' && f.chain === 'lithium' && f.founded <= 2024)

  it('loads no export code before the first export; PNG of the view at 2× with caption, map not blank', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, hash)
      await mapIdle(page)
      await page.waitForTimeout(500)
      expect(env.server.hits.filter((h) => LAZY.test(h))).toEqual([])
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

      const lazy = env.server.hits.filter((h) => LAZY.test(h))
      expect(lazy.some((h) => h.includes('exportScreenshot'))).toBe(true)
      expect(lazy.some((h) => /exportPdf|exportXlsx|html2canvas/.test(h))).toBe(false)
      expect(await page.isVisible('[data-testid="export-error"]')).toBe(false)
      expect(errors).toEqual([])
    })
  })

  it('CSV: UTF-8 with BOM, CRLF, one row per filtered firm (= the KPI and the served JSON)', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, hash)
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

  it('XLSX: a sheet per dataset in view (frozen headers, numbers numeric) and an About sheet, loaded only when asked', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, hash)
      const before = env.server.hits.length
      const { name, bytes } = await exportVia(page, 'export-xlsx')
      expect(name).toMatch(new RegExp(`^产业地图_企业名录_滕州市_锂电产业链_${DATE}\\.xlsx$`))
      expect(env.server.hits.slice(before).some((h) => h.includes('exportXlsx'))).toBe(true)
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(bytes as unknown as ArrayBuffer)
      expect(wb.worksheets.map((w) => w.name)).toEqual(['企业', '平台', '说明'])
      const ws = wb.worksheets[0]!
      expect(ws.rowCount - 1).toBe(tengzhouLithium().length)
      expect(ws.getRow(1).getCell(1).value).toBe('编号')
      expect(ws.getRow(1).getCell(3).value).toBe('区县')
      expect(typeof ws.getRow(2).getCell(8).value).toBe('number')
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(ids(ws)).toEqual(new Set(tengzhouLithium().map((f) => f.id)))
      // Platforms of the same filters, recounted from the served JSON.
      const want = platforms().filter((p) => p.district === '370481' && p.chain === 'lithium' && p.founded <= 2024)
      expect(ids(wb.worksheets[1]!)).toEqual(new Set(want.map((p) => p.id)))
      expect(wb.worksheets[1]!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      const about = sheetText(wb.worksheets[2]!)
      expect(about).toContain('区县：滕州市 · 产业链：锂电产业链 · 年份：2024')
      expect(about).toContain('数据截至|2024-12-31')
      expect(about).toMatch(/导出时间\|\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
      expect(about).toContain('本报告使用示例数据')
      for (const src of served().meta.sources) expect(about).toContain(`${src.publisher}|${src.title}`)
      expect(about).toContain('企业|产值（亿元）|年产值（亿元）')
      expect(errors).toEqual([])
    })
  })

  it('PDF: an A4 landscape report whose text holds the filters in words, the KPI values and the sources', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, hash)
      await mapIdle(page)
      const map = await rect(page, '[data-testid="map"]')
      const kpis = Object.fromEntries(
        await Promise.all(['enterprise-count', 'platform-count'].map(async (id) => [id, await kpi(page, id)] as const)),
      )
      const { name, bytes } = await exportVia(page, 'export-pdf')
      expect(name).toMatch(new RegExp(`^产业地图_滕州市_锂电产业链_${DATE}\\.pdf$`))
      expect(bytes.toString('latin1', 0, 5)).toBe('%PDF-')
      const doc = await PDFDocument.load(bytes)
      const sizes = doc.getPages().map((p) => [Math.round(p.getWidth()), Math.round(p.getHeight())])
      expect(sizes.length).toBeGreaterThanOrEqual(4)
      expect(sizes.every(([w, h]) => w === 842 && h === 595)).toBe(true)

      const pages = await pdfText(bytes)
      const text = pages.join('\n')
      // The caption in words, with the filters' names.
      expect(pages[0]).toContain('枣庄人才·产业·科创地图 · 产业地图')
      expect(pages[0]).toContain('区县：滕州市 · 产业链：锂电产业链 · 年份：2024')
      expect(pages[0]).toContain('数据截至：2024-12-31')
      expect(pages[0]).toContain('示例数据 / sample data')
      // The KPI table as text: every KPI card's label and exact value.
      expect(pages[0]).toContain('企业数量')
      expect(kpis['enterprise-count']).toBe(tengzhouLithium().length)
      for (const v of Object.values(kpis)) expect(pages[0]).toContain(String(v))
      // Sources with their publisher, title and (where the data has one) URL.
      for (const src of served().meta.sources) {
        expect(text).toContain(src.publisher)
        expect(text).toContain(src.title)
        if (src.url) expect(text).toContain(src.url)
      }
      // One block per chart, drawn as vectors: the chart titles and their labels are text.
      expect(text).toContain('各区县企业数量')
      expect(text).toContain('各类型企业数量')
      expect(text).toContain('薛城区')
      pages.forEach((p, i) => expect(p).toContain(`${i + 1} / ${pages.length}`))

      // The map is drawn again at 2× (not upscaled from the screen): its picture is twice its CSS width.
      const widths = await pdfImageWidths(bytes)
      expect(widths.some((w) => Math.abs(w - 2 * map.width) <= 4)).toBe(true)
      expect(bytes.length).toBeLessThan(5_000_000)
      expect(env.server.hits.some((h) => h.includes('exportPdf'))).toBe(true)
      // The CJK font is served with the app and fetched only now.
      expect(env.server.hits.some((h) => /noto-sans-sc-chinese-simplified-400-normal.*\.woff$/.test(h))).toBe(true)
      expect(errors).toEqual([])
    })
  })

  it("the view snapshot (the PNG, and the PDF's) leaves out controls: their boxes show what is under them", async () => {
    await withPage(
      async (page, errors) => {
        await openReady(page, env.server.url, hash)
        await mapIdle(page)
        await page.waitForTimeout(300)
        const main = await rect(page, 'main.app-main')
        const controls = ['map-fit', 'map-reset', 'map-layer-heatmap', 'chart-png-industry-district']
        const shots = async () =>
          Promise.all(
            controls.map(async (id) => {
              const r = await rect(page, `[data-testid="${id}"]`)
              return { id, r, png: PNG.sync.read(await page.screenshot({ clip: r, scale: 'device' })) }
            }),
          )
        const shown = await shots()
        const hide = await page.addStyleTag({
          content: controls.map((id) => `[data-testid="${id}"]`).join(',') + '{visibility:hidden !important}',
        })
        const hidden = await shots()
        await hide.evaluate((el) => (el as Element).remove())
        const png = PNG.sync.read((await exportVia(page, 'export-png')).bytes)
        for (const [i, s] of shown.entries()) {
          const h = hidden[i]!
          const at = { x: 2 * (s.r.x - main.x), y: 2 * (s.r.y - main.y) }
          const fromExport = diff(png, at, h.png)
          // On screen the control changes its box; in the export the box looks as with the control hidden.
          expect(diff(h.png, { x: 0, y: 0 }, s.png), s.id).toBeGreaterThan(12)
          expect(fromExport, s.id).toBeLessThan(diff(png, at, s.png) / 2)
        }
        expect(errors).toEqual([])
      },
      // Tall enough that the map's bottom controls are on screen below the two-row filter bar.
      { deviceScaleFactor: 2, viewport: { width: 1440, height: 1200 } },
    )
  })
})

/** Mean absolute difference per channel between `ref` and the same-sized region of `png` at `at`. */
function diff(png: PNG, at: { x: number; y: number }, ref: PNG): number {
  let sum = 0
  let n = 0
  for (let y = 0; y < ref.height; y += 2) {
    for (let x = 0; x < ref.width; x += 2) {
      const px = Math.round(at.x) + x
      const py = Math.round(at.y) + y
      if (px >= png.width || py >= png.height) continue
      const a = (py * png.width + px) * 4
      const b = (y * ref.width + x) * 4
      for (let c = 0; c < 3; c++) sum += Math.abs(png.data[a + c]! - ref.data[b + c]!)
      n += 3
    }
  }
  return n ? sum / n : 0
}

describe('export: other routes, languages and failures', { timeout: 120_000 }, () => {
  it('neutralises a formula in a firm name in CSV and XLSX', async () => {
    const evil = '=HYPERLINK("http://127.0.0.1/x","点我")'
    const items = firms().map((f, i) => (i === 0 ? { ...f, name: evil } : f))
    const target = items[0]!
    env.server.overrides.set('/api/v1/enterprises', (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ items }))
    })
    try {
      await withPage(async (page, errors) => {
        await openReady(page, env.server.url, `/industry?district=${target.district}&chain=${target.chain}`)
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
      env.server.overrides.delete('/api/v1/enterprises')
    }
  })

  it('talent aggregates on #/ sum to the KPIs; English names and headers with lang=en', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/?chain=lithium&year=2021-2024&lang=en')
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

  it('the overview exports all three datasets: CSV per dataset, and a workbook matching an independent recount', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/?district=370481&year=2021-2024')
      const want = expectedKpis(served(), { district: ['370481'], years: [2021, 2024] })
      const firmsCsv = await exportVia(page, 'export-csv-firms')
      expect(firmsCsv.name).toMatch(new RegExp(`^总览_企业名录_滕州市_2021–2024_${DATE}\\.csv$`))
      expect(csvRows(firmsCsv.bytes).length - 1).toBe(want['enterprise-count'])
      const platformsCsv = await exportVia(page, 'export-csv-platforms')
      expect(csvRows(platformsCsv.bytes).length - 1).toBe(want['platform-count'])

      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load((await exportVia(page, 'export-xlsx')).bytes as unknown as ArrayBuffer)
      expect(wb.worksheets.map((w) => w.name)).toEqual(['人才', '企业', '平台', '说明'])
      const [talent, firmSheet, platformSheet, about] = wb.worksheets
      let stock = 0
      let inflow = 0
      talent!.eachRow((row, i) => {
        if (i === 1) return
        expect(row.getCell(1).value).toBe('2021–2024')
        expect(row.getCell(2).value).toBe('滕州市')
        stock += Number(row.getCell(7).value)
        inflow += Number(row.getCell(8).value)
        expect(typeof row.getCell(8).value).toBe('number')
      })
      expect([stock, inflow]).toEqual([want['talent-stock'], want['talent-inflow']])
      expect(firmSheet!.rowCount - 1).toBe(want['enterprise-count'])
      expect(platformSheet!.rowCount - 1).toBe(want['platform-count'])
      let postdocs = 0
      platformSheet!.eachRow((row, i) => i > 1 && (postdocs += Number(row.getCell(10).value)))
      expect(postdocs).toBe(want['postdoc-count'])
      expect(sheetText(about!)).toContain('区县：滕州市 · 年份：2021–2024')
      expect(errors).toEqual([])
    })
  })

  it('PDF in English: the caption and the filters in English words, every page numbered', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/talent?chain=lithium&year=2021-2024&lang=en')
      await mapIdle(page)
      const stock = await kpi(page, 'talent-stock')
      const { name, bytes } = await exportVia(page, 'export-pdf')
      expect(name).toMatch(new RegExp(`^Talent-map_Lithium-battery_2021–2024_${DATE}\\.pdf$`))
      const pages = await pdfText(bytes)
      expect(pages[0]).toContain('Talent map')
      expect(pages[0]).toContain('District: Whole city · Chain: Lithium battery · Year: 2021–2024')
      expect(pages[0]).toContain('Key indicators')
      expect(pages[0]).toContain(stock!.toLocaleString('en-US'))
      pages.forEach((p, i) => expect(p).toContain(`${i + 1} / ${pages.length}`))
      expect(errors).toEqual([])
    })
  })

  it('platforms on #/innovation, one row per filtered platform', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/innovation?district=370481')
      const { name, bytes } = await exportVia(page, 'export-csv')
      expect(name).toMatch(new RegExp(`^科创地图_平台名录_滕州市_${DATE}\\.csv$`))
      const want = platforms().filter((p) => p.district === '370481' && p.founded <= 2024)
      expect(csvRows(bytes).length - 1).toBe(want.length)
      expect(errors).toEqual([])
    })
  })

  it('downloads one chart as PNG at 2× with a caption', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/?district=370481')
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
        await openReady(page, env.server.url, '/industry?district=370481&chain=lithium')
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
      await openReady(page, env.server.url, '/?chain=lithium')
      await page.click('[data-testid="export-menu"]')
      await page.click('[data-testid="copy-link"]')
      const field = await page.waitForSelector('[data-testid="copy-link-field"]')
      expect(await field.inputValue()).toBe(page.url())
      expect(errors).toEqual([])
    })
  })

  it('shows a clear error, not a page error, when the data cannot be exported', async () => {
    env.server.overrides.set('/api/v1/enterprises', (_req, res) => void res.writeHead(500).end('boom'))
    try {
      await withPage(async (page, errors) => {
        await openReady(page, env.server.url, '/industry')
        await page.click('[data-testid="export-menu"]')
        await page.click('[data-testid="export-csv"]')
        const msg = await page.waitForSelector('[data-testid="export-error"]')
        expect(await msg.textContent()).toContain('数据尚未加载')
        expect(errors).toEqual([])
      })
    } finally {
      env.server.overrides.delete('/api/v1/enterprises')
    }
  })
})
