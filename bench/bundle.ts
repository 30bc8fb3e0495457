/**
 * Bundle budget (SPEC §10): builds the app into a temporary folder with the Vite JS API,
 * serves it with the e2e static server, opens `#/` in Chromium and gzips every JS file the
 * browser fetched until `body[data-ready="1"]` (the MapLibre worker included).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { minifySync } from 'rolldown/utils'
import { build, type Rollup } from 'vite'
import { openReady } from '../tests/e2e/browser'
import type { StaticServer } from '../tests/e2e/server'

export interface BuiltApp {
  outDir: string
  /** The build output's JS chunks, with their modules' rendered code. */
  chunks: Rollup.OutputChunk[]
  buildMs: number
}

export interface BundleFile {
  file: string
  rawKB: number
  gzipKB: number
}

export interface PackageShare {
  name: string
  /** The package's code in the chunk, minified (oxc) and gzipped on its own; the parts add up to more than the chunk. */
  gzipKB: number
}

export interface BundleResult {
  initialGzipKB: number
  files: BundleFile[]
  /** JS fetched within a second after ready (not counted). */
  afterReady: BundleFile[]
  /** The largest entry chunk by package (estimate). */
  mainChunk: { file: string; packages: PackageShare[] } | null
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10
const gzip = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length

function sizeOf(outDir: string, rel: string): BundleFile {
  const body = readFileSync(path.join(outDir, rel))
  return { file: rel.replace(/^\//, ''), rawKB: kb(body.length), gzipKB: kb(gzip(body)) }
}

export async function buildApp(root: string, outDir: string): Promise<BuiltApp> {
  const t0 = performance.now()
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true'
  const out = await build({
    root,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 1e5 },
  })
  const outputs = (Array.isArray(out) ? out : [out]) as Rollup.RollupOutput[]
  const chunks = outputs.flatMap((o) => o.output.filter((x): x is Rollup.OutputChunk => x.type === 'chunk'))
  return { outDir, chunks, buildMs: performance.now() - t0 }
}

/** `node_modules/@scope/name/…` → `@scope/name`; app code → `(app) src/<folder>`. */
export function packageOf(id: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id.replace(/\\/g, '/'))
  if (m?.[1]) return m[1]
  const src = /\/src\/([^/]+)/.exec(id)
  return src?.[1] ? `(app) src/${src[1]}` : '(app) other'
}

/**
 * The build minifies after rendering; minify each package's rendered code likewise (oxc). As a
 * script without compression: on its own a package's code looks unused and would be dropped.
 */
function minified(code: string): string {
  try {
    return minifySync('package.js', code, { module: false, compress: false, mangle: true }).code
  } catch {
    return code
  }
}

function packageShares(chunk: Rollup.OutputChunk): PackageShare[] {
  const code = new Map<string, string[]>()
  for (const [id, m] of Object.entries(chunk.modules)) {
    if (!m.code) continue
    const name = packageOf(id)
    code.set(name, [...(code.get(name) ?? []), m.code])
  }
  return [...code]
    .map(([name, parts]) => ({ name, gzipKB: kb(gzip(minified(parts.join('\n')))) }))
    .sort((a, b) => b.gzipKB - a.gzipKB)
}

/** Every JS file fetched until `#/` is ready, gzipped, and the main chunk by package. */
export async function measureBundle(app: BuiltApp, browser: Browser, server: StaticServer): Promise<BundleResult> {
  server.hits.length = 0
  const page = await browser.newPage()
  try {
    await openReady(page, server.url, '/')
    const js = (hits: string[]) => [...new Set(hits)].filter((p) => /\.(m?js)$/.test(p))
    const fetched = js(server.hits)
    await page.waitForTimeout(1000)
    const late = js(server.hits).filter((p) => !fetched.includes(p))
    const files = fetched.map((rel) => sizeOf(app.outDir, rel)).sort((a, b) => b.gzipKB - a.gzipKB)
    const main = files[0]
    const chunk = main ? app.chunks.find((c) => main.file.endsWith(c.fileName)) : undefined
    return {
      initialGzipKB: kb(files.reduce((n, f) => n + f.gzipKB * 1024, 0)),
      files,
      afterReady: late.map((rel) => sizeOf(app.outDir, rel)),
      mainChunk: main && chunk ? { file: main.file, packages: packageShares(chunk) } : null,
    }
  } finally {
    await page.close()
  }
}
