import { emptyFilters, FILTER_KEYS, ID_FILTER_LISTS, type Filters, type IdFilterKey, type YearRange } from './filters'
import type { DistrictMetric } from './talentDistricts'
import type { Meta } from './types'

/** How the industry map draws firms (`layer=`): clusters, a heatmap or hexbins. */
export type MapLayer = 'cluster' | 'heat' | 'hex'
export const MAP_LAYERS: readonly MapLayer[] = ['cluster', 'heat', 'hex']

/**
 * The talent map's metrics (`metric=`), as `DISTRICT_METRICS` lists them: written out so the first
 * load does not pull in the talent view's code (a unit test holds the two lists equal).
 */
export const URL_METRICS: readonly DistrictMetric[] = ['stock', 'inflow', 'density', 'youngShare']

/** View parameters that ride in the URL beside the filters: a link keeps them, they filter nothing. */
export interface ViewParams {
  lang: 'zh' | 'en'
  screen: boolean
  tour: boolean
  /** Seconds per tour step. */
  tourInterval: number
  layer: MapLayer
  /** What the talent map's districts show. */
  metric: DistrictMetric
  /** Districts side by side in the comparison (adcodes, sorted). */
  compare: string[]
}

export const DEFAULT_TOUR_INTERVAL = 20

export function defaultView(): ViewParams {
  return {
    lang: 'zh',
    screen: false,
    tour: false,
    tourInterval: DEFAULT_TOUR_INTERVAL,
    layer: 'cluster',
    metric: 'stock',
    compare: [],
  }
}

/** Every parameter the app reads (the server mode API accepts the same); the rest of a query is left as it is. */
export const URL_PARAMS: readonly string[] = [
  ...FILTER_KEYS,
  'lang',
  'screen',
  'tour',
  'tourInterval',
  'layer',
  'metric',
  'compare',
]

export type Query = Record<string, string | null | undefined | (string | null)[]>

export interface ParsedQuery {
  filters: Filters
  view: ViewParams
  /** Parameter names whose values were ignored. */
  invalid: string[]
}

const ID = /^[\w.-]{1,64}$/
const MAX_Q = 100

/** Every non-empty value a parameter was given (a repeated parameter gives several). */
function all(v: Query[string]): string[] {
  const list = Array.isArray(v) ? v : [v]
  return list.filter((s): s is string => typeof s === 'string' && s !== '')
}

function first(v: Query[string]): string | undefined {
  return all(v)[0]
}

/**
 * The one value of a single-valued parameter. Repeats of the same value merge; repeats that
 * disagree keep the first and name the parameter as partly ignored.
 */
function single(query: Query, name: string, invalid: string[]): string | undefined {
  const values = [...new Set(all(query[name]).map((s) => s.trim()))].filter(Boolean)
  if (values.length > 1) invalid.push(name)
  return values[0]
}

/** Codes of a list parameter, over every repeat and comma: unique, sorted, 6-digit only. */
function adcodes(query: Query, name: string, invalid: string[]): string[] {
  const codes = [
    ...new Set(
      all(query[name])
        .flatMap((v) => v.split(','))
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]
  const ok = codes.filter((c) => /^\d{6}$/.test(c)).sort()
  if (ok.length !== codes.length) invalid.push(name)
  return ok
}

/** Years over every repeat merged into the span that covers them all. */
function years(query: Query, invalid: string[]): YearRange | null {
  let out: YearRange | null = null
  for (const s of all(query.year)) {
    const y = parseYear(s)
    if (!y) {
      invalid.push('year')
      continue
    }
    out = out ? { from: Math.min(out.from, y.from), to: Math.max(out.to, y.to) } : y
  }
  return out
}

/** `2024` or `2019-2024` (either order); null when malformed. */
export function parseYear(s: string): YearRange | null {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(s.trim())
  if (!m) return null
  const a = Number(m[1])
  const b = m[2] === undefined ? a : Number(m[2])
  return { from: Math.min(a, b), to: Math.max(a, b) }
}

export function formatYear(y: YearRange): string {
  return y.from === y.to ? String(y.from) : `${y.from}-${y.to}`
}

function parseId(s: string | undefined, name: string, invalid: string[]): string | null {
  if (s === undefined || s === '') return null
  if (ID.test(s)) return s
  invalid.push(name)
  return null
}

/** Reads the URL query syntactically; ids are checked against meta by `sanitizeFilters`. */
export function parseQuery(query: Query): ParsedQuery {
  const invalid: string[] = []
  const f = emptyFilters()
  f.district = adcodes(query, 'district', invalid)
  for (const key of ['chain', 'segment', 'talentType', 'education', 'entType', 'platformKind'] as const) {
    f[key] = parseId(single(query, key, invalid), key, invalid)
  }
  f.year = years(query, invalid)
  f.q = (first(query.q) ?? '').slice(0, MAX_Q)
  return { filters: f, view: parseView(query, invalid), invalid: [...new Set(invalid)] }
}

function oneOf<T extends string>(query: Query, name: string, allowed: readonly T[], invalid: string[]): T | undefined {
  const s = single(query, name, invalid)
  if (s === undefined) return undefined
  if ((allowed as readonly string[]).includes(s)) return s as T
  invalid.push(name)
  return undefined
}

function parseView(query: Query, invalid: string[]): ViewParams {
  const v = defaultView()
  v.lang = oneOf(query, 'lang', ['zh', 'en'] as const, invalid) ?? v.lang
  v.screen = first(query.screen) === '1'
  v.tour = first(query.tour) === '1'
  const interval = first(query.tourInterval)
  if (interval) {
    const n = Number(interval)
    if (Number.isFinite(n) && n >= 0.2 && n <= 3600) v.tourInterval = n
    else invalid.push('tourInterval')
  }
  v.layer = oneOf(query, 'layer', MAP_LAYERS, invalid) ?? v.layer
  v.metric = oneOf(query, 'metric', URL_METRICS, invalid) ?? v.metric
  v.compare = adcodes(query, 'compare', invalid)
  return v
}

/** Drops compared districts that meta does not know; returns the names it dropped. */
export function sanitizeView(v: ViewParams, meta: Meta): { view: ViewParams; invalid: string[] } {
  const known = new Set(meta.districts.map((d) => d.adcode))
  const compare = v.compare.filter((d) => known.has(d))
  return compare.length === v.compare.length
    ? { view: v, invalid: [] }
    : { view: { ...v, compare }, invalid: ['compare'] }
}

/** Drops filter values that meta does not know; returns the names it dropped. */
export function sanitizeFilters(f: Filters, meta: Meta): { filters: Filters; invalid: string[] } {
  const invalid: string[] = []
  const out: Filters = { ...f }
  const districts = new Set(meta.districts.map((d) => d.adcode))
  out.district = f.district.filter((d) => districts.has(d))
  if (out.district.length !== f.district.length) invalid.push('district')
  for (const key of Object.keys(ID_FILTER_LISTS) as IdFilterKey[]) {
    const id = out[key]
    if (id !== null && !meta[ID_FILTER_LISTS[key]].some((entry) => entry.id === id)) {
      out[key] = null
      invalid.push(key)
    }
  }
  if (out.segment !== null) {
    const chains = out.chain ? meta.chains.filter((c) => c.id === out.chain) : meta.chains
    if (!chains.some((c) => c.segments.some((s) => s.id === out.segment))) {
      out.segment = null
      invalid.push('segment')
    }
  }
  if (out.year) {
    const lo = Math.min(...meta.years)
    const hi = Math.max(...meta.years)
    if (out.year.from < lo || out.year.to > hi) {
      out.year = null
      invalid.push('year')
    }
  }
  return { filters: out, invalid }
}

/** The query for a filter set and view: only non-default values, in a stable order. */
export function serializeQuery(f: Filters, v: ViewParams): Record<string, string> {
  const q: Record<string, string> = {}
  if (f.district.length) q.district = f.district.join(',')
  for (const key of ['chain', 'segment', 'talentType', 'education', 'entType', 'platformKind'] as const) {
    const val = f[key]
    if (val !== null) q[key] = val
  }
  if (f.year) q.year = formatYear(f.year)
  if (f.q) q.q = f.q
  if (v.lang !== 'zh') q.lang = v.lang
  if (v.screen) q.screen = '1'
  if (v.tour) q.tour = '1'
  if (v.tourInterval !== DEFAULT_TOUR_INTERVAL) q.tourInterval = String(v.tourInterval)
  if (v.layer !== 'cluster') q.layer = v.layer
  if (v.metric !== 'stock') q.metric = v.metric
  if (v.compare.length) q.compare = v.compare.join(',')
  return q
}

/** A canonical string for comparing two queries (a repeated parameter counts each value). */
export function queryKey(q: Query): string {
  const pairs = Object.entries(q).flatMap(([k, v]) => all(v).map((s) => [k, s] as [string, string]))
  return new URLSearchParams(pairs.sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y))).toString()
}

/** The part of a query the app reads, for telling whether a URL is already in canonical form. */
export function knownPart(q: Query): Query {
  return Object.fromEntries(Object.entries(q).filter(([k]) => URL_PARAMS.includes(k)))
}

/** The query with the app's parameters replaced by `next` and any other parameter kept. */
export function withCanonical(q: Query, next: Record<string, string>): Query {
  return {
    ...Object.fromEntries(Object.entries(q).filter(([k]) => !URL_PARAMS.includes(k))),
    ...next,
  }
}
