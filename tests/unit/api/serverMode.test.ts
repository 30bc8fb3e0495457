/**
 * Server mode's pure pieces: the filters in the URL's own syntax (what the API parses with the
 * same parser), the point tiles' URL template, and the `/query` wire decoder (Maps back, bodies
 * of another shape refused).
 */
import { describe, expect, it } from 'vitest'
import { filterParams, serverTileUrl } from '@/api/serverParams'
import { decodeQuery } from '@/api/serverWire'
import { emptyFilters, type Filters } from '@/domain/filters'
import { parseQuery } from '@/domain/url'
import { toWire } from '../../../server/wire'

const filters: Filters = {
  ...emptyFilters(),
  district: ['370402', '370481'],
  chain: 'lithium',
  year: { from: 2020, to: 2023 },
  entType: 'high-tech',
  q: '电池 & co',
}

describe('filterParams', () => {
  it('sends nothing for no filter', () => {
    expect(filterParams(emptyFilters(), true).toString()).toBe('')
  })

  it('reads back through the URL parser as the same filters (the search text only for lists)', () => {
    const forList = parseQuery(Object.fromEntries(filterParams(filters, true)))
    expect(forList.invalid).toEqual([])
    expect(forList.filters).toEqual(filters)
    const forAggregates = parseQuery(Object.fromEntries(filterParams(filters, false)))
    expect(forAggregates.filters).toEqual({ ...filters, q: '' })
  })
})

describe('serverTileUrl', () => {
  it('is an absolute template with one layer and the filters, without the search text', () => {
    const url = serverTileUrl('./api/v1/', 'platforms', filters, 'https://map.example/app/index.html#/industry')
    expect(url.startsWith('https://map.example/app/api/v1/tiles/{z}/{x}/{y}.mvt?')).toBe(true)
    const p = new URL(url.replace('{z}/{x}/{y}', '0/0/0')).searchParams
    expect(p.get('layers')).toBe('platforms')
    expect(p.get('chain')).toBe('lithium')
    expect(p.get('year')).toBe('2020-2023')
    expect(p.has('q')).toBe(false)
  })
})

describe('decodeQuery', () => {
  const firm = { count: 2, outputValue: 1.5, talent: 30 }
  const result = {
    kpis: {
      'talent-stock': null,
      'talent-inflow': null,
      'enterprise-count': 2,
      'platform-count': 1,
      'postdoc-count': 0,
    },
    talent: null,
    enterprises: {
      ...firm,
      byDistrict: new Map([
        ['370402', firm],
        ['370481', { count: 0, outputValue: 0, talent: 0 }],
      ]),
      byChain: new Map([['lithium', firm]]),
      bySegment: new Map([['lithium-separator', firm]]),
      byType: new Map([['high-tech', 2]]),
      byFounded: new Map([
        [2019, 1],
        [2021, 1],
      ]),
    },
    platforms: {
      count: 1,
      postdocs: 0,
      byKindLevel: new Map([['key-lab', new Map([['national', 1]])]]),
      byKind: new Map([['key-lab', { count: 1, postdocs: 0 }]]),
      byDistrict: new Map([['370402', { count: 1, postdocs: 0 }]]),
      byChain: new Map([[null, { count: 1, postdocs: 0 }]]),
      byFounded: new Map([[2020, 1]]),
    },
  }

  it('gives back the Maps the server sent as pairs, in order, keys of every type', () => {
    const decoded = decodeQuery(JSON.parse(toWire(result)))
    expect(decoded).toEqual(result)
    expect([...(decoded?.enterprises?.byFounded.keys() ?? [])]).toEqual([2019, 2021])
    expect(decoded?.platforms?.byChain.get(null)).toEqual({ count: 1, postdocs: 0 })
  })

  it('refuses a body of another shape', () => {
    const wire = JSON.parse(toWire(result)) as { enterprises: Record<string, unknown> }
    expect(decodeQuery({ ...wire, enterprises: { ...wire.enterprises, byType: { 'high-tech': 2 } } })).toBeNull()
    expect(decodeQuery({ ...wire, enterprises: { ...wire.enterprises, count: '2' } })).toBeNull()
    expect(decodeQuery({ kpis: wire })).toBeNull()
    expect(decodeQuery('<html>')).toBeNull()
  })
})
