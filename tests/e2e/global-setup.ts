import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

/** Builds the app once for all browser tests, unless E2E_NO_BUILD=1 and dist/ exists. */
export default async function setup() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
  if (process.env.E2E_NO_BUILD === '1' && existsSync(path.join(root, 'dist/index.html'))) return
  await build({ root, logLevel: 'warn' })
}
