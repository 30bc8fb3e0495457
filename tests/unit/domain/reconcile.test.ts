import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { districtLocator } from '../../../src/domain/pointInPolygon'
import { reconcilePoints, reconcileTalent } from '../../../src/domain/reconcile'
import { reconcile } from './reconcileAll'
import type { Boundaries } from '../../../src/domain/types'
import { cells, firms, meta, platforms } from '../fixtures'

const boundaries = JSON.parse(readFileSync(path.resolve('mock/data/zaozhuang-districts.geojson'), 'utf8')) as Boundaries

describe('districtLocator', () => {
  const locate = districtLocator(boundaries)
  it('finds Tengzhou centre in 滕州市 and not in 市中区', () => {
    expect(locate('370481', 117.17, 35.08)).toBe(true)
    expect(locate('370402', 117.17, 35.08)).toBe(false)
  })
  it('rejects a point outside the city and an unknown district', () => {
    expect(locate('370481', 120, 30)).toBe(false)
    expect(locate('999999', 117.17, 35.08)).toBe(false)
  })
})

describe('reconcile', () => {
  it('passes everything through without meta', () => {
    const d = { enterprises: { items: firms } }
    expect(reconcile(d).datasets).toEqual(d)
  })
  it('drops records with ids meta does not know, counting reasons', () => {
    const bad = [
      ...cells,
      { ...cells[0]!, district: '370499' },
      { ...cells[0]!, chain: 'nope' },
      { ...cells[0]!, education: 'x' },
    ]
    const r = reconcile({ meta, talent: { cells: bad, demand: [], sources: [] } })
    expect(r.datasets.talent?.cells).toHaveLength(cells.length)
    expect(r.dropped.talent).toEqual({ 'unknown-district': 1, 'unknown-chain': 1, 'unknown-id': 1 })
  })
  it('drops firms outside their district polygon and counts them', () => {
    const inTeng = { ...firms[1]!, id: 'in', district: '370481', lon: 117.17, lat: 35.08 }
    const wrong = { ...firms[1]!, id: 'wrong', district: '370402', lon: 117.17, lat: 35.08 }
    const segBad = { ...firms[1]!, id: 'seg', segment: 'chemical-x' }
    const r = reconcile({ meta, boundaries, enterprises: { items: [inTeng, wrong, segBad] } })
    expect(r.datasets.enterprises?.items.map((e) => e.id)).toEqual(['in'])
    expect(r.dropped.enterprises).toEqual({ 'outside-district': 1, 'unknown-segment': 1 })
    expect(r.outside).toBe(1)
  })
  it('checks platform kinds and levels', () => {
    const p = { ...platforms[0]!, lon: 117.17, lat: 35.08, district: '370481' }
    const r = reconcile({ meta, boundaries, platforms: { items: [p, { ...p, id: 'k', kind: 'nope' }] } })
    expect(r.datasets.platforms?.items).toHaveLength(1)
    expect(r.dropped.platforms).toEqual({ 'unknown-id': 1 })
  })
})

describe('reference checks: the first failing one, in the order the rules give', () => {
  const cell = cells[0]!
  const firm = { ...firms[1]!, district: '370481', lon: 117.17, lat: 35.08 }
  const plat = { ...platforms[0]!, district: '370481', lon: 117.17, lat: 35.08 }

  it('talent: district, then chain, then the other ids; demand: district, then segment within its chain', () => {
    const bad = [
      { ...cell, district: 'x', chain: 'x', education: 'x' },
      { ...cell, chain: 'x', education: 'x' },
      { ...cell, chain: null, ageBand: 'x' },
    ]
    const demand = [
      { district: 'x', chain: 'lithium', segment: 'x', year: 2024, demand: 1, supply: 1 },
      { district: '370402', chain: 'chemical', segment: 'lithium-cathode', year: 2024, demand: 1, supply: 1 },
      { district: '370402', chain: 'lithium', segment: 'lithium-cathode', year: 2024, demand: 1, supply: 1 },
    ]
    const sources = [{ year: 2024, chain: 'x', source: 's', sourceType: 'anything', introduced: 1 }]
    const r = reconcileTalent(meta, { cells: bad, demand, sources })
    expect(r.data.demand).toEqual([demand[2]])
    expect(r.dropped).toEqual({ 'unknown-district': 2, 'unknown-chain': 2, 'unknown-id': 1, 'unknown-segment': 1 })
  })

  it('firms: segment, then types, then the district and the point last', () => {
    const items = [
      { ...firm, id: '1', district: 'x', segment: 'x' },
      { ...firm, id: '2', district: 'x', types: ['x'] },
      { ...firm, id: '3', district: 'x', lon: 117.55, lat: 34.86 },
      { ...firm, id: '4', lon: 117.55, lat: 34.86 },
      { ...firm, id: '5' },
    ]
    const r = reconcilePoints('enterprises', meta, boundaries, { items })
    expect(r.data.items.map((e) => e.id)).toEqual(['5'])
    expect(r.dropped).toEqual({ 'unknown-segment': 1, 'unknown-id': 1, 'unknown-district': 1, 'outside-district': 1 })
    expect(r.outside).toBe(1)
  })

  it('platforms: kind and level, then chain, then the district and the point; no boundaries, no point check', () => {
    const items = [
      { ...plat, id: '1', level: 'x', chain: 'x', district: 'x' },
      { ...plat, id: '2', chain: 'x', district: 'x' },
      { ...plat, id: '3', chain: null, district: 'x' },
      { ...plat, id: '4', lon: 117.55, lat: 34.86 },
      { ...plat, id: '5', chain: null },
    ]
    const r = reconcilePoints('platforms', meta, boundaries, { items })
    expect(r.data.items.map((p) => p.id)).toEqual(['5'])
    expect(r.dropped).toEqual({ 'unknown-id': 1, 'unknown-chain': 1, 'unknown-district': 1, 'outside-district': 1 })
    expect(reconcilePoints('platforms', meta, null, { items }).data.items.map((p) => p.id)).toEqual(['4', '5'])
  })
})

describe('districtLocator grid = turf booleanPointInPolygon', () => {
  it('agrees on random points over the city and on points just off every 7th vertex', async () => {
    const { booleanPointInPolygon } = await import('@turf/turf')
    const locate = districtLocator(boundaries)
    let seed = 7
    const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
    const points: [number, number][] = []
    for (let i = 0; i < 4000; i++) points.push([116.8 + rand() * 1.2, 34.4 + rand() * 1.0])
    for (const f of boundaries.features) {
      const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
      rings.flat().forEach((ring) =>
        ring.forEach(([x = 0, y = 0], i) => {
          if (i % 7 === 0) points.push([x + (rand() - 0.5) * 2e-4, y + (rand() - 0.5) * 2e-4])
        }),
      )
    }
    let inside = 0
    for (const f of boundaries.features)
      for (const [x, y] of points) {
        const want = booleanPointInPolygon([x, y], f, { ignoreBoundary: true })
        if (want) inside++
        expect(locate(f.properties.adcode, x, y), `${f.properties.adcode} ${x},${y}`).toBe(want)
      }
    expect(inside).toBeGreaterThan(1000)
  })
})
