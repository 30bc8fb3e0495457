/**
 * Same answers: the server's /kpis and /query equal the browser engine's on the same data,
 * for hand-picked and seeded random filter sets, after the SPA's own wire decoder.
 */
import type { FastifyInstance } from 'fastify'
import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildApp } from '../../server/app'
import { createPool } from '../../server/pool'
import { decodeQuery, type EngineResult } from '../../src/api/serverWire'
import { enterpriseCube, platformCube, talentCube } from '../../src/domain/engine'
import type { Filters } from '../../src/domain/filters'
import { namedIndices } from '../../src/domain/search'
import { parseQuery, sanitizeFilters } from '../../src/domain/url'
import { expectSame } from './compare'
import { filterSets, sampleData } from './filterSets'

const data = sampleData()
const lastYear = Math.max(...data.meta.years)
const sets = filterSets(data.meta)
let engine: { query(f: Filters, lastYear: number): EngineResult }
let pool: pg.Pool
let app: FastifyInstance

beforeAll(async () => {
  // The browser engine's cubes, as the selection store builds them.
  const opts = { meta: data.meta }
  const t = talentCube.fromRows(data.talent.cells, opts)
  const e = enterpriseCube.fromRows(data.enterprises.items, opts)
  const p = platformCube.fromRows(data.platforms.items, opts)
  // A search gets cubes of the named firms and platforms, as the selection store builds them.
  const named = <T extends { name: string }>(items: readonly T[], q: string) => {
    const at = namedIndices(
      items.map((r) => r.name),
      q,
    )
    return at ? Array.from(at, (i) => items[i] as T) : null
  }
  engine = {
    query(f, lastYear) {
      const firms = named(data.enterprises.items, f.q)
      const plats = named(data.platforms.items, f.q)
      const talent = t.query(f, lastYear)
      const enterprises = (firms ? enterpriseCube.fromRows(firms, opts) : e).query(f, lastYear)
      const platforms = (plats ? platformCube.fromRows(plats, opts) : p).query(f, lastYear)
      const kpis = {
        'talent-stock': talent.stock,
        'talent-inflow': talent.inflow,
        'enterprise-count': enterprises.count,
        'platform-count': platforms.count,
        'postdoc-count': platforms.postdocs,
      }
      return { kpis, talent, enterprises, platforms }
    },
  }
  pool = createPool(inject('db').readerUrl, 4)
  app = await buildApp({ pool, cacheSize: 0 })
})

afterAll(async () => {
  await app.close()
  await pool.end()
})

function filtersOf(qs: string) {
  const parsed = parseQuery(Object.fromEntries(new URLSearchParams(qs)))
  const { filters, invalid } = sanitizeFilters(parsed.filters, data.meta)
  expect([...parsed.invalid, ...invalid], qs).toEqual([])
  return filters
}

async function get(path: string): Promise<unknown> {
  const res = await app.inject({ method: 'GET', url: path })
  expect(res.statusCode, `${path}: ${res.body.slice(0, 200)}`).toBe(200)
  return res.json()
}

describe('server answers equal the browser engine', () => {
  it('covers at least 20 filter sets', () => {
    expect(sets.length).toBeGreaterThanOrEqual(20)
    expect(new Set(sets).size).toBeGreaterThanOrEqual(20)
  })

  it.each(sets.map((qs) => [qs || '(no filter)', qs]))('/kpis and /query for %s', async (_label, qs) => {
    const expected = engine.query(filtersOf(qs), lastYear)
    const kpis = await get(`/api/v1/kpis?${qs}`)
    expect(kpis).toEqual(expected.kpis)
    const decoded = decodeQuery(await get(`/api/v1/query?${qs}`))
    expect(decoded).not.toBeNull()
    expectSame(decoded, expected)
  })
})
