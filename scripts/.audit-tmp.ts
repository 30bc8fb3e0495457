import { launch } from '../tests/e2e/browser'
import { startServer } from '../tests/e2e/server'
import { auditStage } from '../tests/e2e/stageAudit'
const routes = (process.env.ROUTES ?? '/,/talent,/industry,/innovation').split(',')
const shapes = (process.env.SHAPES ?? '1920x1080,1080x1920,5760x1080').split(',')
const server = await startServer()
const browser = await launch()
try {
  for (const s of shapes) {
    const [w, h] = s.split('x').map(Number)
    const page = await browser.newPage({ viewport: { width: w!, height: h! } })
    await page.addInitScript('window.__name = (f) => f')
    page.on('pageerror', (e) => console.error('pageerror', e.message))
    for (const r of routes) {
      await page.goto(`${server.url}#${r}?screen=1${process.env.Q ?? ''}`)
      await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 90_000 })
      await page.waitForTimeout(3000)
      const a = await page.evaluate(auditStage)
      console.log(`== ${r} ${s}`, JSON.stringify({ ...a, escapes: a.escapes.slice(0, 8), clipped: a.clipped.slice(0, 8), chartOverlaps: a.chartOverlaps.slice(0, 10), nEsc: a.escapes.length, nClip: a.clipped.length, nOv: a.chartOverlaps.length }, null, 1))
    }
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}
