import type { Attempt, Transport } from './http.ts'

/** What `fetchTransport` needs of `fetch` (tests pass their own). */
export type Fetcher = (url: string, init: RequestInit) => Promise<Response>

/**
 * One request over `fetch` (the page's client and the dataset worker): the deadline covers the headers
 * and the body; a status outside 2xx is an 'http' failure, a rejected fetch a 'network' one.
 */
export function fetchTransport<B>(
  read: (res: Response) => Promise<B>,
  fetcher: Fetcher = (url, init) => fetch(url, init),
): Transport<B> {
  return async (url, timeoutMs): Promise<Attempt<B>> => {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), timeoutMs)
    try {
      const res = await fetcher(url, { signal: controller.signal })
      if (res.status < 200 || res.status > 299) {
        const text = res.statusText ? ` ${res.statusText}` : ''
        void res.body?.cancel().catch(() => undefined)
        return { ok: false, kind: 'http', status: res.status, message: `HTTP ${res.status}${text}` }
      }
      return { ok: true, body: await read(res) }
    } catch {
      if (controller.signal.aborted)
        return { ok: false, kind: 'timeout', message: `no complete response within ${timeoutMs} ms` }
      return { ok: false, kind: 'network', message: 'network error' }
    } finally {
      clearTimeout(timer)
    }
  }
}

export const readText = (res: Response): Promise<string> => res.text()
export const readBytes = async (res: Response): Promise<Uint8Array> => new Uint8Array(await res.arrayBuffer())
