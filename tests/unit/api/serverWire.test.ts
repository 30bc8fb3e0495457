/** The `/query` wire decoder: the server's [key, value] pairs become the engine's Maps again; other shapes are refused. */
import { describe, expect, it } from 'vitest'
import { decodeQuery } from '@/api/serverWire'
import { toWire } from '../../../server/wire'

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
