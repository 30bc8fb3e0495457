import { emptyFilters, type Filters, type YearRange } from './filters'
import type { Meta } from './types'

/** View parameters that ride in the URL beside the filters. */
export interface ViewParams {
  lang: 'zh' | 'en'
  screen: boolean
  tour: boolean
  /** Seconds per tour step. */
  tourInterval: number
}

export const DEFAULT_TOUR_INTERVAL = 20

export function defaultView(): ViewParams {
  return { lang: 'zh', screen: false, tour: false, tourInterval: DEFAULT_TOUR_INTERVAL }
}

export type Query = Record<string, string | null | undefined | (string | null)[]>

export interface ParsedQuery {
  filters: Filters
  view: ViewParams
  /** Parameter names whose values were ignored. */
  invalid: string[]
}

const ID = /^[\w.-]{1,64}$/
const MAX_Q = 100

function first(v: Query[string]): string | undefined {
  const s = Array.isArray(v) ? v[0] : v
  return s === null || s === undefined ? undefined : s
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
  const district = first(query.district)
  if (district) {
    const codes = [
      ...new Set(
        district
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ]
    f.district = codes.filter((c) => /^\d{6}$/.test(c)).sort()
    if (f.district.length !== codes.length) invalid.push('district')
  }
  f.chain = parseId(first(query.chain), 'chain', invalid)
  f.segment = parseId(first(query.segment), 'segment', invalid)
  f.talentType = parseId(first(query.talentType), 'talentType', invalid)
  f.education = parseId(first(query.education), 'education', invalid)
  f.entType = parseId(first(query.entType), 'entType', invalid)
  f.platformKind = parseId(first(query.platformKind), 'platformKind', invalid)
  const year = first(query.year)
  if (year) {
    f.year = parseYear(year)
    if (!f.year) invalid.push('year')
  }
  f.q = (first(query.q) ?? '').slice(0, MAX_Q)
  return { filters: f, view: parseView(query, invalid), invalid }
}

function parseView(query: Query, invalid: string[]): ViewParams {
  const v = defaultView()
  const lang = first(query.lang)
  if (lang === 'en' || lang === 'zh') v.lang = lang
  else if (lang) invalid.push('lang')
  v.screen = first(query.screen) === '1'
  v.tour = first(query.tour) === '1'
  const interval = first(query.tourInterval)
  if (interval) {
    const n = Number(interval)
    if (Number.isFinite(n) && n >= 0.2 && n <= 3600) v.tourInterval = n
    else invalid.push('tourInterval')
  }
  return v
}

/** Drops filter values that meta does not know; returns the names it dropped. */
export function sanitizeFilters(f: Filters, meta: Meta): { filters: Filters; invalid: string[] } {
  const invalid: string[] = []
  const out: Filters = { ...f }
  const districts = new Set(meta.districts.map((d) => d.adcode))
  out.district = f.district.filter((d) => districts.has(d))
  if (out.district.length !== f.district.length) invalid.push('district')
  const check = <K extends 'chain' | 'talentType' | 'education' | 'entType' | 'platformKind'>(
    key: K,
    ids: string[],
  ) => {
    if (out[key] !== null && !ids.includes(out[key])) {
      out[key] = null
      invalid.push(key)
    }
  }
  check(
    'chain',
    meta.chains.map((c) => c.id),
  )
  check(
    'talentType',
    meta.talentTypes.map((t) => t.id),
  )
  check(
    'education',
    meta.educations.map((t) => t.id),
  )
  check(
    'entType',
    meta.enterpriseTypes.map((t) => t.id),
  )
  check(
    'platformKind',
    meta.platformKinds.map((t) => t.id),
  )
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
  return q
}

/** A canonical string for comparing two queries. */
export function queryKey(q: Record<string, string>): string {
  return new URLSearchParams(Object.entries(q).sort(([a], [b]) => a.localeCompare(b))).toString()
}
