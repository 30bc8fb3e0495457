// Big-screen screenshots for docs/: every route on each stage design, from the built app.
// npx tsx scripts/screen-shots.ts [outDir=docs] [scale] [routes=overview,talent,industry,innovation]
// `scale`: the pictures' pixel ratio (default 1, the 48:9 wall's 0.5 to keep docs/ small); the
// stage is laid out at its design size either way.
import type { Page } from 'playwright-core'
import { launch } from '../tests/e2e/browser'
import { startServer } from '../tests/e2e/server'

const [outDir = 'docs', scale = '', only = ''] = process.argv.slice(2)
const SHAPES = [
  ['wide', 1920, 1080, 1],
  ['portrait', 1080, 1920, 1],
  ['ultrawide', 5760, 1080, 0.5],
] as const
const ROUTES = [
  ['overview', '/'],
  ['talent', '/talent'],
  ['industry', '/industry'],
  ['innovation', '/innovation'],
] as const

/** Waits until the maps have loaded and every shown chart has drawn, then for the animations. */
async function settle(page: Page) {
  await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
  await page.waitForFunction(
    () => {
      const maps = [...document.querySelectorAll('[data-testid="map"]')]
      const charts = [...document.querySelectorAll('.chart-canvas')].filter((c) => c.getClientRects().length)
      return maps.every((m) => m.getAttribute('data-loaded') === '1') && charts.every((c) => c.querySelector('canvas'))
    },
    undefined,
    { timeout: 45_000 },
  )
  await page.waitForTimeout(2000)
}

const server = await startServer(process.env.DIST_DIR)
const browser = await launch()
try {
  for (const [shape, width, height, ratio] of SHAPES)
    for (const [name, hash] of ROUTES) {
      if (only && !only.split(',').includes(name)) continue
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: Number(scale || ratio) })
      page.on('pageerror', (e) => console.error('pageerror', e.message))
      await page.goto(`${server.url}#${hash}?screen=1`)
      await settle(page)
      const out = `${outDir}/screen-${shape}-${name}.png`
      await page.screenshot({ path: out })
      console.log(`wrote ${out}`)
      await page.close()
    }
} finally {
  await browser.close()
  await server.close()
}
