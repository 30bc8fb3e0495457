// Sample exports for docs/: npx tsx scripts/export-samples.ts (serves DIST_DIR or dist/)
import { execFileSync } from 'node:child_process'
import { launch, openReady } from '../tests/e2e/browser'
import { startServer } from '../tests/e2e/server'

const server = await startServer(process.env.DIST_DIR)
const browser = await launch()
try {
  const ctx = await browser.newContext({ viewport: { width: 1600, height: 1100 }, acceptDownloads: true })
  const page = await ctx.newPage()
  page.on('pageerror', (e) => console.error('pageerror', e.message))
  await openReady(page, server.url, '/industry?district=370481&chain=lithium')
  await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
  await page.waitForTimeout(2000)
  for (const [id, out] of [
    ['export-png', 'docs/export-sample.png'],
    ['export-pdf', '/tmp/export-sample.pdf'],
  ] as const) {
    await page.click('[data-testid="export-menu"]')
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click(`[data-testid="${id}"]`),
    ])
    await download.saveAs(out)
    console.log(`${id}: ${download.suggestedFilename()} → ${out}`)
  }
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    '/tmp/export-sample.pdf',
    'docs/export-sample-pdf',
  ])
  console.log('wrote docs/export-sample-pdf-1.png')
} finally {
  await browser.close()
  await server.close()
}
