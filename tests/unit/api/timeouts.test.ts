import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG, loadConfig, parseConfig, type ConfigFetcher } from '../../../src/api/config.ts'
import { createApi } from '../../../src/api/load.ts'
import { startServer, type TestServer } from './server.ts'

let server: TestServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

describe('config.json timeoutMs', () => {
  it('takes a deployer timeout between 1000 and 120000 ms', () => {
    expect(parseConfig({ timeoutMs: 2000 })).toEqual({ config: { ...DEFAULT_CONFIG, timeoutMs: 2000 }, warning: null })
  })

  it.each([5, 999, 120_001, 2000.5, '2000', null])(
    'ignores %s with a warning, keeping the client default',
    (timeoutMs) => {
      const result = parseConfig({ apiBase: '/v1', timeoutMs })
      expect(result.config).toEqual({ ...DEFAULT_CONFIG, apiBase: '/v1' })
      expect(result.warning).toMatch(/timeoutMs/)
    },
  )

  it('is the deadline of each dataset request', async () => {
    server = await startServer(() => {})
    const started = Date.now()
    const result = await createApi({ apiBase: server.url, timeoutMs: 1000 }).load('meta')
    expect(result.ok ? 'ok' : result.error.kind).toBe('timeout')
    // One attempt, one retry after 500 ms: well under the 15 s default.
    expect(Date.now() - started).toBeLessThan(6000)
    expect(server.hits.get('/meta')).toBe(2)
  }, 15_000)
})

describe('loadConfig deadline', () => {
  it('starts with the defaults when config.json never arrives', async () => {
    const never: ConfigFetcher = () => new Promise(() => {})
    const result = await loadConfig('./config.json', never, 50)
    expect(result.config).toEqual(DEFAULT_CONFIG)
    expect(result.warning).toMatch(/did not arrive within 50 ms/)
  })

  it('uses a config that arrives in time', async () => {
    const quick: ConfigFetcher = () =>
      Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve('{"title":"T"}') })
    expect(await loadConfig('./config.json', quick, 1000)).toEqual({
      config: { ...DEFAULT_CONFIG, title: 'T' },
      warning: null,
    })
  })
})
