import { describe, expect, it } from 'vitest'
import { emptyFilters } from '../../../src/domain/filters'
import {
  defaultView,
  knownPart,
  parseQuery,
  parseYear,
  queryKey,
  sanitizeFilters,
  sanitizeView,
  serializeQuery,
  URL_METRICS,
  withCanonical,
} from '../../../src/domain/url'
import { DISTRICT_METRICS } from '../../../src/domain/talentDistricts'
import { meta } from '../fixtures'

describe('URL state', () => {
  it('parses every parameter', () => {
    const p = parseQuery({
      district: '370481,370402',
      chain: 'lithium',
      segment: 'lithium-cathode',
      year: '2019-2024',
      talentType: 'professional',
      education: 'doctor',
      entType: 'specialized',
      platformKind: 'postdoc-base',
      q: '锂',
      lang: 'en',
      screen: '1',
      tour: '1',
      tourInterval: '5',
    })
    expect(p.invalid).toEqual([])
    expect(p.filters.district).toEqual(['370402', '370481'])
    expect(p.filters.year).toEqual({ from: 2019, to: 2024 })
    expect(p.view).toEqual({ ...defaultView(), lang: 'en', screen: true, tour: true, tourInterval: 5 })
  })
  it('round-trips: serialise then parse gives the same state', () => {
    const f = { ...emptyFilters(), district: ['370402'], chain: 'lithium', year: { from: 2021, to: 2024 }, q: 'a b' }
    const v = { ...defaultView(), lang: 'en' as const, screen: true }
    const q = serializeQuery(f, v)
    const back = parseQuery(q)
    expect(back.filters).toEqual(f)
    expect(back.view).toEqual(v)
    expect(serializeQuery(back.filters, back.view)).toEqual(q)
  })
  it('the default state serialises to an empty query', () => {
    expect(serializeQuery(emptyFilters(), defaultView())).toEqual({})
  })
  it('ignores malformed values and names them', () => {
    const p = parseQuery({ district: '12,370402', year: '20x4', chain: '<script>', lang: 'fr', tourInterval: '-1' })
    expect(p.filters.district).toEqual(['370402'])
    expect(p.filters.year).toBeNull()
    expect(p.filters.chain).toBeNull()
    expect(p.invalid.sort()).toEqual(['chain', 'district', 'lang', 'tourInterval', 'year'])
  })
  it('parses a single year and a reversed range', () => {
    expect(parseYear('2024')).toEqual({ from: 2024, to: 2024 })
    expect(parseYear('2024-2020')).toEqual({ from: 2020, to: 2024 })
    expect(parseYear('2024-')).toBeNull()
  })
  it('sanitises ids against meta', () => {
    const f = {
      ...emptyFilters(),
      district: ['370402', '370499'],
      chain: 'chemical',
      segment: 'lithium-cathode',
      year: { from: 2010, to: 2024 },
    }
    const { filters, invalid } = sanitizeFilters(f, meta)
    expect(filters.district).toEqual(['370402'])
    expect(filters.chain).toBe('chemical')
    expect(filters.segment).toBeNull()
    expect(filters.year).toBeNull()
    expect(invalid.sort()).toEqual(['district', 'segment', 'year'])
  })
  it('accepts a segment of the chosen chain', () => {
    const f = { ...emptyFilters(), chain: 'lithium', segment: 'lithium-cells' }
    expect(sanitizeFilters(f, meta)).toEqual({ filters: f, invalid: [] })
  })
  it('queryKey ignores parameter order', () => {
    expect(queryKey({ a: '1', b: '2' })).toBe(queryKey({ b: '2', a: '1' }))
  })

  it('queryKey counts every value of a repeated parameter', () => {
    expect(queryKey({ district: ['370403', '370481'] })).toBe(queryKey({ district: ['370481', '370403'] }))
    expect(queryKey({ district: ['370403', '370481'] })).not.toBe(queryKey({ district: '370403' }))
  })
})

describe('URL normalisation', () => {
  const canonical = (q: Parameters<typeof parseQuery>[0]) => {
    const p = parseQuery(q)
    return { query: serializeQuery(p.filters, p.view), invalid: p.invalid }
  }

  it('a reversed year range becomes the forward range, with no notice', () => {
    expect(canonical({ year: '2024-2019' })).toEqual({ query: { year: '2019-2024' }, invalid: [] })
  })

  it('repeated districts merge: every value, across repeats and commas, once, sorted', () => {
    expect(canonical({ district: ['370481', '370403'] })).toEqual({
      query: { district: '370403,370481' },
      invalid: [],
    })
    expect(canonical({ district: ['370481,370402', '370402', ' 370403 '] }).query.district).toBe('370402,370403,370481')
  })

  it('repeated years merge into the span covering them', () => {
    expect(canonical({ year: ['2020', '2023-2021'] })).toEqual({ query: { year: '2020-2023' }, invalid: [] })
  })

  it('a repeated single-valued parameter merges when the values agree and keeps the first when not', () => {
    expect(canonical({ chain: ['lithium', 'lithium'] })).toEqual({ query: { chain: 'lithium' }, invalid: [] })
    expect(canonical({ chain: ['lithium', 'chemical'] })).toEqual({ query: { chain: 'lithium' }, invalid: ['chain'] })
  })

  it('layer, metric and compare are view state in the URL; bad values are named', () => {
    const p = parseQuery({ layer: 'heat', metric: 'youngShare', compare: '370481,370402' })
    expect(p.view).toMatchObject({ layer: 'heat', metric: 'youngShare', compare: ['370402', '370481'] })
    expect(serializeQuery(p.filters, p.view)).toEqual({
      layer: 'heat',
      metric: 'youngShare',
      compare: '370402,370481',
    })
    const bad = parseQuery({ layer: 'tiles', metric: 'gdp', compare: '37x,370402' })
    expect(bad.view).toMatchObject({ layer: 'cluster', metric: 'stock', compare: ['370402'] })
    expect(bad.invalid.sort()).toEqual(['compare', 'layer', 'metric'])
    expect(serializeQuery(emptyFilters(), defaultView())).toEqual({})
  })

  it('the URL knows every talent-map metric', () => {
    expect(URL_METRICS).toEqual(DISTRICT_METRICS)
  })

  it('compared districts are checked against meta', () => {
    const { view, invalid } = sanitizeView({ ...defaultView(), compare: ['370402', '370499'] }, meta)
    expect(view.compare).toEqual(['370402'])
    expect(invalid).toEqual(['compare'])
    const ok = { ...defaultView(), compare: ['370402', '370481'] }
    expect(sanitizeView(ok, meta)).toEqual({ view: ok, invalid: [] })
  })

  it('a rewrite keeps parameters the app does not read and compares only those it does', () => {
    const q = { utm: 'x', year: '2024-2019', district: ['370481', '370403'] }
    expect(knownPart(q)).toEqual({ year: '2024-2019', district: ['370481', '370403'] })
    const { query } = canonical(q)
    expect(withCanonical(q, query)).toEqual({ utm: 'x', year: '2019-2024', district: '370403,370481' })
  })
})
