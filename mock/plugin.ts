/**
 * The mock API as a Vite plugin: `vite dev` and `vite preview` answer
 * GET /api/v1/{dataset} (JSON) and /api/v1/{dataset}.arrow (the record datasets' columnar form);
 * `vite build` writes the same bodies to dist/api/v1/ so the built app works on any static server.
 * MOCK_SEED and MOCK_SCALE pick the dataset (defaults: seed 20241231, scale 1).
 */
import { existsSync, readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { ARROW_DATASETS } from '../src/api/arrow/layout.ts'
import { DATASET_NAMES } from '../src/domain/types.ts'
import { encodeDataset } from './arrow.ts'
import { DEFAULT_SEED, generate } from './generate.ts'

const ROUTE = /\/api\/v1\/([^/]*)\/?$/
const JSON_TYPE = 'application/json; charset=utf-8'
const ARROW_TYPE = 'application/vnd.apache.arrow.stream'

type Next = (err?: unknown) => void
/** By file name under api/v1: `meta`, …, `talent.arrow`, … */
type Bodies = Map<string, string | Uint8Array>

function envInt(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n)) throw new Error(`${name} must be an integer, got "${raw}"`)
  return n
}

/** Generated once, on first use, and kept as strings: every request is then a plain write. */
function lazyBodies(): () => Bodies {
  let bodies: Bodies | undefined
  return () => {
    if (!bodies) {
      const data = generate({ seed: envInt('MOCK_SEED', DEFAULT_SEED), scale: envInt('MOCK_SCALE', 1) })
      bodies = new Map<string, string | Uint8Array>(DATASET_NAMES.map((name) => [name, JSON.stringify(data[name])]))
      for (const name of ARROW_DATASETS) bodies.set(`${name}.arrow`, encodeDataset(name, data[name] as never))
    }
    return bodies
  }
}

const FILES: readonly string[] = [...DATASET_NAMES, ...ARROW_DATASETS.map((n) => `${n}.arrow`)]

function send(req: IncomingMessage, res: ServerResponse, status: number, body: string | Uint8Array, name = ''): void {
  res.statusCode = status
  res.setHeader('Content-Type', name.endsWith('.arrow') ? ARROW_TYPE : JSON_TYPE)
  res.setHeader('Cache-Control', 'no-cache')
  res.setHeader('Content-Length', Buffer.byteLength(body))
  res.end(req.method === 'HEAD' ? undefined : body)
}

/**
 * Connect middleware for /api/v1/{dataset}. `fromDisk` (preview) returns the
 * built file when there is one, so preview shows exactly what dist/ ships.
 */
function middleware(bodies: () => Bodies, fromDisk?: (name: string) => Buffer | null) {
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const path = (req.url ?? '').split('?')[0] ?? ''
    const match = ROUTE.exec(path)
    if (!match) return next()
    const name = decodeURIComponent(match[1] ?? '')
    if (!FILES.includes(name)) {
      return send(req, res, 404, JSON.stringify({ error: 'unknown dataset', dataset: name, datasets: DATASET_NAMES }))
    }
    try {
      send(req, res, 200, fromDisk?.(name) ?? (bodies().get(name) as string | Uint8Array), name)
    } catch (err) {
      send(req, res, 500, JSON.stringify({ error: 'mock generation failed', message: String(err) }))
    }
  }
}

export function mockApi(): Plugin {
  const bodies = lazyBodies()
  let outDir = resolve('dist')
  return {
    name: 'zaozhuang-mock-api',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    configureServer(server) {
      server.middlewares.use(middleware(bodies))
    },
    configurePreviewServer(server) {
      const fromDisk = (name: string): Buffer | null => {
        const file = join(outDir, 'api', 'v1', name)
        return existsSync(file) ? readFileSync(file) : null
      }
      server.middlewares.use(middleware(bodies, fromDisk))
    },
    generateBundle() {
      // Only the browser build carries the data (not an SSR or worker environment).
      if (this.environment && this.environment.config.consumer !== 'client') return
      for (const [name, source] of bodies()) this.emitFile({ type: 'asset', fileName: `api/v1/${name}`, source })
    },
  }
}
