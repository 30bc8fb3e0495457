import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG, loadConfig, type ConfigFetcher } from '../../../src/api/config.ts'
import { sendJson, startServer, type TestServer } from './server.ts'

function stub(status: number, body: string, seen: RequestInit[] = []): ConfigFetcher {
  return (_url, init) => {
    seen.push(init)
    return Promise.resolve({ ok: status >= 200 && status < 300, status, text: () => Promise.resolve(body) })
  }
}

const BASEMAP = {
  tiles: ['https://tiles.example.cn/{z}/{x}/{y}.png'],
  type: 'raster',
  crs: 'gcj02',
  attribution: '© Example',
  tileSize: 256,
}

let server: TestServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

describe('loadConfig', () => {
  it('reads a full config over real HTTP with cache: no-store', async () => {
    const body = { apiBase: 'https://data.example.cn/api/v1', basemap: BASEMAP, title: '测试地图' }
    server = await startServer((_req, res) => sendJson(res, 200, JSON.stringify(body)))
    const seen: RequestInit[] = []
    const fetcher: ConfigFetcher = (url, init) => {
      seen.push(init)
      return fetch(url, init)
    }
    const result = await loadConfig(`${server.url}/config.json`, fetcher)
    expect(result).toEqual({ config: body, warning: null })
    expect(seen).toEqual([{ cache: 'no-store' }])
    expect(server.hits.get('/config.json')).toBe(1)
  })

  it.each([
    ['HTTP 404', stub(404, 'nope'), /HTTP 404/],
    ['bad JSON', stub(200, '{"apiBase": "./api'), /not valid JSON/],
    ['an array', stub(200, '[]'), /not a JSON object/],
    ['null', stub(200, 'null'), /not a JSON object/],
    ['a fetch that throws', () => Promise.reject(new TypeError('offline')), /could not be fetched/],
  ])('falls back to the defaults with a warning on %s', async (_label, fetcher, warning) => {
    const result = await loadConfig('./config.json', fetcher)
    expect(result.config).toEqual(DEFAULT_CONFIG)
    expect(result.warning).toMatch(warning)
  })

  it('fills missing fields with defaults silently', async () => {
    const result = await loadConfig('./config.json', stub(200, JSON.stringify({ apiBase: '/backend/v1' })))
    expect(result).toEqual({ config: { ...DEFAULT_CONFIG, apiBase: '/backend/v1' }, warning: null })
  })

  it('replaces only the invalid field, keeping the deployer’s apiBase', async () => {
    const body = { apiBase: 'https://data.example.cn/api/v1', basemap: { ...BASEMAP, crs: 'bd09' }, title: 'T' }
    const result = await loadConfig('./config.json', stub(200, JSON.stringify(body)))
    expect(result.config).toEqual({ apiBase: body.apiBase, basemap: null, title: 'T' })
    expect(result.warning).toMatch(/basemap/)
  })

  it('refuses script URLs for apiBase and tiles', async () => {
    const body = { apiBase: 'javascript:alert(1)', basemap: { ...BASEMAP, tiles: ['data:text/html,x'] } }
    const result = await loadConfig('./config.json', stub(200, JSON.stringify(body)))
    expect(result.config).toEqual(DEFAULT_CONFIG)
    expect(result.warning).toMatch(/apiBase, basemap/)
  })

  it('does not let a caller mutate the defaults', () => {
    expect(Object.isFrozen(DEFAULT_CONFIG)).toBe(true)
    expect(DEFAULT_CONFIG).toEqual({ apiBase: './api/v1', basemap: null, title: '枣庄人才·产业·科创地图' })
  })
})
