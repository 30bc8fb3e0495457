/**
 * `npm run bench` (SPEC §10): filter engine vs crossfilter2 on the scale-50 data, initial JS
 * gzip of `#/`, 200k points setData → idle, tour heap ratio. Prints a table and writes
 * bench-results.json at the repository root.
 *   npm run bench [-- --scale 50] [--rounds 3 (crossfilter2's timed rounds)] [--skip-browser]
 *   [--only-export (build, then time every export of the sample data; nothing else)]
 *   [--only-load (build, then time #/industry to ready at the scale, Arrow and JSON; nothing else)]
 *   [--only-memory (build, then the tour heap ratio alone; nothing else)] [--memory-runs N (median of N tour passes, default 1)]
 * `npm run bench -- --server [--sizes 1,50,province]` runs the server mode bench alone (bench/server.ts)
 * and writes its figures under "server" in bench-results.json, keeping the rest of the file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Datasets } from '../src/domain/types'
import { launch } from '../tests/e2e/browser'
import { startServer, type StaticServer } from '../tests/e2e/server'
import type { Browser } from 'playwright-core'
import { buildApp, measureBundle, type BuiltApp, type BundleResult } from './bundle'
import { benchExport, EXPORT_BUDGET_MS, type ExportBenchResult } from './export'
import { benchFilter, type FilterResult } from './filter'
import { benchLoad, type LoadResult } from './load'
import { benchMap, cityBbox, type MapResult } from './map'
import { benchMemory, type MemoryResult } from './memory'
import type { ServerBenchResult } from './server'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BUDGET = { filterMs: 16, initialGzipKB: 750, heapRatio: 1.1 }

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`)
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} needs a number`)
  return v
}

const log = (msg: string) => console.log(`[bench] ${msg}`)
const n = (x: number, d = 1) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d })

/** mock/out/scale-S (from `npm run data -- --scale S`) when present, else generated in-process. */
async function loadData(scale: number): Promise<{ data: Datasets; source: string }> {
  const dir = path.join(ROOT, 'mock/out', `scale-${scale}`, 'api/v1')
  if (existsSync(path.join(dir, 'talent'))) {
    const read = (name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as unknown
    const data = Object.fromEntries(
      ['meta', 'boundaries', 'talent', 'enterprises', 'platforms'].map((k) => [k, read(k)]),
    )
    return { data: data as unknown as Datasets, source: path.relative(ROOT, dir) }
  }
  const { generate } = await import('../mock/generate')
  return { data: generate({ scale }), source: `generate({ scale: ${scale} })` }
}

async function runFilter(
  scale: number,
  cfRounds: number,
): Promise<{ filter: FilterResult & { dataSource: string; loadMs: number }; data: Datasets }> {
  const t0 = performance.now()
  const { data, source } = await loadData(scale)
  const loadMs = performance.now() - t0
  log(`data: ${source} in ${n(loadMs / 1000)} s`)
  const lastYear = Math.max(...data.meta.years)
  const result = benchFilter(data, lastYear, { scale, warmup: 3, rounds: 10, cfWarmup: 1, cfRounds, rowRounds: 3, log })
  return { filter: { ...result, dataSource: source, loadMs }, data }
}

/** Builds the app into a temporary folder, serves it and opens Chromium for `fn`; cleans up after. */
async function withBuiltApp<T>(fn: (app: BuiltApp, browser: Browser, server: StaticServer) => Promise<T>): Promise<T> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'zz-bench-dist-'))
  try {
    log('vite build …')
    const app = await buildApp(ROOT, outDir)
    log(`built in ${n(app.buildMs / 1000)} s`)
    const server = await startServer(outDir)
    const browser = await launch()
    try {
      return await fn(app, browser, server)
    } finally {
      await browser.close()
      await server.close()
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

function runBrowser(data: Datasets, scale: number) {
  return withBuiltApp(async (app, browser, server) => {
    const load = await benchLoad(browser, app.outDir, data, scale, 2, log)
    const bundle = await measureBundle(app, browser, server)
    log(`bundle: ${n(bundle.initialGzipKB)} KB gzip`)
    const map = await benchMap(browser, server.url, cityBbox(app.outDir))
    log(`map: ${n(map.setDataToIdleMs, 0)} ms`)
    const memory = await benchMemory(browser, server.url, arg('memory-runs', 1))
    const exports = await benchExport(browser, server.url, log)
    return { load, bundle, map, memory, exports, buildMs: app.buildMs }
  })
}

function printFilter(r: FilterResult): void {
  console.log(
    `\nFilter: scale ${r.scale}, ${r.records.toLocaleString()} records → ${r.cells.toLocaleString()} roll-up cells`,
  )
  console.log(`  built in: engine ${n(r.buildMs.engine, 0)} ms, crossfilter2 ${n(r.buildMs.crossfilter, 0)} ms`)
  console.table(
    r.steps.map((s) => ({
      step: s.step,
      'engine ms': n(s.engineMs, 2),
      'crossfilter2 ms': n(s.crossfilterMs, 1),
      'engine, no roll-up ms': s.rowEngineMs === null ? '—' : n(s.rowEngineMs, 1),
      '+ firm/platform lists ms': n(s.withListsMs, 2),
      'same numbers': s.mismatches === 0 ? 'yes' : `${s.mismatches} differ`,
    })),
  )
  console.log(
    `  medians (${r.steps.length} steps; rounds: engine ${r.rounds.engine}, crossfilter2 ${r.rounds.crossfilter}, no roll-up ${r.rounds.rowEngine}): engine ${n(r.medianMs, 2)} ms, crossfilter2 ${n(r.crossfilterMedianMs, 1)} ms` +
      ` (×${n(r.crossfilterMedianMs / r.medianMs, 0)}), engine without roll-up ${r.rowEngineMedianMs === null ? '—' : n(r.rowEngineMedianMs, 1)} ms,` +
      ` engine + firm/platform lists ${n(r.withListsMedianMs, 2)} ms`,
  )
}

function printExport(e: ExportBenchResult): void {
  console.log(`\nExports of the sample data, click → download (budget ${e.budgetMs} ms each): max ${n(e.maxMs, 0)} ms`)
  console.table(
    e.runs.map((r) => ({
      view: r.route,
      format: r.format,
      ms: n(r.ms, 0),
      'app ms': r.appMs ?? '—',
      KB: n(r.bytes / 1024, 0),
    })),
  )
}

function printBrowser(b: { bundle: BundleResult; map: MapResult; memory: MemoryResult }): void {
  console.log(`\nInitial JS of #/ (gzip -9): ${n(b.bundle.initialGzipKB)} KB (budget ${BUDGET.initialGzipKB})`)
  console.table(b.bundle.files.map((f) => ({ file: f.file, 'raw KB': n(f.rawKB), 'gzip KB': n(f.gzipKB) })))
  if (b.bundle.mainChunk) {
    console.log(`  ${b.bundle.mainChunk.file} by package (each minified + gzipped alone, KB):`)
    console.log(
      `  ${b.bundle.mainChunk.packages
        .slice(0, 14)
        .map((p) => `${p.name} ${n(p.gzipKB)}`)
        .join(' · ')}`,
    )
  }
  const runs = b.map.runs.map((r) => n(r.setDataToIdleMs, 0)).join(', ')
  console.log(
    `\nMap: ${b.map.points.toLocaleString()} clustered points, setData → idle median ${n(b.map.setDataToIdleMs, 0)} ms (runs ${runs})`,
  )
  printMemory(b.memory)
}

function printMemory(m: MemoryResult): void {
  const runs = (m.heapRatioRuns ?? []).length > 1 ? ` (median of ${m.heapRatioRuns?.join(', ')})` : ''
  console.log(`Memory: heap ratio ${m.heapRatio ?? 'null'}${runs} — ${m.note}`)
  if (m.heapRatioExcludingCode !== undefined) {
    const growth = Object.entries(m.growthByType ?? {})
      .map(([k, v]) => `${k} ${n(v / 1024, 0)} KB`)
      .join(' · ')
    console.log(`  excluding V8 compiled code: ${m.heapRatioExcludingCode} (growth 20→200 by type: ${growth})`)
  }
}

function printServer(r: ServerBenchResult): void {
  console.log('\nServer mode (ms; cold = first answer per filter set, repeat = again without the response cache):')
  console.table(
    r.sizes.map((s) => ({
      size: s.size,
      'talent cells': s.rows.talent_cells?.toLocaleString(),
      'cube cells (roll-ups)': `${s.rows.cube_talent?.toLocaleString()} (${s.rows.cube_talent_sets?.toLocaleString()})`,
      firms: s.rows.enterprises?.toLocaleString(),
      'firm grid rows': s.rows.grid_enterprises?.toLocaleString(),
      'load s': n(s.loadSeconds, 0),
      '/query p50/p95 cold': `${n(s.query.cold.p50)} / ${n(s.query.cold.p95)}`,
      repeat: `${n(s.query.repeat.p50)} / ${n(s.query.repeat.p95)}`,
      cached: `${n(s.query.cached.p50)} / ${n(s.query.cached.p95)}`,
      'tile p50/p95 cold': `${n(s.tile.cold.p50)} / ${n(s.tile.cold.p95)}`,
      'tile repeat': `${n(s.tile.repeat.p50)} / ${n(s.tile.repeat.p95)}`,
      'load avg': `${s.loadAvg.start} → ${s.loadAvg.end}`,
    })),
  )
  for (const s of r.sizes)
    for (const t of s.throughput)
      console.log(
        `  ${s.size}, ${t.path}: ${t.requestsPerSec} req/s with ${t.connections} clients, p50 ${t.p50} ms, p97.5 ${t.p95} ms, errors ${t.errors}, non-2xx ${t.non2xx}`,
      )
  console.log(
    `  targets at province size: /query p95 ≤ ${r.targets.queryP95Ms} ms ${r.met.query ?? '—'}, tile p95 ≤ ${r.targets.tileP95Ms} ms ${r.met.tile ?? '—'}`,
  )
}

/** `--server`: the server mode bench alone, merged into bench-results.json under "server". */
async function mainServer(): Promise<void> {
  const started = Date.now()
  const i = process.argv.indexOf('--sizes')
  const sizes = (i >= 0 ? (process.argv[i + 1] ?? '') : '1,50,province').split(',').filter(Boolean)
  const { benchServer } = await import('./server')
  const server = await benchServer(sizes, log)
  printServer(server)
  const file = path.join(ROOT, 'bench-results.json')
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {}
  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    loadAvgAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
  }
  const out = {
    ...previous,
    server: {
      ...server,
      machine,
      date: new Date().toISOString(),
      durationS: Math.round((Date.now() - started) / 1000),
    },
  }
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`)
  log(`wrote "server" into bench-results.json in ${Math.round((Date.now() - started) / 1000)} s`)
}

async function main(): Promise<void> {
  if (process.argv.includes('--server')) return mainServer()
  const started = Date.now()
  if (process.argv.includes('--only-export')) return onlyExport(started)
  const scale = arg('scale', 50)
  if (process.argv.includes('--only-load')) return onlyLoad(started, scale)
  if (process.argv.includes('--only-memory')) return onlyMemory(started)
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAvgAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  }
  log(`${machine.cpu}, ${machine.cores} cores, node ${machine.node}, load ${machine.loadAvgAtStart.join(' ')}`)
  const { filter, data } = await runFilter(scale, arg('rounds', 3))
  printFilter(filter)
  const browser = process.argv.includes('--skip-browser') ? null : await runBrowser(data, scale)
  if (browser) printLoad(browser.load)
  if (browser) printBrowser(browser)
  if (browser) printExport(browser.exports)
  const budgets = {
    filter: filter.medianMs <= BUDGET.filterMs && filter.medianMs <= filter.crossfilterMedianMs,
    bundle: browser ? browser.bundle.initialGzipKB <= BUDGET.initialGzipKB : null,
    memory: browser?.memory.heapRatio == null ? null : browser.memory.heapRatio <= BUDGET.heapRatio,
    export: browser ? browser.exports.maxMs <= browser.exports.budgetMs : null,
  }
  const results = {
    machine: { ...machine, loadAvgAtEnd: os.loadavg().map((x) => Math.round(x * 100) / 100) },
    filter,
    load: browser?.load ?? null,
    clicks: browser?.load.clicks ?? null,
    bundle: browser?.bundle ?? null,
    map: browser?.map ?? null,
    memory: browser?.memory ?? null,
    export: browser?.exports ?? null,
    budgets: { limits: { ...BUDGET, exportMs: EXPORT_BUDGET_MS }, met: budgets },
    buildMs: browser?.buildMs ?? null,
    date: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
  }
  writeFileSync(path.join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.log(
    `\nBudgets: filter ${budgets.filter ? 'met' : 'MISSED'}, bundle ${budgets.bundle ?? '—'}, memory ${budgets.memory ?? '—'}, export ${budgets.export ?? '—'}`,
  )
  log(`wrote bench-results.json in ${results.durationS} s`)
}

function printLoad(l: LoadResult): void {
  const mb = (b: number) => n(b / 2 ** 20)
  console.log(
    `\nLoad of #/industry at scale ${l.scale}: Arrow ${n(l.arrowReadyMs, 0)} ms (${mb(l.arrowBytes)} MB), JSON ${n(l.jsonReadyMs, 0)} ms (${mb(l.jsonBytes)} MB), ×${n(l.jsonReadyMs / l.arrowReadyMs)}; longest task ${n(l.longestTaskMs, 0)} ms (JSON ${n(l.jsonLongestTaskMs, 0)} ms), longest script ${n(l.longestScriptMs, 0)} ms`,
  )
  console.log(
    `Filter clicks at scale ${l.clicks.scale} (Arrow), longest script in one frame: ${n(l.clicks.longestScriptMs, 0)} ms (${l.clicks.steps.map((s) => `${s.step} ${s.longestScriptMs}`).join(', ')}; budget 50)`,
  )
}

/** `--only-load`: builds the app and times its load at `scale`; bench-results.json keeps the other sections. */
async function onlyLoad(started: number, scale: number): Promise<void> {
  const { data, source } = await loadData(scale)
  log(`data: ${source}`)
  const load = await withBuiltApp((app, browser) => benchLoad(browser, app.outDir, data, scale, 2, log))
  printLoad(load)
  const file = path.join(ROOT, 'bench-results.json')
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {}
  const loadAvg = os.loadavg().map((x) => Math.round(x * 100) / 100)
  writeFileSync(
    file,
    `${JSON.stringify({ ...previous, load: { ...load, loadAvg, date: new Date().toISOString() }, clicks: load.clicks }, null, 2)}\n`,
  )
  log(`wrote bench-results.json in ${Math.round((Date.now() - started) / 1000)} s`)
}

/** `--only-memory`: builds the app and measures the tour heap ratio; bench-results.json keeps the other sections. */
async function onlyMemory(started: number): Promise<void> {
  const loadAvgAtStart = os.loadavg().map((x) => Math.round(x * 100) / 100)
  const memory = await withBuiltApp((_app, browser, server) => benchMemory(browser, server.url, arg('memory-runs', 1)))
  printMemory(memory)
  const file = path.join(ROOT, 'bench-results.json')
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {}
  const loadAvg = { start: loadAvgAtStart, end: os.loadavg().map((x) => Math.round(x * 100) / 100) }
  writeFileSync(
    file,
    `${JSON.stringify({ ...previous, memory: { ...memory, loadAvg, date: new Date().toISOString() } }, null, 2)}\n`,
  )
  log(
    `memory: heap ratio ${memory.heapRatio ?? 'null'} (budget ${BUDGET.heapRatio}), load ${loadAvg.start.join(' ')} → ${loadAvg.end.join(' ')}; wrote bench-results.json in ${Math.round((Date.now() - started) / 1000)} s`,
  )
}

/** `--only-export`: builds the app and times its exports; bench-results.json keeps the other sections of its last run. */
async function onlyExport(started: number): Promise<void> {
  const out = await withBuiltApp(async (app, browser, server) => ({
    exports: await benchExport(browser, server.url, log),
    buildMs: app.buildMs,
  }))
  printExport(out.exports)
  const file = path.join(ROOT, 'bench-results.json')
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {}
  const loadAvg = os.loadavg().map((x) => Math.round(x * 100) / 100)
  writeFileSync(
    file,
    `${JSON.stringify({ ...previous, export: { ...out.exports, loadAvg, date: new Date().toISOString() } }, null, 2)}\n`,
  )
  log(
    `exports: max ${n(out.exports.maxMs, 0)} ms (budget ${out.exports.budgetMs}); wrote bench-results.json in ${Math.round((Date.now() - started) / 1000)} s`,
  )
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
