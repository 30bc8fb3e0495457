import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launch, openPage } from './browser'
import { DIST, startServer, type StaticServer } from './server'

/**
 * Resource hygiene over 100 route switches: map and chart instances, WebGL contexts, window/document
 * listeners and intervals must come back to what the final route needs (SPEC §6, §7: runs for days).
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
}

let browser: Browser
let server: StaticServer

beforeAll(async () => {
  browser = await launch()
  server = await startServer(ROOT)
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A page of its own context, with the probe; the test closes its context. */
async function newPage(): Promise<Page> {
  return (await openPage(browser, { viewport: { width: 900, height: 640 }, initScript: PROBE })).page
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
    await page.goto(`${server.url}#/`)
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
    await fresh.goto(`${server.url}#/`)
    await fresh.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
    await settle(fresh)
    const baseline = await snapshot(fresh)
    await fresh.context().close()
    await page.context().close()

    expect(after100.instances).toEqual(baseline.instances)
    expect(after100.canvasesWithContext).toBe(baseline.canvasesWithContext)
    expect(after100.liveContexts).toBe(baseline.liveContexts)
    expect(after100.byType).toEqual(after4.byType)
    expect(after100.listeners).toBe(after4.listeners)
    expect(after100.intervals).toBeLessThanOrEqual(after4.intervals)
    expect(errors).toEqual([])
  }, 600_000)
})
