import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Override, StaticServer } from '../server'
import { serialise, type CorpusPath, type CorpusResponse } from './types'

const cache = new Map<string, string>()

/** The file dist/ serves at `rel`, as text (read once). */
function realText(root: string, rel: string): string {
  const file = path.join(root, rel)
  let text = cache.get(file)
  if (text === undefined) {
    text = readFileSync(file, 'utf8')
    cache.set(file, text)
  }
  return text
}

function bodyOf(root: string, rel: CorpusPath, response: CorpusResponse): string {
  const { body, text } = response
  const json =
    body === undefined
      ? realText(root, rel)
      : typeof body === 'string'
        ? body
        : serialise(body(JSON.parse(realText(root, rel)) as unknown))
  return text ? text(json) : json
}

/** Turns a corpus response into a server override; the body is built once, when installed. */
export function toOverride(root: string, rel: CorpusPath, response: CorpusResponse): Override {
  const { status = 200, contentType = 'application/json', delayMs = 0, hang = false } = response
  const payload = hang ? '' : bodyOf(root, rel, response)
  return (_req, res) => {
    if (hang) return
    const send = () => {
      if (res.destroyed) return
      res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store' })
      res.end(payload)
    }
    if (delayMs) setTimeout(send, delayMs)
    else send()
  }
}

/** Installs the overrides on the server; returns a function that removes them. */
export function installOverrides(
  server: StaticServer,
  root: string,
  list: { path: CorpusPath; response: CorpusResponse }[],
): () => void {
  for (const { path: rel, response } of list) server.overrides.set(rel, toOverride(root, rel, response))
  return () => {
    for (const { path: rel } of list) server.overrides.delete(rel)
  }
}
