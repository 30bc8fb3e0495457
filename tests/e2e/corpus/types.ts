import type { KpiId } from '../../../src/domain/kpis'
import type { DatasetName } from '../../../src/domain/types'

export type { DatasetName, KpiId }

/** A path the built app requests: its runtime config or one dataset. */
export type CorpusPath = '/config.json' | `/api/v1/${DatasetName}`

/** The real served JSON (a fresh deep copy per case), loosely typed so cases can break it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Real = any

export interface CorpusResponse {
  /** HTTP status; default 200. */
  status?: number
  /** Default `application/json`. */
  contentType?: string
  /**
   * The body: a string is sent as is; a function gets a deep copy of the real served JSON (mutate it
   * and return it, or return anything else) and its result is JSON.stringify'd, `raw()` markers expanded.
   * Omitted: the real file.
   */
  body?: string | ((real: Real) => unknown)
  /** Applied to the serialised text last (truncate, prepend a BOM…). */
  text?: (json: string) => string
  /** Wait this long before answering. */
  delayMs?: number
  /** Never answer (the connection stays open until the page goes away). */
  hang?: boolean
}

/** What the user must see. */
export type Outcome =
  /** `error-panel` names exactly these datasets, each with a `retry-<name>` button. */
  | { failed: DatasetName[] }
  /** No error panel; `data-notice` counts exactly these drops by reason. */
  | { dropped: Record<string, number> }
  /** Neither an error panel nor a data notice. */
  | { ok: true }

export interface CorpusCase {
  name: string
  path: CorpusPath
  response: CorpusResponse
  /** More paths answered differently in the same case (e.g. a short `timeoutMs` in config.json). */
  also?: { path: CorpusPath; response: CorpusResponse }[]
  expect: Outcome
  /** Exact KPI values on `#/` where the case fixes them; 'baseline' = those of the unmodified data. */
  kpis?: Partial<Record<KpiId, number>> | 'baseline'
  /** Remove the overrides and click `retry-<name>`: the dataset must then load. */
  retry?: boolean
  /** A second route to visit after `#/` (hash path, e.g. '/industry'). */
  route?: string
}

const RAW = /"@@RAW\((.*?)\)@@"/g

/** A JSON token written as is, for what JSON.stringify cannot produce (`1e999`, which parses to Infinity). */
export function raw(token: string): string {
  return `@@RAW(${token})@@`
}

/** Serialises a body, expanding `raw()` markers. */
export function serialise(value: unknown): string {
  return JSON.stringify(value).replace(RAW, (_m, token: string) => token)
}
