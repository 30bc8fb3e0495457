import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launch } from './browser'
import { startServer, type StaticServer } from './server'

export interface BrowserAndServer {
  readonly browser: Browser
  readonly server: StaticServer
}

/**
 * One Chromium and one static server of `root` (dist/ unless told) for a test file: started before its
 * first test, closed after its last. Read `browser`/`server` inside tests and hooks, not at import time.
 */
export function useBrowserAndServer(root?: string): BrowserAndServer {
  let browser: Browser | undefined
  let server: StaticServer | undefined
  beforeAll(async () => {
    browser = await launch()
    server = await startServer(root)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`${name} is read before the file's beforeAll ran`)
    return value
  }
  return {
    get browser() {
      return started(browser, 'browser')
    },
    get server() {
      return started(server, 'server')
    },
  }
}
