import { launch } from '/work/wt/i15-screen/tests/e2e/browser'
import { startServer } from '/work/wt/i15-screen/tests/e2e/server'
const routes = (process.env.ROUTES ?? '/,/talent,/industry,/innovation').split(',')
const shapes = (process.env.SHAPES ?? '1920x1080,1080x1920,5760x1080').split(',')
const q = process.env.Q ?? 'screen=1'
const server = await startServer(process.env.DIST_DIR)
const browser = await launch()
try {
  for (const s of shapes) {
    const [w, h] = s.split('x').map(Number)
    const page = await browser.newPage({ viewport: { width: w!, height: h! } })
    page.on('pageerror', (e) => console.error('pageerror', e.message))
    for (const r of routes) {
      await page.goto(`${server.url}#${r}?${q}`)
      await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 90_000 })
      await page.waitForTimeout(2500)
      const out = `/tmp/i15/${(r.slice(1) || 'overview')}-${s}.png`
      await page.screenshot({ path: out })
      console.log(out)
    }
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}
