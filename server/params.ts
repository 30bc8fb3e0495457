/**
 * Request parameters, validated as the SPA validates its URL: the filter parameters go through
 * src/domain/url.ts (`parseQuery`, then `sanitizeFilters` against meta), so the rules are one.
 * Where the SPA would drop a value with a notice, the API answers 400 with a JSON error:
 * unknown or repeated parameters, malformed or unknown values, oversized input.
 */
import type { Filters } from '../src/domain/filters.ts'
import type { Meta } from '../src/domain/types.ts'
import { parseQuery, sanitizeFilters, URL_PARAMS } from '../src/domain/url.ts'

/** The longest value any parameter may carry (district lists of every adcode fit). */
export const MAX_VALUE_LENGTH = 1000
/** The search text's limit (the SPA's URL parser cuts `q` here; the API refuses longer). */
export const MAX_Q_LENGTH = 100

export class BadRequest extends Error {
  constructor(
    message: string,
    readonly params: string[],
  ) {
    super(message)
  }
}

type Raw = Record<string, unknown>

/** Every value a single string, of a known parameter, without control characters or excess length. */
function plain(query: Raw, allowed: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  const unknown = Object.keys(query).filter((k) => !allowed.includes(k))
  if (unknown.length)
    throw new BadRequest(`unknown parameter(s): ${unknown.slice(0, 5).join(', ')}`, unknown.slice(0, 5))
  for (const [k, v] of Object.entries(query)) {
    if (typeof v !== 'string') throw new BadRequest(`parameter ${k} given more than once`, [k])
    if (v.length > MAX_VALUE_LENGTH) throw new BadRequest(`parameter ${k} is too long`, [k])
    if (/[\u0000-\u001f\u007f]/.test(v)) throw new BadRequest(`parameter ${k} has control characters`, [k])
    out[k] = v
  }
  return out
}

/** The §3 filters of a request; throws BadRequest on anything the SPA would not accept as it is. */
export function parseFilters(
  query: Raw,
  meta: Meta,
  extra: readonly string[] = [],
): { filters: Filters; rest: Record<string, string> } {
  // The SPA's own parameter list: a permalink's view parameters are checked like the filters, then ignored.
  const all = plain(query, [...URL_PARAMS, ...extra])
  const fq: Record<string, string> = {}
  const rest: Record<string, string> = {}
  for (const [k, v] of Object.entries(all)) (URL_PARAMS.includes(k) ? fq : rest)[k] = v
  if ((fq.q ?? '').length > MAX_Q_LENGTH) throw new BadRequest(`q is longer than ${MAX_Q_LENGTH} characters`, ['q'])
  const parsed = parseQuery(fq)
  if (parsed.invalid.length) throw new BadRequest(`invalid value of ${parsed.invalid.join(', ')}`, parsed.invalid)
  const { filters, invalid } = sanitizeFilters(parsed.filters, meta)
  if (invalid.length) throw new BadRequest(`unknown value of ${invalid.join(', ')}`, invalid)
  return { filters, rest }
}

/** A non-negative integer parameter within bounds, or its default. */
export function intParam(rest: Record<string, string>, name: string, dflt: number, min: number, max: number): number {
  const v = rest[name]
  if (v === undefined || v === '') return dflt
  if (!/^\d{1,9}$/.test(v)) throw new BadRequest(`${name} must be an integer`, [name])
  const n = Number(v)
  if (n < min || n > max) throw new BadRequest(`${name} must be between ${min} and ${max}`, [name])
  return n
}

/** One of a fixed set of words, or its default. */
export function enumParam<T extends string>(
  rest: Record<string, string>,
  name: string,
  values: readonly T[],
  dflt: T,
): T {
  const v = rest[name]
  if (v === undefined || v === '') return dflt
  if (!values.includes(v as T)) throw new BadRequest(`${name} must be one of ${values.join(', ')}`, [name])
  return v as T
}
