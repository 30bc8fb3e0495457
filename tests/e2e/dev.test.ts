/**
 * README's first command, `npm run dev`: the Vite dev server with the libraries' development
 * checks switched on. Every route in both languages and the main interactions must run with no
 * page error and no console error or warning, and every chart must draw.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, ConsoleMessage, Page } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, openReady, withFreshPage } from './browser'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const ROUTES = ['/', '/talent', '/industry', '/innovation']

let browser: Browser
let vite: ViteDevServer
let base = ''

beforeAll(async () => {
  vite = await createServer({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1' },
  })
  await vite.listen()
  base = vite.resolvedUrls!.local[0]!
  browser = await launch()
  // Warm the dev server's dependency optimiser once, so no test sees its first-run reload.
  const page = await browser.newPage()
  await openReady(page, base, '/')
  await page.close()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await vite?.close()
})

/** Console messages the browser itself prints about the software GPU, not the app's. */
const isBrowserNoise = (m: ConsoleMessage) => /^\[\.WebGL-|GPU stall due to ReadPixels/.test(m.text())

/** Runs `fn` on a fresh page, then expects no page error and no console error or warning. */
function withDevPage(fn: (page: Page) => Promise<void>, viewport = { width: 1440, height: 900 }) {
  return withFreshPage(
    browser,
    async (page, problems) => {
      await fn(page)
      expect(problems).toEqual([])
    },
    {
      viewport,
      downloads: true,
      consoleErrors: (m) => (m.type() === 'error' || m.type() === 'warning') && !isBrowserNoise(m),
    },
  )
}

/** Ids of visible chart panels whose canvas has no drawn pixel, read from a screenshot of each. */
async function blankCharts(page: Page): Promise<string[]> {
  const ids = await page.$$eval('[data-testid^="chart-"] canvas', (cs) =>
    cs
      .filter((c) => c.checkVisibility())
      .map((c) => c.closest('[data-testid^="chart-"]')!.getAttribute('data-testid')!),
  )
  const blank: string[] = []
  for (const id of ids) {
    const png = await page.locator(`[data-testid="${id}"] canvas`).first().screenshot()
    if (!(await drawn(png))) blank.push(id)
  }
  return blank
}

/** True when an image has at least a few hundred pixels unlike its first pixel (the ground). */
async function drawn(png: Buffer): Promise<boolean> {
  const { PNG } = await import('pngjs')
  const img = PNG.sync.read(png)
  const [r, g, b] = [img.data[0]!, img.data[1]!, img.data[2]!]
  let differ = 0
  for (let i = 0; i < img.data.length; i += 4) {
    if (Math.abs(img.data[i]! - r) + Math.abs(img.data[i + 1]! - g) + Math.abs(img.data[i + 2]! - b) > 40) differ++
  }
  return differ > 300
}

async function waitMapDrawn(page: Page) {
  await page.waitForSelector('[data-testid="map"][data-loaded="1"]', { timeout: 30_000 })
  const png = await page.locator('[data-testid="map"] canvas').first().screenshot()
  expect(await drawn(png)).toBe(true)
}

describe('dev server (npm run dev)', () => {
  for (const lang of ['zh', 'en']) {
    for (const route of ROUTES) {
      it(`${route} in ${lang}: no error or warning, every chart and the map drawn`, async () => {
        await withDevPage(async (page) => {
          await openReady(page, base, lang === 'en' ? `${route}?lang=en` : route)
          await waitMapDrawn(page)
          const charts = await page.locator('[data-testid^="chart-"] canvas').count()
          expect(charts).toBeGreaterThanOrEqual(3)
          await page.waitForTimeout(600) // chart entry animations
          expect(await blankCharts(page)).toEqual([])
        })
      })
    }
  }

  it('filters, language switch and reset run clean', async () => {
    await withDevPage(async (page) => {
      await openReady(page, base, '/industry')
      await page.selectOption('[data-testid="chain-select"]', 'lithium')
      await page.waitForSelector('[data-testid="filter-chip-chain"]')
      await page.click('[data-testid^="chain-segment-"]')
      await page.waitForSelector('[data-testid="filter-chip-segment"]')
      await page.selectOption('[data-testid="year-from"]', { index: 0 })
      await page.click('[data-testid="lang-switch"]')
      await page.waitForFunction(() => location.hash.includes('lang=en'))
      await page.click('[data-testid="filter-reset"]')
      await page.waitForSelector('[data-testid="filter-chip-chain"]', { state: 'detached' })
      expect(await blankCharts(page)).toEqual([])
    })
  })

  it('drawer and radius tool run clean', async () => {
    await withDevPage(async (page) => {
      await openReady(page, base, '/industry')
      await waitMapDrawn(page)
      await page.locator('[data-testid^="top-firm-"]').first().click()
      await page.waitForSelector('[data-testid="detail-drawer"]')
      await page.click('[data-testid="detail-close"]')
      await page.click('[data-testid="radius-arm"]')
      const box = (await page.locator('[data-testid="map"]').boundingBox())!
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
      await page.waitForSelector('[data-testid="radius-result"]')
      await page.fill('[data-testid="radius-km"]', '12')
      await page.waitForSelector('[data-testid="radius-result"][data-km="12"]')
      await page.click('[data-testid="radius-clear"]')
    })
  })

  it('every export runs clean', async () => {
    await withDevPage(async (page) => {
      await openReady(page, base, '/innovation')
      await waitMapDrawn(page)
      for (const id of ['export-csv', 'export-xlsx', 'export-png', 'export-pdf']) {
        await page.click('[data-testid="export-menu"]')
        const download = page.waitForEvent('download', { timeout: 60_000 })
        await page.click(`[data-testid="${id}"]`)
        expect((await download).suggestedFilename()).toMatch(/\.(csv|xlsx|png|pdf)$/)
        await page.waitForSelector('[data-testid="export-progress"]', { state: 'detached' })
      }
    })
  })

  it('big screen with the tour runs clean', async () => {
    await withDevPage(
      async (page) => {
        await openReady(page, base, '/?screen=1&tour=1&tourInterval=1')
        await page.waitForSelector('[data-testid="screen-stage"]')
        await page.waitForFunction(
          () => Number(document.querySelector('[data-testid="tour-caption"]')?.getAttribute('data-visited')) >= 5,
          undefined,
          { timeout: 60_000 },
        )
        await page.click('[data-testid="tour-toggle"]')
        await page.waitForSelector('[data-testid="tour-caption"]', { state: 'detached' })
        expect(await blankCharts(page)).toEqual([])
      },
      { width: 1920, height: 1080 },
    )
  })
})
