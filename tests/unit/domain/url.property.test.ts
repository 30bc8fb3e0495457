import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyFilters, FILTER_KEYS, type Filters } from '../../../src/domain/filters'
import {
  DEFAULT_TOUR_INTERVAL,
  defaultView,
  MAP_LAYERS,
  parseQuery,
  sanitizeFilters,
  serializeQuery,
  type Query,
  type ViewParams,
} from '../../../src/domain/url'
import { DISTRICT_METRICS } from '../../../src/domain/talentDistricts'
import { metaArb } from '../arbitraries'

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-'.split('')
const id = fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1, maxLength: 64 })
const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null })
const fourDigits = fc.integer({ min: 1000, max: 9999 })

/** Any state the app can be in: syntactically valid ids, 6-digit districts (sorted, unique), q ≤ 100 chars. */
const filtersArb: fc.Arbitrary<Filters> = fc.record({
  district: fc.uniqueArray(fc.integer({ min: 100000, max: 999999 }).map(String), { maxLength: 6 }).map((d) => d.sort()),
  chain: orNull(id),
  segment: orNull(id),
  year: orNull(fc.tuple(fourDigits, fourDigits).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }))),
  talentType: orNull(id),
  education: orNull(id),
  entType: orNull(id),
  platformKind: orNull(id),
  q: fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.slice(0, 100)),
})
const viewArb: fc.Arbitrary<ViewParams> = fc.record({
  lang: fc.constantFrom('zh' as const, 'en' as const),
  screen: fc.boolean(),
  tour: fc.boolean(),
  tourInterval: fc.oneof(
    fc.constant(DEFAULT_TOUR_INTERVAL),
    fc.double({ min: 0.2, max: 3600, noNaN: true }),
    fc.integer({ min: 1, max: 3600 }),
  ),
  layer: fc.constantFrom(...MAP_LAYERS),
  metric: fc.constantFrom(...DISTRICT_METRICS),
  compare: fc.uniqueArray(fc.integer({ min: 100000, max: 999999 }).map(String), { maxLength: 4 }).map((d) => d.sort()),
})

/** What the router hands over: any keys, values that are strings, null, undefined or arrays of them. */
const queryArb: fc.Arbitrary<Query> = fc.dictionary(
  fc.oneof(
    fc.constantFrom<string>(
      ...FILTER_KEYS,
      'lang',
      'screen',
      'tour',
      'tourInterval',
      'layer',
      'metric',
      'compare',
      '__proto__',
      'constructor',
      'toString',
    ),
    fc.string(),
  ),
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom(
      '370402,370481',
      '2019-2024',
      '2024-2019',
      '9999',
      'en',
      '1',
      'NaN',
      '-1',
      '1e999',
      ',,,',
      ' 370402 , 370402 ',
    ),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constant(null)), { maxLength: 3 }),
  ),
  { maxKeys: 8 },
)

/** Through a real URL, as a permalink travels. */
function viaUrl(q: Record<string, string>): Query {
  const text = new URLSearchParams(q).toString()
  return Object.fromEntries(new URLSearchParams(text))
}

describe('URL state', () => {
  it('serialise → URL → parse gives back any valid state, and nothing is reported invalid', () => {
    fc.assert(
      fc.property(filtersArb, viewArb, (f, v) => {
        const back = parseQuery(viaUrl(serializeQuery(f, v)))
        expect(back.invalid).toEqual([])
        expect(back.filters).toEqual(f)
        expect(back.view).toEqual(v)
      }),
      { numRuns: 500 },
    )
  })

  it('parseQuery never throws on arbitrary query objects, and what it returns is a valid, stable state', () => {
    fc.assert(
      fc.property(queryArb, (query) => {
        const p = parseQuery(query)
        for (const d of p.filters.district) expect(d).toMatch(/^\d{6}$/)
        for (const key of ['chain', 'segment', 'talentType', 'education', 'entType', 'platformKind'] as const) {
          const value = p.filters[key]
          if (value !== null) expect(value).toMatch(/^[\w.-]{1,64}$/)
        }
        if (p.filters.year) expect(p.filters.year.from).toBeLessThanOrEqual(p.filters.year.to)
        expect(p.filters.q.length).toBeLessThanOrEqual(100)
        expect(['zh', 'en']).toContain(p.view.lang)
        expect(Number.isFinite(p.view.tourInterval)).toBe(true)
        expect(MAP_LAYERS).toContain(p.view.layer)
        expect(DISTRICT_METRICS).toContain(p.view.metric)
        for (const d of p.view.compare) expect(d).toMatch(/^\d{6}$/)
        // Normalised once, a state survives another round trip unchanged.
        const again = parseQuery(serializeQuery(p.filters, p.view))
        expect(again.filters).toEqual(p.filters)
        expect(again.view).toEqual(p.view)
      }),
      { numRuns: 1000 },
    )
  })

  it('sanitizeFilters keeps only what meta knows and is idempotent', () => {
    fc.assert(
      fc.property(queryArb, metaArb, (query, meta) => {
        const { filters } = sanitizeFilters(parseQuery(query).filters, meta)
        const twice = sanitizeFilters(filters, meta)
        expect(twice.filters).toEqual(filters)
        expect(twice.invalid).toEqual([])
        for (const d of filters.district) expect(meta.districts.map((x) => x.adcode)).toContain(d)
      }),
      { numRuns: 500 },
    )
  })

  it('the empty state is the empty query', () => {
    expect(
      serializeQuery(emptyFilters(), {
        ...defaultView(),
        lang: 'zh',
        screen: false,
        tour: false,
        tourInterval: DEFAULT_TOUR_INTERVAL,
      }),
    ).toEqual({})
  })
})
