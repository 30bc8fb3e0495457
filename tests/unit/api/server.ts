import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TestServer {
  /** Base URL, e.g. http://127.0.0.1:40123 */
  url: string
  /** Requests received, by path. */
  hits: Map<string, number>
  close(): Promise<void>
}

/** A throwaway HTTP server on 127.0.0.1 (port 0); `handler` answers, or leaves the request hanging. */
export async function startServer(
  handler: (req: IncomingMessage, res: ServerResponse, hit: number) => void,
): Promise<TestServer> {
  const hits = new Map<string, number>()
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    const hit = (hits.get(path) ?? 0) + 1
    hits.set(path, hit)
    handler(req, res, hit)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export function sendJson(res: ServerResponse, status: number, body: string, type = 'application/json'): void {
  res.writeHead(status, { 'content-type': type })
  res.end(body)
}
