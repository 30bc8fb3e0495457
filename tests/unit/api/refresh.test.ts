import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseConfig } from '../../../src/api/config.ts'
import { startRefreshLoop, type CheckResult } from '../../../src/api/refreshLoop.ts'
import { probeMeta, type MetaFetcher } from '../../../src/api/refreshMeta.ts'
import {
  clampRefreshSeconds,
  conditionalHeaders,
  decide,
  emptiedDataset,
  NO_VALIDATORS,
  retryDelayMs,
  type MetaValidators,
} from '../../../src/api/refreshPolicy.ts'
import { startServer, type TestServer } from './server.ts'

const V1 = { etag: '"v1"', lastModified: 'Mon, 30 Nov 2026 08:00:00 GMT' }

describe('refreshSeconds in config.json', () => {
  it('is absent unless given, 0 turns it off, out of range is clamped', () => {
    expect(parseConfig({}).config.refreshSeconds).toBeUndefined()
    expect(parseConfig({ refreshSeconds: 0 }).config.refreshSeconds).toBe(0)
    expect(parseConfig({ refreshSeconds: 60 }).config.refreshSeconds).toBe(60)
    expect(parseConfig({ refreshSeconds: 0.2 }).config.refreshSeconds).toBe(1)
    expect(parseConfig({ refreshSeconds: 10_000_000 }).config.refreshSeconds).toBe(86_400)
    expect(clampRefreshSeconds(2.5)).toBe(2.5)
  })

  it('falls back to the default with a warning for a negative or non-number value', () => {
    for (const bad of [-5, '300', null, Number.NaN]) {
      const { config, warning } = parseConfig({ apiBase: '/x', refreshSeconds: bad })
      expect(config.refreshSeconds).toBeUndefined()
      expect(config.apiBase).toBe('/x')
      expect(warning).toContain('refreshSeconds')
    }
  })
})

describe('conditional requests and decisions', () => {
  const known = { version: '2024.1', validators: V1 }

  it('asks with If-None-Match and If-Modified-Since only when the server gave them', () => {
    expect(conditionalHeaders(NO_VALIDATORS)).toEqual({})
    expect(conditionalHeaders(V1)).toEqual({ 'If-None-Match': '"v1"', 'If-Modified-Since': V1.lastModified })
    expect(conditionalHeaders({ etag: null, lastModified: V1.lastModified })).toEqual({
      'If-Modified-Since': V1.lastModified,
    })
  })

  it('304 is unchanged and keeps the validators it asked with', () => {
    expect(decide({ status: 304, validators: NO_VALIDATORS, body: undefined }, known)).toEqual({
      kind: 'unchanged',
      validators: V1,
    })
  })

  it('compares dataVersion when the server answers in full', () => {
    const v2 = { etag: '"v2"', lastModified: null }
    expect(decide({ status: 200, validators: v2, body: { dataVersion: '2024.1' } }, known)).toEqual({
      kind: 'unchanged',
      validators: v2,
    })
    expect(decide({ status: 200, validators: v2, body: { dataVersion: '2024.2' } }, known)).toEqual({
      kind: 'changed',
      version: '2024.2',
      validators: v2,
    })
    // Nothing on screen yet (meta failed at start): any version is new.
    expect(
      decide({ status: 200, validators: v2, body: { dataVersion: '2024.1' } }, { ...known, version: null }),
    ).toMatchObject({ kind: 'changed' })
  })

  it('an HTTP error, a body that is not JSON or has no dataVersion is a failure', () => {
    for (const [status, body] of [
      [500, { dataVersion: 'x' }],
      [404, undefined],
      [200, undefined],
      [200, { dataVersion: 7 }],
      [200, { dataVersion: '' }],
      [200, null],
    ] as const) {
      expect(decide({ status, validators: NO_VALIDATORS, body }, known).kind).toBe('failed')
    }
  })
})

describe('emptiedDataset', () => {
  it('names a dataset whose records were all dropped, not one that was sent empty', () => {
    const items = { items: [] }
    expect(emptiedDataset({ enterprises: items }, { enterprises: { total: 3 } })).toBe('enterprises')
    expect(emptiedDataset({ enterprises: items }, { enterprises: { total: 0 } })).toBeNull()
    expect(emptiedDataset({ platforms: { items: [] }, enterprises: items }, { platforms: { total: 1 } })).toBe(
      'platforms',
    )
    const cells = { cells: [], demand: [], sources: [] }
    expect(emptiedDataset({ talent: cells }, { talent: { total: 9 } })).toBe('talent')
  })
})

describe('retryDelayMs', () => {
  it('doubles from min(interval, 30 s) up to the interval or 8 intervals (at most 5 min)', () => {
    const at = (interval: number) => [1, 2, 3, 4, 5, 6, 7, 8].map((n) => retryDelayMs(interval, n))
    expect(at(2000)).toEqual([2000, 4000, 8000, 16000, 16000, 16000, 16000, 16000])
    expect(at(300_000)).toEqual([30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000, 300_000])
    expect(at(3_600_000).at(-1)).toBe(3_600_000)
  })

  it('spreads by ±10 %', () => {
    expect(retryDelayMs(10_000, 1, 0)).toBe(9000)
    expect(retryDelayMs(10_000, 1, 0.999_999)).toBe(11_000)
  })
})

describe('startRefreshLoop (fake timers)', () => {
  afterEach(() => void vi.useRealTimers())

  function loop(results: CheckResult[], intervalMs = 1000) {
    vi.useFakeTimers()
    const calls: number[] = []
    const check = vi.fn(() => {
      calls.push(Date.now())
      return Promise.resolve(results.shift() ?? 'ok')
    })
    const start = Date.now()
    const stop = startRefreshLoop({ intervalMs, check, random: () => 0.5 })
    return { calls: () => calls.map((t) => t - start), check, stop }
  }

  it('checks once per interval, with backoff after failures, back to the interval after a success', async () => {
    const l = loop(['ok', 'failed', 'failed', 'failed', 'ok', 'ok'])
    await vi.advanceTimersByTimeAsync(1000 + 1000 + 1000 + 2000 + 4000 + 1000)
    expect(l.calls()).toEqual([1000, 2000, 3000, 5000, 9000, 10000])
    l.stop()
  })

  it('a check that throws counts as a failure; never two checks at once', async () => {
    vi.useFakeTimers()
    let running = 0
    let most = 0
    const check = vi.fn(async () => {
      most = Math.max(most, ++running)
      await new Promise((resolve) => setTimeout(resolve, 2500))
      running--
      throw new Error('boom')
    })
    const stop = startRefreshLoop({ intervalMs: 1000, check, random: () => 0.5 })
    await vi.advanceTimersByTimeAsync(20_000)
    stop()
    expect(most).toBe(1)
    // 1000 + 2500 → +1000 (1st failure) + 2500 → +2000 + 2500 → +4000 + 2500 → ... inside 20 s
    expect(check).toHaveBeenCalledTimes(4)
  })

  it('stop clears the timer and ignores a check under way; no timer is left', async () => {
    vi.useFakeTimers()
    let finish: (r: CheckResult) => void = () => {}
    const check = vi.fn(() => new Promise<CheckResult>((resolve) => (finish = resolve)))
    const stop = startRefreshLoop({ intervalMs: 1000, check })
    await vi.advanceTimersByTimeAsync(1000)
    expect(check).toHaveBeenCalledTimes(1)
    stop()
    finish('ok')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(check).toHaveBeenCalledTimes(1)
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('probeMeta', () => {
  let server: TestServer | null = null
  afterEach(async () => {
    await server?.close()
    server = null
  })

  it('over real HTTP: ETag first, then If-None-Match → 304 unchanged, then a new version', async () => {
    let version = 'a'
    const seen: (string | undefined)[] = []
    server = await startServer((req, res) => {
      seen.push(req.headers['if-none-match'])
      const etag = `"${version}"`
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end()
      res.writeHead(200, { 'content-type': 'application/json', ETag: etag })
      res.end(JSON.stringify({ dataVersion: version }))
    })
    const base = `${server.url}/api/v1/`
    const first = await probeMeta(base, { version: 'a', validators: NO_VALIDATORS })
    expect(first).toEqual({ kind: 'unchanged', validators: { etag: '"a"', lastModified: null } })
    const validators = (first as { validators: MetaValidators }).validators
    expect(await probeMeta(base, { version: 'a', validators })).toMatchObject({ kind: 'unchanged' })
    version = 'b'
    expect(await probeMeta(base, { version: 'a', validators })).toEqual({
      kind: 'changed',
      version: 'b',
      validators: { etag: '"b"', lastModified: null },
    })
    expect(seen).toEqual([undefined, '"a"', '"a"'])
    expect(server.hits.get('/api/v1/meta')).toBe(3)
  })

  it('keeps Last-Modified only when it is a second or more before Date (a strong validator)', async () => {
    const answer =
      (headers: Record<string, string>): MetaFetcher =>
      () =>
        Promise.resolve(new Response(JSON.stringify({ dataVersion: 'a' }), { headers }))
    const lm = 'Mon, 30 Nov 2026 08:00:00 GMT'
    const probe = (headers: Record<string, string>) =>
      probeMeta('./api', { version: 'a', validators: NO_VALIDATORS, fetcher: answer(headers) })
    expect(await probe({ 'Last-Modified': lm, Date: 'Mon, 30 Nov 2026 08:00:01 GMT' })).toMatchObject({
      validators: { lastModified: lm },
    })
    expect(await probe({ 'Last-Modified': lm, Date: lm })).toMatchObject({ validators: { lastModified: null } })
    expect(await probe({ 'Last-Modified': lm })).toMatchObject({ validators: { lastModified: null } })
  })

  it('asks with cache: no-store; never rejects on a network error or a hung server', async () => {
    const inits: RequestInit[] = []
    const down: MetaFetcher = (_url, init) => {
      inits.push(init)
      return Promise.reject(new TypeError('Failed to fetch'))
    }
    expect(await probeMeta('./api', { version: 'a', validators: V1, fetcher: down })).toEqual({
      kind: 'failed',
      message: 'meta: network error',
    })
    expect(inits[0]).toMatchObject({ cache: 'no-store', headers: { 'If-None-Match': '"v1"' } })

    server = await startServer(() => {})
    const hung = await probeMeta(server.url, { version: 'a', validators: NO_VALIDATORS, timeoutMs: 200 })
    expect(hung).toEqual({ kind: 'failed', message: 'meta: no answer within 200 ms' })
  })
})
