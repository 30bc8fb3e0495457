// Screenshots of the built app for docs/: npx tsx scripts/screenshot.ts '/#/' docs/screenshot.png [width height scale]
import { launch } from '../tests/e2e/browser'
import { startServer } from '../tests/e2e/server'

const [hash = '/', out = 'docs/screenshot.png', w = '1600', h = '1000', s = '1'] = process.argv.slice(2)
const server = await startServer(process.env.DIST_DIR)
const browser = await launch()
try {
  const page = await browser.newPage({
    viewport: { width: Number(w), height: Number(h) },
    deviceScaleFactor: Number(s),
  })
  page.on('pageerror', (e) => console.error('pageerror', e.message))
  page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()))
  await page.goto(`${server.url}#${hash}`)
  await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
  await page.waitForTimeout(2500)
  await page.screenshot({ path: out })
  console.log(`wrote ${out}`)
} finally {
  await browser.close()
  await server.close()
}
