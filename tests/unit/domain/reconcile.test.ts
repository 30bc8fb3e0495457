import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { districtLocator } from '../../../src/domain/pointInPolygon'
import { reconcile } from './reconcileAll'
import type { Boundaries } from '../../../src/domain/types'
import { cells, firms, meta, platforms } from './fixtures'

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
