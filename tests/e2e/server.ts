import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const DIST = process.env.E2E_DIST ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist')

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.arrow': 'application/vnd.apache.arrow.stream',
}

/** Answers one path instead of the file in dist/ (a bad response, a delay, a hang). */
export type Override = (req: IncomingMessage, res: ServerResponse) => void

export interface StaticServer {
  url: string
  overrides: Map<string, Override>
  /** Requests seen, by path, for asserting retries and lazy loads. */
  hits: string[]
  close(): Promise<void>
}

/** A static server for dist/ on 127.0.0.1 with per-path overrides, like any plain web host. */
export async function startServer(root = DIST): Promise<StaticServer> {
  const overrides = new Map<string, Override>()
  const hits: string[] = []
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const rel = decodeURIComponent(url.pathname)
    hits.push(rel)
    const override = overrides.get(rel)
    if (override) return override(req, res)
    // A test that answers a record dataset's JSON its own way means that JSON: the Arrow form is then
    // absent, as on a host that serves only the JSON (the app falls back to it).
    if (rel.endsWith('.arrow') && overrides.has(rel.slice(0, -'.arrow'.length)))
      return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
    let file = path.join(root, rel)
    if (!file.startsWith(root)) return void res.writeHead(403).end()
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html')
    if (!existsSync(file)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
    const type = TYPES[path.extname(file)] ?? (rel.includes('/api/') ? 'application/json' : 'application/octet-stream')
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': statSync(file).size })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    overrides,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
