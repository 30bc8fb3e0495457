/**
 * The server mode client (server/README.md): the engine's aggregates from `/query`, filtered
 * firm and platform lists, the point tiles' URL, and the datasets the SPA still loads
 * (meta, boundaries, talent's small tables, a first page of firms and platforms).
 * Filters travel in the URL's own syntax (SPEC §3). Pure: no Vue, no globals.
 */
import axios from 'axios'
import type { EngineResult } from './serverWire.ts'
import type { Filters } from '../domain/filters.ts'
import type { DatasetName, Enterprise, Platform, TalentCell } from '../domain/types.ts'
import { createHttp, type Http } from './client.ts'
import type { RetryOptions } from './http.ts'
import { createApi, validateDataset, type Api } from './load.ts'
import { filterParams } from './serverParams.ts'
import { decodeQuery } from './serverWire.ts'

/** The largest page the server gives (its `limit` maximum). */
export const SERVER_PAGE = 10_000

/** Why a server request gave no usable answer (an aborted request is not an error: it is superseded). */
export class ServerError extends Error {
  override name = 'ServerError'
}

export interface ServerClient {
  /** Every KPI and group-by for the filters, in the engine's shapes. */
  query(f: Filters, signal: AbortSignal): Promise<EngineResult>
  /** The filtered firms or platforms, largest first (output value, postdocs), at most `SERVER_PAGE`. */
  list<K extends 'enterprises' | 'platforms'>(name: K, f: Filters, signal: AbortSignal): Promise<ListOf<K>>
  /** The talent cells the filters select (for the talent export), as the v1 dataset has them. */
  talentCells(f: Filters, signal: AbortSignal): Promise<TalentCell[]>
  /** One firm or platform by id, whatever the filters (the drawer's record); null when there is none. */
  one<K extends 'enterprises' | 'platforms'>(
    name: K,
    id: string,
    signal: AbortSignal,
  ): Promise<ListOf<K>[number] | null>
}

type ListOf<K> = K extends 'enterprises' ? Enterprise[] : Platform[]

const join = (apiBase: string, path: string) => `${apiBase.replace(/\/+$/, '')}/${path}`

export function createServerClient(apiBase: string, timeoutMs = 15_000): ServerClient {
  // axios here (server mode's lazy chunk): per-request deadline and cancellation in one call. The first
  // load of browser mode and the dataset worker share a fetch transport instead (fetchTransport.ts), which
  // keeps axios' ≈ 21 KB gzip out of the first-load budget.
  const http = axios.create({ timeout: timeoutMs, headers: { accept: 'application/json' }, responseType: 'json' })
  async function getJson(path: string, signal: AbortSignal): Promise<unknown> {
    try {
      return (await http.get<unknown>(join(apiBase, path), { signal })).data
    } catch (e) {
      if (signal.aborted) throw e
      if (!axios.isAxiosError(e)) throw new ServerError('network error')
      if (e.response) throw new ServerError(`HTTP ${e.response.status}`)
      if (e.code === 'ECONNABORTED' || e.code === 'ETIMEDOUT') throw new ServerError(`no answer within ${timeoutMs} ms`)
      throw new ServerError('network error')
    }
  }
  return {
    async query(f, signal) {
      const result = decodeQuery(await getJson(`query?${filterParams(f)}`, signal))
      if (!result) throw new ServerError('the /query answer does not have the expected shape')
      return result
    },
    async list(name, f, signal) {
      const p = filterParams(f)
      p.set('order', 'output')
      p.set('limit', String(SERVER_PAGE))
      const checked = validateDataset(name, await getJson(`${name}?${p}`, signal))
      if (!checked.ok) throw new ServerError(`the /${name} answer does not have the expected shape`)
      return checked.data.items as ListOf<typeof name>
    },
    async one(name, id, signal) {
      const p = new URLSearchParams({ id, limit: '1' })
      const checked = validateDataset(name, await getJson(`${name}?${p}`, signal))
      if (!checked.ok) throw new ServerError(`the /${name} answer does not have the expected shape`)
      return (checked.data.items as ListOf<typeof name>)[0] ?? null
    },
    async talentCells(f, signal) {
      const p = filterParams(f)
      p.set('cells', 'filtered')
      const checked = validateDataset('talent', await getJson(`talent?${p}`, signal))
      if (!checked.ok) throw new ServerError('the /talent answer does not have the expected shape')
      return checked.data.cells
    },
  }
}

/**
 * What the data store loads in server mode: talent's small tables without its cells (the
 * server aggregates them), and the first page of firms and platforms, largest first (names for
 * the drawer, search and network; at the sample's size, all of them).
 */
const SERVER_DATASETS: Record<DatasetName, string> = {
  meta: 'meta',
  boundaries: 'boundaries',
  talent: 'talent?cells=0',
  enterprises: `enterprises?order=output&limit=${SERVER_PAGE}`,
  platforms: `platforms?order=output&limit=${SERVER_PAGE}`,
}

function serverHttp(apiBase: string, options: RetryOptions): Http {
  const http = createHttp(apiBase, options)
  return {
    async getJson(name) {
      // createHttp joins apiBase and the name; the server's paths carry parameters as well.
      const r = await http.getJson(SERVER_DATASETS[name] as DatasetName)
      return r.ok ? r : { ok: false, error: { ...r.error, dataset: name } }
    },
  }
}

/** The data store's API in server mode (same contract as `createApi`). */
export function createServerApi(config: { apiBase: string; timeoutMs?: number }): Api {
  const opts = config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }
  return createApi(config, serverHttp(config.apiBase, opts))
}
