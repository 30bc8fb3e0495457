import { describe, expect, it } from 'vitest'
import { emptyFilters } from '../../../src/domain/filters'
import { defaultView, parseQuery, parseYear, queryKey, sanitizeFilters, serializeQuery } from '../../../src/domain/url'
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
    expect(p.view).toEqual({ lang: 'en', screen: true, tour: true, tourInterval: 5 })
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
})
