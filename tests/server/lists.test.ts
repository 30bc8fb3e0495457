/** Paged lists and vector tiles answer the same filters as the browser's records. */
import { VectorTile } from '@mapbox/vector-tile'
import type { FastifyInstance } from 'fastify'
import { PbfReader } from 'pbf'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildApp } from '../../server/app'
import { createPool } from '../../server/pool'
import { topIndices } from '../../src/domain/industry'
import { enterpriseCube, platformCube } from '../../src/domain/engine'
import type { Filters } from '../../src/domain/filters'
import { nameMask } from '../../src/domain/search'
import { parseQuery, sanitizeFilters } from '../../src/domain/url'
import type { Enterprise, Platform } from '../../src/domain/types'
import { sampleData } from './filterSets'

/** The top firms by output value as the industry view ranks them (topIndices over the output column). */
const topFirms = (firms: readonly Enterprise[], n: number) =>
  topIndices(
    Float64Array.from(firms, (e) => e.outputValue),
    Uint32Array.from(firms, (_, i) => i),
    n,
  ).map((i) => firms[i]!)

const data = sampleData()
const lastYear = Math.max(...data.meta.years)
let pool: pg.Pool
let app: FastifyInstance

beforeAll(async () => {
  pool = createPool(inject('db').readerUrl, 2)
  app = await buildApp({ pool, cacheSize: 0 })
})

afterAll(async () => {
  await app.close()
  await pool.end()
})

/** The browser's filtered records: the engine's record predicate (from the same specs) and the name search. */
function filterEnterprises(items: readonly Enterprise[], f: Filters, year: number) {
  const named = nameMask(
    items.map((e) => e.name),
    f.q,
  )
  const passes = enterpriseCube.matcher(f, year)
  return items.filter((e, i) => passes(e) && named[i] === 1)
}
function filterPlatforms(items: readonly Platform[], f: Filters, year: number) {
  const named = nameMask(
    items.map((p) => p.name),
    f.q,
  )
  const passes = platformCube.matcher(f, year)
  return items.filter((p, i) => passes(p) && named[i] === 1)
}

const filters = (qs: string) =>
  sanitizeFilters(parseQuery(Object.fromEntries(new URLSearchParams(qs))).filters, data.meta).filters

async function list<T>(path: string) {
  const res = await app.inject({ method: 'GET', url: path })
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200)
  return res.json<{ items: T[]; total: number; limit: number; offset: number }>()
}

describe('paged lists', () => {
  it.each(['', 'chain=lithium', 'district=370481&year=2019-2022', 'entType=specialized&segment=lithium-cathode'])(
    '/enterprises?%s pages through the filtered firms in input order',
    async (qs) => {
      const expected = filterEnterprises(data.enterprises.items, filters(qs), lastYear)
      const page1 = await list<Enterprise>(`/api/v1/enterprises?${qs}&limit=50`)
      const page2 = await list<Enterprise>(`/api/v1/enterprises?${qs}&limit=50&offset=50`)
      expect(page1.total).toBe(expected.length)
      expect([...page1.items, ...page2.items]).toEqual(expected.slice(0, 100))
    },
  )

  it('order=output lists the largest firms first, as the top-firms chart ranks them', async () => {
    const f = filters('chain=equipment')
    const page = await list<Enterprise>('/api/v1/enterprises?chain=equipment&order=output&limit=10')
    expect(page.items.map((e) => e.id)).toEqual(
      topFirms(filterEnterprises(data.enterprises.items, f, lastYear), 10).map((e) => e.id),
    )
  })

  it('the whole sample comes in one default page, as the v1 dataset', async () => {
    const all = await list<Enterprise>('/api/v1/enterprises')
    expect(all.items).toEqual(data.enterprises.items)
    const platforms = await list<Platform>('/api/v1/platforms')
    expect(platforms.items).toEqual(data.platforms.items)
  })

  it('platforms filter like the browser; q searches names; id finds one', async () => {
    const f = filters('platformKind=postdoc-base&year=2020')
    const page = await list<Platform>('/api/v1/platforms?platformKind=postdoc-base&year=2020')
    expect(page.items).toEqual(filterPlatforms(data.platforms.items, f, lastYear))
    const firm = data.enterprises.items[7] as Enterprise
    const term = firm.name.slice(1, 4)
    const hits = await list<Enterprise>(`/api/v1/enterprises?q=${encodeURIComponent(term)}`)
    expect(hits.items.length).toBeGreaterThan(0)
    expect(hits.items.every((e) => e.name.toLowerCase().includes(term.toLowerCase()))).toBe(true)
    const one = await list<Enterprise>(`/api/v1/enterprises?id=${firm.id}`)
    expect(one.items).toEqual([firm])
  })
})

/** Tile x/y of a point at zoom z (Web Mercator). */
function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z
  const r = (lat * Math.PI) / 180
  return [
    Math.floor(((lon + 180) / 360) * n),
    Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n),
  ]
}

async function tile(z: number, x: number, y: number, qs = '') {
  const res = await app.inject({ method: 'GET', url: `/api/v1/tiles/${z}/${x}/${y}.mvt?${qs}` })
  expect(res.statusCode).toBe(200)
  expect(res.headers['content-type']).toContain('application/vnd.mapbox-vector-tile')
  return new VectorTile(new PbfReader(res.rawPayload))
}

function features(t: VectorTile, layer: string) {
  const l = t.layers[layer]
  return l ? Array.from({ length: l.length }, (_, i) => l.feature(i).properties) : []
}

describe('vector tiles', () => {
  it('a city-wide tile clusters the firms and their counts add up to the filtered firms', async () => {
    const lons = data.enterprises.items.map((e) => e.lon)
    const lats = data.enterprises.items.map((e) => e.lat)
    const lon = (Math.min(...lons) + Math.max(...lons)) / 2
    const lat = (Math.min(...lats) + Math.max(...lats)) / 2
    for (const qs of ['', 'chain=lithium']) {
      const expected = filterEnterprises(data.enterprises.items, filters(qs), lastYear)
      // Zoom 5: one tile holds the whole city.
      const [x, y] = tileOf(lon, lat, 5)
      const firms = features(await tile(5, x, y, qs), 'enterprises')
      const total = firms.reduce((n, p) => n + Number(p.point_count ?? 1), 0)
      expect(total).toBe(expected.length)
    }
  })

  it.each([
    '',
    'segment=lithium-cathode',
    'district=370481&entType=specialized',
    'chain=lithium&entType=high-tech&year=2019-2021',
    'platformKind=key-lab&year=2020',
    // A search reads the points at every zoom (the grid keeps no names).
    'q=科技',
    'chain=lithium&q=锂能 有限',
    'q=博士后',
  ])(
    'tiles from the point grid (zoom ≤ 9) and from the points count every filtered point of the tile: %s',
    async (qs) => {
      const firms = filterEnterprises(data.enterprises.items, filters(qs), lastYear)
      const plats = filterPlatforms(data.platforms.items, filters(qs), lastYear)
      const at = data.enterprises.items[Math.floor(data.enterprises.items.length / 2)] as Enterprise
      const count = (t: VectorTile, layer: string) =>
        features(t, layer).reduce((n, p) => n + Number(p.point_count ?? 1), 0)
      for (const z of [3, 5, 6, 8, 9, 10, 12]) {
        const [x, y] = tileOf(at.lon, at.lat, z)
        const inTile = (p: { lon: number; lat: number }) => tileOf(p.lon, p.lat, z).join() === `${x},${y}`
        const t = await tile(z, x, y, qs)
        expect(count(t, 'enterprises'), `firms z${z}`).toBe(firms.filter(inTile).length)
        expect(count(t, 'platforms'), `platforms z${z}`).toBe(plats.filter(inTile).length)
      }
    },
  )

  it('a close-up tile carries each filtered point with its properties', async () => {
    const p = data.platforms.items.find((x) => x.kind === 'postdoc-base') as Platform
    const [x, y] = tileOf(p.lon, p.lat, 14)
    const t = await tile(14, x, y, 'platformKind=postdoc-base')
    const got = features(t, 'platforms')
    expect(got.some((f) => f.id === p.id && f.kind === 'postdoc-base' && f.point_count === undefined)).toBe(true)
    expect(got.every((f) => f.kind === 'postdoc-base')).toBe(true)
    const onlyFirms = await tile(14, x, y, 'layers=enterprises')
    expect(onlyFirms.layers.platforms).toBeUndefined()
    // The SPA's data version (a refresh's new data is a new URL) is accepted and changes nothing.
    const versioned = await tile(14, x, y, 'platformKind=postdoc-base&v=v1-2024.12')
    expect(features(versioned, 'platforms')).toEqual(got)
  })
})
