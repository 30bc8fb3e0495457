import { afterEach, describe, expect, it } from 'vitest'
import { createHttp, type Http } from '../../../src/api/client.ts'
import { createApi } from '../../../src/api/load.ts'
import { validEnterprise, validMeta } from '../fixtures'
import { sendJson, startServer, type TestServer } from './server.ts'

let server: TestServer | null = null

afterEach(async () => {
  await server?.close()
  server = null
})

const FAST = { timeoutMs: 3000, retries: 2, backoffMs: 1 }
const SHORT_TIMEOUT = { ...FAST, timeoutMs: 200 }

async function serve(handler: Parameters<typeof startServer>[0], options = FAST) {
  server = await startServer(handler)
  return { server, api: createApi({ apiBase: `${server.url}/api/v1` }, createHttp(`${server.url}/api/v1`, options)) }
}

describe('createApi().load over HTTP', () => {
  it('loads and validates a dataset from {apiBase}/{name}', async () => {
    const { api, server } = await serve((_req, res) =>
      sendJson(res, 200, JSON.stringify({ items: [validEnterprise(1)] })),
    )
    const result = await api.load('enterprises')
    expect(result).toEqual({
      ok: true,
      data: { items: [validEnterprise(1)] },
      dropped: { total: 0, byReason: {}, examples: [], rows: {} },
    })
    expect([...server.hits.keys()]).toEqual(['/api/v1/enterprises'])
  })

  it('a refresh asks for its data version in the URL (?v=), so no cache answers with older data', async () => {
    const { api, server } = await serve((_req, res) =>
      sendJson(res, 200, JSON.stringify({ items: [validEnterprise(1)] })),
    )
    const result = await api.load('enterprises', '2025 Q1/2')
    expect(result.ok).toBe(true)
    expect([...server.hits.keys()]).toEqual(['/api/v1/enterprises?v=2025%20Q1%2F2'])
  })

  it('parses JSON whatever the content type, and tolerates a BOM and a trailing slash in apiBase', async () => {
    server = await startServer((_req, res) => sendJson(res, 200, '\uFEFF' + JSON.stringify(validMeta()), 'text/plain'))
    const api = createApi({ apiBase: `${server.url}/api/v1/` }, createHttp(`${server.url}/api/v1/`, FAST))
    const result = await api.load('meta')
    expect(result.ok && result.data.asOf).toBe('2024-12-31')
    expect(server.hits.get('/api/v1/meta')).toBe(1)
  })

  it('reports an HTML page instead of JSON as a parse error', async () => {
    const { api } = await serve((_req, res) =>
      sendJson(res, 200, '<!doctype html><html><body>index</body></html>', 'text/html'),
    )
    const result = await api.load('talent')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error).toMatchObject({ dataset: 'talent', kind: 'parse' })
    expect(result.error.message).toMatch(/HTML/)
    expect(result.error.message).not.toContain('index')
  })

  it('reports truncated JSON as a parse error, without retrying', async () => {
    const { api, server } = await serve((_req, res) =>
      sendJson(res, 200, JSON.stringify({ items: [validEnterprise()] }).slice(0, 40)),
    )
    const result = await api.load('enterprises')
    expect(result.ok ? null : result.error.kind).toBe('parse')
    expect(server.hits.get('/api/v1/enterprises')).toBe(1)
  })

  it('reports null and an array body as shape errors', async () => {
    const { api } = await serve((req, res) => sendJson(res, 200, req.url?.endsWith('meta') ? 'null' : '[]'))
    const [m, p] = await Promise.all([api.load('meta'), api.load('platforms')])
    expect(m.ok ? null : m.error).toMatchObject({ dataset: 'meta', kind: 'shape' })
    expect(p.ok ? null : p.error).toMatchObject({ dataset: 'platforms', kind: 'shape' })
  })

  it('does not retry a 404', async () => {
    const { api, server } = await serve((_req, res) => sendJson(res, 404, 'not found', 'text/plain'))
    const result = await api.load('boundaries')
    expect(result).toEqual({
      ok: false,
      error: { dataset: 'boundaries', kind: 'http', status: 404, message: 'HTTP 404 Not Found' },
    })
    expect(server.hits.get('/api/v1/boundaries')).toBe(1)
  })

  it('retries a 500 and succeeds when the next answer is good', async () => {
    const { api, server } = await serve((_req, res, hit) =>
      hit === 1 ? sendJson(res, 500, 'boom', 'text/plain') : sendJson(res, 200, JSON.stringify({ items: [] })),
    )
    const result = await api.load('platforms')
    expect(result.ok).toBe(true)
    expect(server.hits.get('/api/v1/platforms')).toBe(2)
  })

  it('gives up on a 503 after the configured retries, keeping the status', async () => {
    const { api, server } = await serve((_req, res) => sendJson(res, 503, 'busy', 'text/plain'))
    const result = await api.load('talent')
    expect(result.ok ? null : result.error).toMatchObject({ dataset: 'talent', kind: 'http', status: 503 })
    expect(server.hits.get('/api/v1/talent')).toBe(1 + FAST.retries)
  })

  it('times out on a server that never answers, retrying a timeout only once', async () => {
    const { api, server } = await serve(() => undefined, SHORT_TIMEOUT)
    const started = Date.now()
    const result = await api.load('meta')
    expect(result.ok ? null : result.error).toMatchObject({ dataset: 'meta', kind: 'timeout' })
    expect(server.hits.get('/api/v1/meta')).toBe(2)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('times out when the body stalls after the headers', async () => {
    const { api } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"items": [')
    }, SHORT_TIMEOUT)
    const result = await api.load('enterprises')
    expect(result.ok ? null : result.error.kind).toBe('timeout')
  })

  it('retries a dropped connection and succeeds on the next attempt', async () => {
    const { api, server } = await serve((req, res, hit) => {
      if (hit === 1) req.socket.destroy()
      else sendJson(res, 200, JSON.stringify({ items: [] }))
    })
    const result = await api.load('enterprises')
    expect(result.ok).toBe(true)
    expect(server.hits.get('/api/v1/enterprises')).toBe(2)
  })

  it('reports a refused connection as a network error', async () => {
    const closed = await startServer(() => undefined)
    await closed.close()
    const api = createApi({ apiBase: closed.url }, createHttp(closed.url, FAST))
    const result = await api.load('meta')
    expect(result.ok ? null : result.error).toMatchObject({ dataset: 'meta', kind: 'network' })
  })

  it('never rejects, even when the transport throws', async () => {
    const broken: Http = {
      getJson: () => {
        throw new Error('transport exploded')
      },
    }
    await expect(createApi({ apiBase: '/x' }, broken).load('talent')).resolves.toEqual({
      ok: false,
      error: { dataset: 'talent', kind: 'network', message: 'transport exploded' },
    })
  })
})
