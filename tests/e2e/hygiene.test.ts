import { readFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import path from 'node:path'
import type { CDPSession, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { kpi, openPage, openReady, withFreshPage } from './browser'
import { DIST } from './server'
import { useBrowserAndServer } from './suite'

/**
 * Resource hygiene over 100 route switches: map and chart instances, WebGL contexts, window/document
 * listeners and intervals must stay at what the views visited need (SPEC §6, §7: runs for days).
 */
const ROOT = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : DIST
const CYCLE = ['talent', 'industry', 'innovation', 'overview'] as const
/** 100 by default; HYGIENE_SWITCHES overrides it for a quick local run (a multiple of 4 ends on #/). */
const SWITCHES = Number(process.env.HYGIENE_SWITCHES ?? 100)
const MARKER: Record<(typeof CYCLE)[number], string> = {
  talent: 'kpi-talent-stock',
  industry: 'kpi-enterprise-count',
  innovation: 'kpi-postdoc-count',
  overview: 'kpi-talent-inflow',
}

/** Counts live WebGL contexts, window/document listeners and intervals from the first script on. */
const PROBE = `(() => {
  const probe = { created: 0, lost: 0, canvases: new WeakSet(), listeners: new Map(), intervals: new Set() }
  window.__probe = probe
  const getContext = HTMLCanvasElement.prototype.getContext
  HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
    const ctx = getContext.call(this, type, ...rest)
    if (ctx && /^(webgl2?|experimental-webgl)$/.test(type) && !probe.canvases.has(this)) {
      probe.canvases.add(this)
      probe.created++
      this.addEventListener('webglcontextlost', () => probe.lost++)
    }
    return ctx
  }
  const ids = new WeakMap()
  let next = 0
  const keyOf = (target, type, fn, options) => {
    if (!ids.has(fn)) ids.set(fn, ++next)
    const capture = typeof options === 'boolean' ? options : !!(options && options.capture)
    return (target === window ? 'w' : 'd') + '|' + type + '|' + ids.get(fn) + '|' + capture
  }
  const add = EventTarget.prototype.addEventListener
  const remove = EventTarget.prototype.removeEventListener
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    if ((this === window || this === document) && fn) {
      const key = keyOf(this, type, fn, options)
      probe.listeners.set(key, type)
      if (options && options.once) {
        const forget = () => probe.listeners.delete(key)
        add.call(this, type, forget, { once: true })
      }
      if (options && options.signal) options.signal.addEventListener('abort', () => probe.listeners.delete(key))
    }
    return add.call(this, type, fn, options)
  }
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    if ((this === window || this === document) && fn) probe.listeners.delete(keyOf(this, type, fn, options))
    return remove.call(this, type, fn, options)
  }
  // Pending timeouts: set and neither fired nor cleared yet.
  probe.timeouts = new Set()
  const setT = window.setTimeout
  const clearT = window.clearTimeout
  window.setTimeout = function (fn, ...rest) {
    const id = setT.call(this, typeof fn === 'function' ? (...a) => { probe.timeouts.delete(id); return fn(...a) } : fn, ...rest)
    probe.timeouts.add(id)
    return id
  }
  window.clearTimeout = function (id) {
    probe.timeouts.delete(id)
    return clearT.call(this, id)
  }
  // Web workers started and terminated (MapLibre's pool: kept across maps, not one per view).
  probe.workersStarted = 0
  probe.workersEnded = 0
  const NativeWorker = window.Worker
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args)
      probe.workersStarted++
    }
    terminate() {
      probe.workersEnded++
      return super.terminate()
    }
  }
  const setI = window.setInterval
  const clearI = window.clearInterval
  window.setInterval = function (...args) {
    const id = setI.apply(this, args)
    probe.intervals.add(id)
    return id
  }
  window.clearInterval = function (id) {
    probe.intervals.delete(id)
    return clearI.call(this, id)
  }
})()`

interface Snapshot {
  instances: { map: number; chart: number }
  liveContexts: number
  canvasesWithContext: number
  listeners: number
  byType: Record<string, number>
  intervals: number
  timeouts: number
  workers: { started: number; live: number }
}

const env = useBrowserAndServer(ROOT)

/** A page of its own context, with the probe; the test closes its context. */
async function newPage(): Promise<Page> {
  return (await openPage(env.browser, { viewport: { width: 900, height: 640 }, initScript: PROBE })).page
}

/** Waits until the route is drawn and its map (if any) has loaded, then lets teardown finish. */
async function settle(page: Page): Promise<void> {
  if (await page.$('[data-testid="map"]'))
    await page.waitForSelector('[data-testid="map"][data-loaded="1"]', { timeout: 20_000 })
  await page.waitForTimeout(800)
}

function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    type Probe = {
      created: number
      lost: number
      canvases: WeakSet<object>
      listeners: Map<string, string>
      intervals: Set<number>
      timeouts: Set<number>
      workersStarted: number
      workersEnded: number
    }
    const p = (window as unknown as { __probe: Probe }).__probe
    const byType: Record<string, number> = {}
    for (const type of p.listeners.values()) byType[type] = (byType[type] ?? 0) + 1
    return {
      instances: { ...(window as unknown as { __zzInstances: { map: number; chart: number } }).__zzInstances },
      liveContexts: p.created - p.lost,
      canvasesWithContext: [...document.querySelectorAll('canvas')].filter((c) => p.canvases.has(c)).length,
      listeners: p.listeners.size,
      byType,
      intervals: p.intervals.size,
      timeouts: p.timeouts.size,
      workers: { started: p.workersStarted, live: p.workersStarted - p.workersEnded },
    }
  })
}

async function switchTo(page: Page, route: (typeof CYCLE)[number]): Promise<void> {
  await page.click(`[data-testid="nav-${route}"]`)
  await page.waitForSelector(`[data-testid="${MARKER[route]}"]`, { timeout: 15_000 })
}

describe(`resource hygiene over ${SWITCHES} route switches`, () => {
  it('leaks no map, chart, WebGL context, listener or interval', async () => {
    const page = await newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${env.server.url}#/`)
    await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
    await settle(page)
    for (const route of CYCLE) await switchTo(page, route)
    await settle(page)
    const after4 = await snapshot(page)
    for (let i = 4; i < SWITCHES; i++) {
      await switchTo(page, CYCLE[i % CYCLE.length]!)
      // Mostly quick switches (teardown while loading), a settled view every few.
      if (i % 25 === 0) await settle(page)
    }
    await settle(page)
    const after100 = await snapshot(page)

    const fresh = await newPage()
    await fresh.goto(`${env.server.url}#/`)
    await fresh.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
    await settle(fresh)
    const baseline = await snapshot(fresh)
    await fresh.context().close()
    await page.context().close()

    // The views stay alive across switches (App.vue's KeepAlive): one map per view visited, its charts, and
    // each map's WebGL context, from the first visit on; 96 more switches add none. Only the shown view's
    // canvases are in the document.
    expect(after4.instances.map).toBe(CYCLE.length)
    expect(after100.instances).toEqual(after4.instances)
    expect(after100.instances.chart).toBeGreaterThan(baseline.instances.chart)
    expect(after100.canvasesWithContext).toBe(baseline.canvasesWithContext)
    expect(after100.liveContexts).toBe(after4.liveContexts)
    expect(after100.liveContexts - baseline.liveContexts).toBe(after100.instances.map - baseline.instances.map)
    expect(after100.byType).toEqual(after4.byType)
    expect(after100.listeners).toBe(after4.listeners)
    expect(after100.intervals).toBeLessThanOrEqual(after4.intervals)
    // One MapLibre worker for the page's life: a view switch neither ends it nor starts another.
    expect(after100.workers).toEqual(after4.workers)
    expect(after100.workers.live).toBe(baseline.workers.live)
    expect(errors).toEqual([])
  }, 600_000)
})

interface ViewState {
  mark: number | null
  loaded: string | null
  charts: Record<string, string>
  kpis: Record<string, string>
}

/** What a view shows: its map's instance mark, its KPIs and its charts' series data. */
const VIEW_STATE = `(() => {
  const map = document.querySelector('[data-testid="map"]')
  const charts = {}
  for (const el of document.querySelectorAll('[data-testid^="chart-"]')) {
    const host = [...el.querySelectorAll('div')].find((d) => d.__chart)
    if (host) charts[el.dataset.testid] = JSON.stringify(host.__chart.getOption().series.map((s) => s.data ?? s.links ?? null))
  }
  const kpis = {}
  for (const el of document.querySelectorAll('[data-testid^="kpi-"]')) kpis[el.dataset.testid] = el.dataset.value
  return { mark: map && map.__map ? map.__map.__zzMark ?? null : null, loaded: map ? map.dataset.loaded : null, charts, kpis }
})()`

/** Wraps the shown view's map and charts so each counts its updates (a hidden view must make none). */
const COUNT_UPDATES = `(() => {
  window.__updates = 0
  const count = (o, name) => {
    const fn = o[name]
    o[name] = function (...a) { window.__updates++; return fn.apply(this, a) }
  }
  const map = document.querySelector('[data-testid="map"]').__map
  map.__zzMark = 1
  for (const name of ['getSource', 'setPaintProperty', 'setFeatureState', 'setLayoutProperty']) count(map, name)
  for (const d of document.querySelectorAll('[data-testid^="chart-"] div')) if (d.__chart) count(d.__chart, 'setOption')
})()`

describe('views kept alive across route switches', () => {
  it('a view comes back with its map and charts, up to date with filters changed elsewhere, having done no work while hidden', async () => {
    const { page, errors, close } = await openPage(env.browser)
    try {
      await openReady(page, env.server.url, '/industry')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]', { timeout: 20_000 })
      const before = await kpi(page, 'enterprise-count')
      await page.evaluate(COUNT_UPDATES)
      const instances = () =>
        page.evaluate(() => ({ ...(window as unknown as { __zzInstances: Snapshot['instances'] }).__zzInstances }))
      const industryOnly = await instances()

      await switchTo(page, 'talent')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]', { timeout: 20_000 })
      const chain = await page.$eval('[data-testid="filter-chain"]', (s) => (s as HTMLSelectElement).options[1]!.value)
      await page.selectOption('[data-testid="filter-chain"]', chain)
      await page.waitForSelector('[data-testid="filter-chip-chain"]')
      await page.waitForTimeout(300)
      // The cached industry view drew nothing for the talent view's filter change.
      expect(await page.evaluate(() => (window as unknown as { __updates: number }).__updates)).toBe(0)
      const both = await instances()

      await switchTo(page, 'industry')
      await page.waitForSelector('[data-testid="map"][data-loaded="1"]', { timeout: 20_000 })
      const back = await page.evaluate<ViewState>(VIEW_STATE)
      // The same MapLibre map (no reload), updated on return; the filtered firm count shows.
      expect(back.mark).toBe(1)
      expect(await page.evaluate(() => (window as unknown as { __updates: number }).__updates)).toBeGreaterThan(0)
      expect(await kpi(page, 'enterprise-count')).toBeLessThan(before!)
      // Everything as a page opened on the same address shows it.
      const url = page.url()
      const fresh = await withFreshPage(env.browser, async (p) => {
        await p.goto(url)
        await p.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
        await p.waitForSelector('[data-testid="map"][data-loaded="1"]', { timeout: 20_000 })
        return p.evaluate<ViewState>(VIEW_STATE)
      })
      expect(back.kpis).toEqual(fresh.kpis)
      expect(back.charts).toEqual(fresh.charts)

      // One map per view visited; switching back and forth adds none.
      expect(both.map).toBe(2)
      for (const route of ['talent', 'industry', 'talent', 'industry'] as const) await switchTo(page, route)
      expect(await instances()).toEqual(both)
      expect(industryOnly.map).toBe(1)
      expect(errors).toEqual([])
    } finally {
      await close()
    }
  }, 120_000)
})

/**
 * Bytes of the page's JavaScript values (objects, arrays, strings, closures, shapes) in a heap
 * snapshot: what a leak of data would grow. Compiled code and native (DOM, DevTools) records are left out.
 */
async function jsObjectBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = []
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  const heap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
    nodes: number[]
  }
  const {
    node_fields: fields,
    node_types: [types],
  } = heap.snapshot.meta
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  const counted = new Set([
    'object',
    'array',
    'string',
    'concatenated string',
    'sliced string',
    'closure',
    'object shape',
    'number',
    'regexp',
  ])
  let bytes = 0
  for (let i = 0; i < heap.nodes.length; i += fields.length)
    if (counted.has(types[heap.nodes[i + typeAt]!]!)) bytes += heap.nodes[i + sizeAt]!
  return bytes
}

/** 100 by default; REFRESH_CYCLES overrides it for a quick local run. */
const CYCLES = Number(process.env.REFRESH_CYCLES ?? 100)

describe(`resource hygiene over ${CYCLES} live-refresh cycles`, () => {
  it('every cycle swaps new data in; heap, instances, listeners and timers stay as they were', async () => {
    // Every meta answer is a new dataVersion (until frozen), so every check (refreshSeconds 1) loads
    // and swaps; the firms alternate between all and two thirds so KPIs, charts and points change.
    let version = 0
    let frozen = false
    const firms = (JSON.parse(readFileSync(path.join(ROOT, 'api/v1/enterprises'), 'utf8')) as { items: unknown[] })
      .items
    const meta = JSON.parse(readFileSync(path.join(ROOT, 'api/v1/meta'), 'utf8')) as object
    const json = (res: ServerResponse, body: unknown) =>
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
    env.server.overrides.set('/config.json', (_req, res) =>
      json(res, { apiBase: './api/v1', basemap: null, title: 'hygiene', refreshSeconds: 1 }),
    )
    env.server.overrides.set('/api/v1/meta', (_req, res) => {
      if (!frozen) version += 1
      json(res, { ...meta, dataVersion: `h${version}` })
    })
    env.server.overrides.set('/api/v1/enterprises', (req, res) => {
      const v = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('v')?.slice(1) ?? 0)
      json(res, { items: v % 2 ? firms.filter((_, i) => i % 3) : firms })
    })
    const loads = () => env.server.hits.filter((h) => h === '/api/v1/enterprises').length
    const page = await newPage()
    const cdp = await page.context().newCDPSession(page)
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))

    /** Stops new versions, lets the last swap land and the page settle, then measures. */
    async function measure(): Promise<Snapshot & { heap: number; jsBytes: number }> {
      frozen = true
      await page.waitForTimeout(3000)
      await settle(page)
      await cdp.send('HeapProfiler.collectGarbage')
      const { usedSize } = await cdp.send('Runtime.getHeapUsage')
      const jsBytes = await jsObjectBytes(cdp)
      const snap = await snapshot(page)
      frozen = false
      return { ...snap, heap: usedSize, jsBytes }
    }
    async function cyclesDone(n: number) {
      const start = loads()
      while (loads() < start + n) await page.waitForTimeout(200)
    }

    const first = loads()
    await page.goto(`${env.server.url}#/`)
    await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1))
    await cyclesDone(10 - (loads() - first - 1))
    const after10 = await measure()
    await cyclesDone(CYCLES - 10)
    const after100 = await measure()
    const marker = await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)
    await page.context().close()
    for (const key of ['/config.json', '/api/v1/meta', '/api/v1/enterprises']) env.server.overrides.delete(key)

    const mb = (n: number) => (n / 1e6).toFixed(2)
    console.log(
      `[hygiene] refresh, cycle 10 → ${CYCLES}: JS objects ${mb(after10.jsBytes)} → ${mb(after100.jsBytes)} MB, ` +
        `V8 heap ${mb(after10.heap)} → ${mb(after100.heap)} MB, pending timeouts ${after10.timeouts} → ${after100.timeouts}`,
    )
    expect(marker).toBe(1)
    expect(after100.instances).toEqual(after10.instances)
    expect(after100.canvasesWithContext).toBe(after10.canvasesWithContext)
    expect(after100.liveContexts).toBe(after10.liveContexts)
    expect(after100.byType).toEqual(after10.byType)
    expect(after100.listeners).toBe(after10.listeners)
    expect(after100.intervals).toBeLessThanOrEqual(after10.intervals)
    expect(after100.timeouts).toBeLessThanOrEqual(after10.timeouts)
    // The V8 heap as a whole grows ≈ 2 MB from cycle 10 to 100, all of it compiled code (the JIT
    // optimising more functions as they run); the app's objects, arrays, strings and closures stay flat.
    expect(after100.jsBytes).toBeLessThanOrEqual(after10.jsBytes * 1.02)
    expect(errors).toEqual([])
  }, 600_000)
})
