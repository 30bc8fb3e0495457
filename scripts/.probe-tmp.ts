import { launch } from '../tests/e2e/browser'
import { startServer } from '../tests/e2e/server'
const [hash = '/?screen=1', w = '5760', h = '1080', expr = ''] = process.argv.slice(2)
const server = await startServer()
const browser = await launch()
try {
  const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } })
  page.on('pageerror', (e) => console.error('pageerror', e.message))
  await page.addInitScript('window.__name = (f) => f')
  await page.goto(`${server.url}#${hash}`)
  await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
  await page.waitForTimeout(2000)
  console.log(JSON.stringify(await page.evaluate(expr), null, 1))
} finally {
  await browser.close()
  await server.close()
}
