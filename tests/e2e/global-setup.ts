import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Builds the app once for all browser tests, exactly as `npm run build` does. Inside vitest
 * NODE_ENV is "test", which would keep the libraries' development checks in the bundle: the
 * browser tests must test what users get, so the build runs with NODE_ENV=production.
 */
export default async function setup() {
  const before = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ root: ROOT, mode: 'production', logLevel: 'warn' })
  } finally {
    process.env.NODE_ENV = before
  }
  assertProductionBundle(path.join(ROOT, 'dist/assets'))
}

/** ECharts' development-only messages are stripped from a production bundle; fail loudly if not. */
function assertProductionBundle(dir: string) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    if (readFileSync(path.join(dir, file), 'utf8').includes('is not valid component main type')) {
      throw new Error(`dist/assets/${file} carries development checks: the e2e build is not a production build`)
    }
  }
}
