import type { CorpusCase } from './types'

const ALL = ['meta', 'boundaries', 'talent', 'enterprises', 'platforms'] as const

/** A shorter client deadline, set the way a deployer would: config.json `timeoutMs` (long enough for the 3 MB talent file on a busy machine). */
const shortTimeout = {
  path: '/config.json',
  response: { body: (c: Record<string, unknown>) => ({ ...c, timeoutMs: 5000 }) },
} as const

/** Whole-dataset failures (HTTP, timeout, not JSON, wrong top level) and config.json faults. */
export const transportCases: CorpusCase[] = [
  {
    name: 'meta: HTTP 404',
    path: '/api/v1/meta',
    response: { status: 404, body: 'not found' },
    expect: { failed: ['meta'] },
    retry: true,
  },
  {
    name: 'talent: HTTP 500',
    path: '/api/v1/talent',
    response: { status: 500, body: '{"error":"boom"}' },
    expect: { failed: ['talent'] },
    retry: true,
  },
  {
    name: 'enterprises: HTTP 503',
    path: '/api/v1/enterprises',
    response: { status: 503, body: 'busy' },
    expect: { failed: ['enterprises'] },
    route: '/industry',
  },
  {
    name: 'platforms: request hangs past the timeout (timeoutMs 5000 from config.json)',
    path: '/api/v1/platforms',
    response: { hang: true },
    also: [shortTimeout],
    expect: { failed: ['platforms'] },
    retry: true,
  },
  {
    name: 'boundaries: an HTML error page with status 200',
    path: '/api/v1/boundaries',
    response: {
      contentType: 'text/html',
      body: '<!doctype html><html><body><h1>502 Bad Gateway</h1><script>window.__xss=1</script></body></html>',
    },
    expect: { failed: ['boundaries'] },
    retry: true,
  },
  {
    name: 'talent: truncated JSON',
    path: '/api/v1/talent',
    response: { text: (s) => s.slice(0, Math.floor(s.length / 2)) },
    expect: { failed: ['talent'] },
    route: '/talent',
  },
  {
    name: 'enterprises: the body is null',
    path: '/api/v1/enterprises',
    response: { body: 'null' },
    expect: { failed: ['enterprises'] },
  },
  {
    name: 'enterprises: an empty body',
    path: '/api/v1/enterprises',
    response: { body: '' },
    expect: { failed: ['enterprises'] },
  },
  {
    name: 'platforms: a bare array instead of { items }',
    path: '/api/v1/platforms',
    response: { body: (r) => r.items },
    expect: { failed: ['platforms'] },
    route: '/innovation',
  },
  {
    name: 'talent: cells is an object, not an array',
    path: '/api/v1/talent',
    response: { body: (r) => ({ ...r, cells: { 0: r.cells[0] } }) },
    expect: { failed: ['talent'] },
  },
  {
    name: 'meta: asOf missing and isSample a string',
    path: '/api/v1/meta',
    response: { body: (r) => ({ ...r, asOf: undefined, isSample: 'yes' }) },
    expect: { failed: ['meta'] },
    route: '/industry',
  },
  {
    name: 'boundaries: features is null',
    path: '/api/v1/boundaries',
    response: { body: (r) => ({ ...r, features: null }) },
    expect: { failed: ['boundaries'] },
  },
  {
    name: 'meta: a JSON string instead of an object',
    path: '/api/v1/meta',
    response: { body: '"<script>window.__xss=1</script>"' },
    expect: { failed: ['meta'] },
  },
  {
    name: 'config.json: apiBase points nowhere (every dataset 404)',
    path: '/config.json',
    response: { body: (c) => ({ ...c, apiBase: './nowhere/v1' }) },
    expect: { failed: [...ALL] },
  },
  {
    name: 'config.json: truncated (defaults used)',
    path: '/config.json',
    response: { text: (s) => s.slice(0, 12) },
    expect: { ok: true },
  },
  {
    name: 'config.json: HTTP 404 (defaults used)',
    path: '/config.json',
    response: { status: 404, body: 'nope' },
    expect: { ok: true },
  },
  {
    name: 'config.json: javascript: apiBase, a too-small timeoutMs and an HTML title are refused or kept as text',
    path: '/config.json',
    response: {
      body: (c) => ({
        ...c,
        apiBase: 'javascript:window.__xss=1',
        timeoutMs: 5,
        title: '<img src=x onerror="window.__xss=1">',
      }),
    },
    expect: { ok: true },
  },
  {
    name: 'config.json: a basemap whose tiles all 404, with an HTML attribution',
    path: '/config.json',
    response: {
      body: (c) => ({
        ...c,
        basemap: {
          tiles: ['./no-tiles/{z}/{x}/{y}.png'],
          type: 'raster',
          crs: 'wgs84',
          attribution: '<img src=x onerror="window.__xss=1">',
        },
      }),
    },
    expect: { ok: true },
  },
  {
    name: 'config.json: hangs (app starts with the defaults after 10 s)',
    path: '/config.json',
    response: { hang: true },
    expect: { ok: true },
  },
  {
    name: 'platforms: slow answer (3 s) under the deadline',
    path: '/api/v1/platforms',
    response: { delayMs: 3000 },
    expect: { ok: true },
  },
  {
    name: 'enterprises: valid JSON with a BOM, served as text/html',
    path: '/api/v1/enterprises',
    response: { contentType: 'text/html', text: (s) => '\ufeff' + s },
    expect: { ok: true },
  },
]
