/**
 * Load figure (issue 13): the built app beside the scale-S API (JSON and `{dataset}.arrow`), opened on
 * `#/industry` once with `"format": "arrow"` and once with `"format": "json"` in config.json, alternating;
 * navigation → `body[data-ready="1"]`, the longest main-thread task until then (PerformanceObserver
 * 'longtask'), and the dataset bytes the page asked the server for (uncompressed: this server does not
 * compress). Both paths in the same run, on the same machine load.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { ARROW_DATASETS } from '../src/api/arrow/layout'
import { DATASET_NAMES, type Datasets } from '../src/domain/types'
import { encodeDataset } from '../mock/arrow'
import { startServer, type StaticServer } from '../tests/e2e/server'
import { benchClicks, type ClicksResult } from './clicks'
import { median } from './filter'

export interface LoadRun {
  format: 'arrow' | 'json'
  readyMs: number
  longestTaskMs: number
  /** The longest script (one callback or task's script) in a long animation frame until ready. */
  longestScriptMs: number
  /** Bytes of /api/v1/ files the page and its workers requested. */
  datasetBytes: number
}

export interface LoadResult {
  scale: number
  arrowReadyMs: number
  jsonReadyMs: number
  /** The longest main-thread task during an Arrow load (median over the runs). */
  longestTaskMs: number
  jsonLongestTaskMs: number
  /** The longest script in one long animation frame during an Arrow load (median over the runs). */
  longestScriptMs: number
  arrowBytes: number
  jsonBytes: number
  runs: LoadRun[]
  /** The five filter clicks after an Arrow load (bench-results.json's top-level `clicks`). */
  clicks: ClicksResult
}

/**
 * Records, from the first script on, every long task, the script entries of every long animation frame
 * (the app's and its libraries' code: a long task also counts the frame's rendering, which in headless
 * Chromium waits for SwiftShader to draw the map's WebGL frame), and the moment `data-ready` turns 1.
 */
const INIT = `(() => {
  const w = window
  w.__load = { long: [], scripts: [], ready: 0 }
  new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__load.long.push(e.duration) }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) for (const s of e.scripts ?? []) w.__load.scripts.push(s.duration)
  }).observe({ type: 'long-animation-frame', buffered: true })
  new MutationObserver(() => {
    if (!w.__load.ready && document.body?.getAttribute('data-ready') === '1') w.__load.ready = performance.now()
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-ready'] })
})()`

/** The built app in `outDir` copied beside the datasets (JSON and Arrow) in a temporary folder. */
function stage(outDir: string, data: Datasets): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'zz-bench-load-'))
  cpSync(outDir, root, { recursive: true, filter: (src) => !src.startsWith(path.join(outDir, 'api')) })
  const dir = path.join(root, 'api/v1')
  mkdirSync(dir, { recursive: true })
  for (const name of DATASET_NAMES) writeFileSync(path.join(dir, name), JSON.stringify(data[name]))
  for (const name of ARROW_DATASETS)
    writeFileSync(path.join(dir, `${name}.arrow`), encodeDataset(name, data[name] as never))
  return root
}

/** A static server of `root` whose config.json asks for `format`, for the time of `fn`. */
async function withServer<T>(
  root: string,
  format: LoadRun['format'],
  fn: (server: StaticServer) => Promise<T>,
): Promise<T> {
  const server = await startServer(root)
  const config = JSON.stringify({ apiBase: './api/v1', basemap: null, title: 'bench', format, timeoutMs: 120_000 })
  server.overrides.set('/config.json', (_req, res) =>
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(config),
  )
  try {
    return await fn(server)
  } finally {
    await server.close()
  }
}

const once = (browser: Browser, root: string, format: LoadRun['format']) =>
  withServer(root, format, (server) => loadOnce(browser, root, server, format))

async function loadOnce(
  browser: Browser,
  root: string,
  server: StaticServer,
  format: LoadRun['format'],
): Promise<LoadRun> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } })
  try {
    const page = await context.newPage()
    await page.addInitScript(INIT)
    await page.goto(`${server.url}#/industry`)
    await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 180_000 })
    await page.waitForTimeout(300)
    const got = await page.evaluate<{ long: number[]; scripts: number[]; ready: number }>('window.__load')
    const datasetBytes = server.hits
      .filter((h) => h.startsWith('/api/v1/'))
      .reduce((n, h) => n + (statSync(path.join(root, h), { throwIfNoEntry: false })?.size ?? 0), 0)
    return {
      format,
      readyMs: got.ready,
      longestTaskMs: Math.max(0, ...got.long),
      longestScriptMs: Math.max(0, ...got.scripts),
      datasetBytes,
    }
  } finally {
    await context.close()
  }
}

/** Times `rounds` loads of each format, alternating (arrow first). */
export async function benchLoad(
  browser: Browser,
  outDir: string,
  data: Datasets,
  scale: number,
  rounds = 2,
  log: (msg: string) => void = () => undefined,
): Promise<LoadResult> {
  const root = stage(outDir, data)
  try {
    const runs: LoadRun[] = []
    for (let i = 0; i < rounds; i++) {
      for (const format of ['arrow', 'json'] as const) {
        const run = await once(browser, root, format)
        log(
          `load ${format}: ready ${Math.round(run.readyMs)} ms, longest task ${Math.round(run.longestTaskMs)} ms, longest script ${Math.round(run.longestScriptMs)} ms`,
        )
        runs.push(run)
      }
    }
    const of = (f: LoadRun['format']) => runs.filter((r) => r.format === f)
    const clicks = await withServer(root, 'arrow', (server) => benchClicks(browser, server, scale))
    log(`clicks: longest script ${clicks.steps.map((s) => s.longestScriptMs).join(' / ')} ms`)
    return {
      scale,
      arrowReadyMs: Math.round(median(of('arrow').map((r) => r.readyMs))),
      jsonReadyMs: Math.round(median(of('json').map((r) => r.readyMs))),
      longestTaskMs: Math.round(median(of('arrow').map((r) => r.longestTaskMs))),
      jsonLongestTaskMs: Math.round(median(of('json').map((r) => r.longestTaskMs))),
      longestScriptMs: Math.round(median(of('arrow').map((r) => r.longestScriptMs))),
      arrowBytes: of('arrow')[0]?.datasetBytes ?? 0,
      jsonBytes: of('json')[0]?.datasetBytes ?? 0,
      runs,
      clicks,
    }
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
}
