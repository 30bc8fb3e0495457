import { buildApp, measureBundle } from '../bench/bundle'
import { launch } from '../tests/e2e/browser'
import { startServer } from '../tests/e2e/server'
process.env.NODE_ENV = 'production'
const app = await buildApp(process.cwd(), '/tmp/i15/bundle-dist')
const server = await startServer('/tmp/i15/bundle-dist')
const browser = await launch()
try {
  const b = await measureBundle(app, browser, server)
  console.log('initialGzipKB', b.initialGzipKB, b.files.map((f) => `${f.file} ${f.gzipKB}`).join(' | '))
} finally {
  await browser.close()
  await server.close()
}
