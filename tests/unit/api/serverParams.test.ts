/**
 * Server mode's request parameters: the filters in the URL's own syntax (the API parses them with
 * the same parser) and the point tiles' URL template.
 */
import { describe, expect, it } from 'vitest'
import { filterParams, serverTileUrl } from '@/api/serverParams'
import { emptyFilters, type Filters } from '@/domain/filters'
import { parseQuery } from '@/domain/url'

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
    expect(filterParams(emptyFilters()).toString()).toBe('')
  })

  it('reads back through the URL parser as the same filters, the search text included', () => {
    const back = parseQuery(Object.fromEntries(filterParams(filters)))
    expect(back.invalid).toEqual([])
    expect(back.filters).toEqual(filters)
  })
})

describe('serverTileUrl', () => {
  it('is an absolute template with one layer and the filters, the search text included', () => {
    const url = serverTileUrl('./api/v1/', 'platforms', filters, 'https://map.example/app/index.html#/industry')
    expect(url.startsWith('https://map.example/app/api/v1/tiles/{z}/{x}/{y}.mvt?')).toBe(true)
    const p = new URL(url.replace('{z}/{x}/{y}', '0/0/0')).searchParams
    expect(p.get('layers')).toBe('platforms')
    expect(p.get('chain')).toBe('lithium')
    expect(p.get('year')).toBe('2020-2023')
    expect(p.get('q')).toBe('电池 & co')
    expect(p.has('v')).toBe(false)
  })

  it('carries the data version, so new data is a new URL', () => {
    const a = serverTileUrl('./api/v1/', 'enterprises', filters, 'https://map.example/', 'v1-2024')
    const b = serverTileUrl('./api/v1/', 'enterprises', filters, 'https://map.example/', 'v1-2025')
    expect(new URL(a.replace('{z}/{x}/{y}', '0/0/0')).searchParams.get('v')).toBe('v1-2024')
    expect(a).not.toBe(b)
  })
})
