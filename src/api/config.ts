import { clampRefreshSeconds } from './refreshPolicy.ts'
import { z } from './schemas/zod.ts'

/** An optional basemap from the deployment's `config.json` (SPEC §6). */
export interface BasemapConfig {
  tiles: string[]
  type: 'raster' | 'vector'
  /** Coordinate system of the tiles; the bundled boundaries are GCJ-02. */
  crs: 'gcj02' | 'wgs84'
  /** Plain text; the map must render it as text, not HTML. */
  attribution?: string
  tileSize?: number
}

/** Runtime configuration read from `config.json` beside `index.html`. */
export interface AppConfig {
  apiBase: string
  basemap: BasemapConfig | null
  title: string
  /** Per-request deadline for the datasets in ms (1000–120000); absent = the client's default, 15000. */
  timeoutMs?: number
  /** How often to check `{apiBase}/meta` for new data, in seconds; 0 = never; absent = 300. */
  refreshSeconds?: number
  /**
   * Which form of talent, enterprises and platforms to load: 'arrow' (`{dataset}.arrow`) or 'json'
   * (`{dataset}`). Absent: the Arrow file where the server has one, else the JSON.
   */
  format?: 'arrow' | 'json'
  /**
   * `browser` (default): the app loads the datasets and its engine answers every filter.
   * `server`: `apiBase` is the server mode API (server/README.md), which answers them from PostgreSQL.
   */
  mode?: AppMode
}

export type AppMode = 'browser' | 'server'

export const TIMEOUT_MS_MIN = 1000
export const TIMEOUT_MS_MAX = 120_000

export const DEFAULT_CONFIG: Readonly<AppConfig> = Object.freeze({
  apiBase: './api/v1',
  basemap: null,
  title: '枣庄人才·产业·科创地图',
})

/** http(s) or a relative reference; `javascript:`, `data:` and other schemes, and whitespace or control characters, are refused. */
function isHttpOrRelative(url: string): boolean {
  if (/[\u0000-\u0020\u007f]/.test(url)) return false
  return /^https?:\/\//i.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url)
}

const urlString = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(2048), z.refine(isHttpOrRelative, 'only http(s) or relative URLs'))

export const basemapSchema = z.object({
  tiles: z.array(urlString).check(z.minLength(1), z.maxLength(16)),
  type: z.enum(['raster', 'vector']),
  crs: z.enum(['gcj02', 'wgs84']),
  attribution: z.optional(z.string().check(z.maxLength(500))),
  tileSize: z.optional(z.int().check(z.minimum(64), z.maximum(1024))),
})

export const appConfigSchema = z.object({
  apiBase: urlString,
  basemap: z.nullable(basemapSchema),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  timeoutMs: z.optional(z.int().check(z.minimum(TIMEOUT_MS_MIN), z.maximum(TIMEOUT_MS_MAX))),
  format: z.optional(z.enum(['arrow', 'json'])),
  // Out-of-range intervals are brought into range (a typo of 3 for 300 still refreshes); negatives are invalid.
  refreshSeconds: z.optional(z.pipe(z.number().check(z.minimum(0)), z.transform(clampRefreshSeconds))),
  mode: z.optional(z.enum(['browser', 'server'])),
})

/** Fetches like `fetch`; only what `loadConfig` uses. */
export type ConfigFetcher = (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>

export interface ConfigResult {
  config: AppConfig
  /** Why (part of) the config was ignored, for a notice and the console; null when all was used. */
  warning: string | null
}

const FIELDS = ['apiBase', 'basemap', 'title', 'timeoutMs', 'format', 'refreshSeconds', 'mode'] as const

function fallback(reason: string): ConfigResult {
  return { config: { ...DEFAULT_CONFIG }, warning: `config.json ${reason}; using the defaults` }
}

/**
 * Reads the config object field by field: a missing field takes its default silently,
 * an invalid one takes its default with a warning (so a typo in `basemap` keeps the deployer's `apiBase`).
 */
export function parseConfig(raw: unknown): ConfigResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fallback('is not a JSON object')
  const source = raw as Record<string, unknown>
  const config: AppConfig = { ...DEFAULT_CONFIG }
  const ignored: string[] = []
  for (const key of FIELDS) {
    if (source[key] === undefined) continue
    const parsed = z.safeParse(appConfigSchema.shape[key], source[key])
    if (parsed.success) Object.assign(config, { [key]: parsed.data })
    else ignored.push(key)
  }
  const warning = ignored.length ? `config.json: ignored invalid ${ignored.join(', ')}; using the default for it` : null
  return { config, warning }
}

/** How long the app waits for `config.json` before it starts with the defaults. */
export const CONFIG_TIMEOUT_MS = 10_000

async function readConfig(url: string, fetcher: ConfigFetcher): Promise<ConfigResult> {
  try {
    const res = await fetcher(url, { cache: 'no-store' })
    if (!res.ok) return fallback(`answered HTTP ${res.status}`)
    const text = await res.text()
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      return fallback('is not valid JSON')
    }
    return parseConfig(raw)
  } catch {
    return fallback('could not be fetched')
  }
}

/**
 * Loads the runtime config. Never throws: any failure yields the defaults and a warning,
 * and so does a config.json that has not fully arrived within `timeoutMs` (a hung server must not stop the app).
 */
export async function loadConfig(
  url = './config.json',
  fetcher: ConfigFetcher = (input, init) => fetch(input, init),
  timeoutMs = CONFIG_TIMEOUT_MS,
): Promise<ConfigResult> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<ConfigResult>((resolve) => {
    timer = setTimeout(() => resolve(fallback(`did not arrive within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    return await Promise.race([readConfig(url, fetcher), deadline])
  } finally {
    clearTimeout(timer)
  }
}
