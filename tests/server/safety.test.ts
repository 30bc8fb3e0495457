/**
 * Safety: every parameter is validated before any SQL runs (400 with a JSON error, never a 500
 * or SQL text), values only ever travel as bind parameters, the API's role cannot write, its
 * statements time out, and no table has a person-level column.
 */
import type { FastifyInstance } from 'fastify'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildApp } from '../../server/app'
import { SCHEMA } from '../../server/db/schema'
import { createPool } from '../../server/pool'

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

const get = (url: string) => app.inject({ method: 'GET', url })

/** A 400 with a JSON error naming the parameter, and nothing of the SQL. */
async function expectRejected(url: string, param?: string) {
  const res = await get(url)
  expect(res.statusCode, `${url} → ${res.body.slice(0, 200)}`).toBe(400)
  expect(res.headers['content-type']).toMatch(/application\/json/)
  const body = res.json<{ error: string; message: string; params?: string[] }>()
  expect(body.error).toBeTruthy()
  expect(res.body).not.toMatch(/select|from\s|where|syntax|postgres|relation|\$\d/i)
  if (param) expect(body.params).toContain(param)
}

const hostile = [
  ["chain=lithium' OR '1'='1", 'chain'],
  ['chain=lithium;DROP TABLE talentmap.enterprises', 'chain'],
  ['district=370481)--', 'district'],
  ['district=370481,999999', 'district'],
  ["segment=' UNION SELECT * FROM pg_user--", 'segment'],
  ['talentType=professional%00', 'talentType'],
  ['education=doctor%27', 'education'],
  ['entType=%22specialized%22', 'entType'],
  ['platformKind=../../etc/passwd', 'platformKind'],
  ['year=2024;SELECT', 'year'],
  ['year=1900', 'year'],
  ['year=2019-3000', 'year'],
  ['year=99999', 'year'],
  ['chain=no-such-chain', 'chain'],
  ['segment=no-such-segment', 'segment'],
  [`q=${'长'.repeat(101)}`, 'q'],
  [`district=${'370481,'.repeat(200)}`, 'district'],
  ['q=a%0Ab', 'q'],
  ['chain=lithium&chain=chemical', 'chain'],
  ['lang=fr', 'lang'],
  ['tourInterval=0', 'tourInterval'],
  ['layer=points', 'layer'],
  ['metric=gdp', 'metric'],
  ['compare=370481;x', 'compare'],
  ['__proto__=x', '__proto__'],
  ['constructor=x', 'constructor'],
  ['limit=5', 'limit'],
] as const

describe('hostile and oversized parameters', () => {
  it.each(hostile)('/query?%s → 400', async (qs, param) => {
    await expectRejected(`/api/v1/query?${qs}`, param)
    await expectRejected(`/api/v1/kpis?${qs}`, param)
  })

  it.each([
    ['limit=0', 'limit'],
    ['limit=10001', 'limit'],
    ['limit=-1', 'limit'],
    ['limit=1e3', 'limit'],
    ['offset=abc', 'offset'],
    ['offset=1.5', 'offset'],
    ['order=name', 'order'],
    ["id=x' OR 1=1", 'id'],
    ['chain=lithium%27--&limit=1', 'chain'],
  ])('/enterprises?%s → 400', async (qs, param) => {
    await expectRejected(`/api/v1/enterprises?${qs}`, param)
    await expectRejected(`/api/v1/platforms?${qs}`, param)
  })

  it.each([
    '/api/v1/tiles/23/0/0.mvt',
    '/api/v1/tiles/2/4/0.mvt',
    '/api/v1/tiles/2/0/4.mvt',
    '/api/v1/tiles/a/0/0.mvt',
    '/api/v1/tiles/1/0/0.png',
    '/api/v1/tiles/1/0/0.mvt?layers=users',
    '/api/v1/tiles/1/0/0.mvt?layers=enterprises,enterprises',
    "/api/v1/tiles/1/0/0.mvt?chain=' OR 1=1",
  ])('%s → 400', async (url) => {
    await expectRejected(url)
  })

  it('search text is a value, never SQL: an injection attempt in q names no firm or platform', async () => {
    const plain = await get('/api/v1/kpis')
    const q = await get(`/api/v1/kpis?q=${encodeURIComponent("x' OR '1'='1")}`)
    expect(q.statusCode).toBe(200)
    // Talent has no names (unchanged); no firm or platform name holds the text.
    expect(q.json()).toEqual({
      ...plain.json<Record<string, number>>(),
      'enterprise-count': 0,
      'platform-count': 0,
      'postdoc-count': 0,
    })
    const list = await get(`/api/v1/enterprises?q=${encodeURIComponent("%' OR name LIKE '%")}`)
    expect(list.statusCode).toBe(200)
    expect(list.json<{ total: number }>().total).toBe(0)
  })

  it("a permalink's view parameters are checked and ignored", async () => {
    const plain = await get('/api/v1/kpis?chain=lithium')
    const permalink = await get(
      '/api/v1/kpis?chain=lithium&lang=en&screen=1&tour=1&tourInterval=30&layer=hex&metric=inflow&compare=370481,370402',
    )
    expect(permalink.statusCode, permalink.body).toBe(200)
    expect(permalink.json()).toEqual(plain.json())
  })

  it('an oversized request is refused, not a server error', async () => {
    const res = await get(`/api/v1/query?q=${'x'.repeat(20_000)}`)
    expect(res.statusCode).toBeGreaterThanOrEqual(400)
    expect(res.statusCode).toBeLessThan(500)
  })

  it('unknown endpoints answer 404 in JSON', async () => {
    const res = await get('/api/v1/users')
    expect(res.statusCode).toBe(404)
    expect(res.json<{ error: string }>().error).toBe('not-found')
  })
})

describe('the database side', () => {
  it('the API role cannot write, create or read outside its schema', async () => {
    const c = new pg.Client({ connectionString: inject('db').readerUrl })
    await c.connect()
    try {
      await expect(c.query(`INSERT INTO ${SCHEMA}.docs (name, body) VALUES ('x', 'y')`)).rejects.toThrow()
      await expect(c.query(`CREATE TABLE ${SCHEMA}.x (a int)`)).rejects.toThrow()
      await expect(c.query('CREATE TABLE public.x (a int)')).rejects.toThrow()
      await expect(c.query('BEGIN READ WRITE; DELETE FROM talentmap.enterprises; COMMIT')).rejects.toThrow()
      await c.query('ROLLBACK')
      const { rows } = await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${SCHEMA}.enterprises`)
      expect(Number(rows[0]?.n)).toBeGreaterThan(0)
    } finally {
      await c.end()
    }
  })

  it("the API's connections are read-only with a statement timeout", async () => {
    const { rows } = await pool.query<{ ro: string; t: string }>(
      "SELECT current_setting('default_transaction_read_only') AS ro, current_setting('statement_timeout') AS t",
    )
    expect(rows[0]?.ro).toBe('on')
    expect(rows[0]?.t).toBe('5s')
    await expect(pool.query('SELECT pg_sleep(0.1) FROM generate_series(1, 100)')).rejects.toThrow(/timeout/)
  })

  it('no table has a person-level column', async () => {
    const { rows } = await pool.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1`,
      [SCHEMA],
    )
    expect(rows.length).toBeGreaterThan(40)
    const personal =
      /person|people|citizen|id_?card|id_?number|身份证|姓名|phone|mobile|e_?mail|birth|gender|sex|address|passport|resident/i
    expect(rows.filter((r) => personal.test(r.column_name))).toEqual([])
    // Talent is counts: its tables have no name or identifier column at all.
    const talent = rows.filter((r) => r.table_name.startsWith('talent') || r.table_name.startsWith('cube_talent'))
    expect(talent.filter((r) => /^(id|name)$/.test(r.column_name))).toEqual([])
  })
})
