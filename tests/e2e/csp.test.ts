import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cspViolations, launch, openPage, type OpenPage } from './browser'
import { DIST, startServer, type StaticServer } from './server'

/** SPEC §9: a Content-Security-Policy without 'unsafe-eval', and nothing the app does violates it. */
const ROOT = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : DIST
const ROUTES = ['/', '/talent', '/industry', '/innovation', '/?screen=1']

const html = () => readFileSync(path.join(ROOT, 'index.html'), 'utf8')
const policy = () => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html())?.[1] ?? ''

let browser: Browser
let server: StaticServer
let opened: OpenPage | undefined
let page: Page

beforeAll(async () => {
  browser = await launch()
  server = await startServer(ROOT)
  opened = await openPage(browser, { viewport: { width: 1280, height: 860 }, downloads: true, watchCsp: true })
  page = opened.page
})
afterAll(async () => {
  await opened?.close()
  await browser?.close()
  await server?.close()
})

const violations = () => cspViolations(page)

describe('Content-Security-Policy', () => {
  it('the built index.html carries a CSP without unsafe-eval, and no inline handlers or inline scripts', () => {
    const csp = policy()
    expect(csp).toMatch(/script-src 'self'/)
    expect(csp).not.toMatch(/unsafe-eval/)
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(csp).toMatch(/object-src 'none'/)
    const page = html()
    expect(page).not.toMatch(/<[^>]+\son[a-z]+\s*=/i)
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i)
    expect(page).not.toMatch(/javascript:/i)
  })

  for (const route of ROUTES) {
    it(`no violation on #${route}`, async () => {
      await page.goto('about:blank')
      await page.goto(`${server.url}#${route}`)
      await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
      if (await page.$('[data-testid="map"]'))
        await page.waitForSelector('[data-testid="map"][data-loaded="1"]', { timeout: 20_000 })
      await page.waitForTimeout(500)
      expect(await violations()).toEqual([])
    }, 60_000)
  }

  it('no violation after opening the export menu and exporting a PNG, a PDF and a workbook', async () => {
    await page.goto('about:blank')
    await page.goto(`${server.url}#/industry`)
    await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
    await page.click('[data-testid="export-menu"]')
    await page.waitForSelector('[data-testid="export-png"]', { timeout: 5000 })
    expect(await violations()).toEqual([])
    // PDF: pdf-lib, fontkit and the fetched CJK font; XLSX: write-excel-file — none may need eval.
    for (const id of ['export-png', 'export-pdf', 'export-xlsx']) {
      if (id !== 'export-png') await page.click('[data-testid="export-menu"]')
      const download = page.waitForEvent('download', { timeout: 60_000 })
      await page.click(`[data-testid="${id}"]`)
      expect((await download).suggestedFilename()).toMatch(new RegExp(`\\.${id.slice(7)}$`))
      await page.waitForSelector('[data-testid="export-progress"]', { state: 'detached' })
      expect(await page.$('[data-testid="export-error"]'), id).toBeNull()
      expect(await violations()).toEqual([])
    }
  }, 150_000)

  it('is enforced: a string timer (eval) is refused and reported', async () => {
    await page.goto('about:blank')
    await page.goto(`${server.url}#/`)
    await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
    // DevTools' own evaluate may eval; a string passed to setTimeout runs later, as the page, under its CSP.
    await page.evaluate(() => {
      ;(setTimeout as (code: string, ms: number) => number)('window.__evalRan = 1', 0)
    })
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as { __evalRan?: number }).__evalRan ?? null)).toBeNull()
    const seen = await violations()
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatch(/^script-src/)
  }, 60_000)
})
