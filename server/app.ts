/**
 * The HTTP API (server/README.md) and the built SPA, in one Fastify app. Every request's
 * parameters are checked before any SQL runs; every error is JSON without SQL text.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify'
import type pg from 'pg'
import type { Filters } from '../src/domain/filters.ts'
import { defaultView, queryKey, serializeQuery } from '../src/domain/url.ts'
import { Lru } from './cache.ts'
import { createCatalog, NotLoaded, type Catalog } from './catalog.ts'
import { BadRequest, enumParam, intParam, parseFilters } from './params.ts'
import { runKpis, runList, runQuery, runTalent, runTile } from './queries.ts'
import type { ListName } from './sql/listSql.ts'
import { TILE_LAYERS, type TileLayer } from './sql/tileSql.ts'
import { toWire } from './wire.ts'

export interface AppOptions {
  pool: pg.Pool
  /** The built SPA to serve (null: API only). */
  distDir?: string | null
  /** Entries of the response cache (0 turns it off). */
  cacheSize?: number
  /** Its bound in megabytes. */
  cacheMb?: number
  logger?: boolean
}

export const MAX_LIMIT = 10_000
const MAX_OFFSET = 100_000_000
const MAX_ZOOM = 22
const ID = /^[\w.-]{1,64}$/

type Query = Record<string, unknown>

const json = (reply: FastifyReply, body: string) =>
  reply.header('cache-control', 'no-cache').type('application/json; charset=utf-8').send(body)

const filterKey = (f: Filters) => queryKey(serializeQuery(f, defaultView()))

function errorBody(error: string, message: string, params?: string[]) {
  return params ? { error, message, params } : { error, message }
}

export async function buildApp(opts: AppOptions) {
  const app = Fastify({
    logger: opts.logger ?? false,
    routerOptions: { maxParamLength: 64 },
    bodyLimit: 1024,
    requestTimeout: 60_000,
    return503OnClosing: true,
  })
  const pool = opts.pool
  const catalog = createCatalog(pool)
  const cache = new Lru<string | Buffer>(opts.cacheSize ?? 2000, (opts.cacheMb ?? 256) * 2 ** 20)
  let cachedLoad: string | null = null
  /** A cached body for (load, endpoint, key), computed on a miss; a new load empties the cache. */
  async function cached<V extends string | Buffer>(cat: Catalog, key: string, make: () => Promise<V>): Promise<V> {
    if (cat.loadedAt !== cachedLoad) {
      cache.clear()
      cachedLoad = cat.loadedAt
    }
    const k = `${cat.loadedAt}|${key}`
    const hit = cache.get(k)
    if (hit !== undefined) return hit as V
    const v = await make()
    cache.set(k, v)
    return v
  }

  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff')
    reply.header('referrer-policy', 'no-referrer')
  })

  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof BadRequest) return reply.code(400).send(errorBody('bad-parameter', err.message, err.params))
    if (err instanceof NotLoaded)
      return reply.code(503).send(errorBody('not-loaded', 'no data loaded: run npm run db:load'))
    const code = (err as { code?: string }).code
    if (code === '57014') return reply.code(503).send(errorBody('timeout', 'the query took too long'))
    if (code === 'ECONNREFUSED' || code === '57P03' || code === '53300')
      return reply.code(503).send(errorBody('unavailable', 'database unavailable'))
    if (err.statusCode === 404) return reply.code(404).send(errorBody('not-found', 'no such endpoint'))
    if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500)
      return reply.code(err.statusCode).send(errorBody('bad-request', 'malformed request'))
    req.log.error(err)
    return reply.code(500).send(errorBody('internal', 'internal error'))
  })

  app.get('/api/v1/meta', async (req, reply) => {
    const cat = await catalog()
    parseFilters(req.query as Query, cat.meta, []) // none expected: a filter is accepted and ignored, others refused
    return json(reply, cat.docs.meta)
  })
  app.get('/api/v1/boundaries', async (req, reply) => {
    const cat = await catalog()
    parseFilters(req.query as Query, cat.meta, [])
    return json(reply, cat.docs.boundaries)
  })

  app.get('/api/v1/kpis', async (req, reply) => {
    const cat = await catalog()
    const { filters } = parseFilters(req.query as Query, cat.meta)
    return json(
      reply,
      await cached(cat, `kpis|${filterKey(filters)}`, async () => toWire(await runKpis(pool, cat, filters))),
    )
  })

  app.get('/api/v1/query', async (req, reply) => {
    const cat = await catalog()
    const { filters } = parseFilters(req.query as Query, cat.meta)
    return json(
      reply,
      await cached(cat, `query|${filterKey(filters)}`, async () => toWire(await runQuery(pool, cat, filters))),
    )
  })

  app.get('/api/v1/talent', async (req, reply) => {
    const cat = await catalog()
    const { filters, rest } = parseFilters(req.query as Query, cat.meta, ['cells'])
    const mode = ({ '1': 'all', '0': 'none', filtered: 'filtered' } as const)[
      enumParam(rest, 'cells', ['1', '0', 'filtered'], '1')
    ]
    const key = `talent|${mode}|${mode === 'filtered' ? filterKey(filters) : ''}`
    return json(
      reply,
      await cached(cat, key, async () => JSON.stringify(await runTalent(pool, mode, filters, cat.lastYear))),
    )
  })

  for (const name of ['enterprises', 'platforms'] as const satisfies readonly ListName[]) {
    app.get(`/api/v1/${name}`, async (req, reply) => {
      const cat = await catalog()
      const { filters, rest } = parseFilters(req.query as Query, cat.meta, ['limit', 'offset', 'order', 'id'])
      const id = rest.id ?? null
      if (id !== null && !ID.test(id)) throw new BadRequest('id is malformed', ['id'])
      const r = {
        filters,
        lastYear: cat.lastYear,
        limit: intParam(rest, 'limit', MAX_LIMIT, 1, MAX_LIMIT),
        offset: intParam(rest, 'offset', 0, 0, MAX_OFFSET),
        order: enumParam(rest, 'order', ['input', 'output'] as const, 'input'),
        id,
      }
      return json(reply, JSON.stringify(await runList(pool, name, r)))
    })
  }

  app.get('/api/v1/tiles/:z/:x/:y', async (req, reply) => {
    const cat = await catalog()
    const { z: zs, x: xs, y: ys } = req.params as Record<string, string>
    const ym = /^(\d{1,8})\.mvt$/.exec(ys ?? '')
    const z = /^\d{1,2}$/.test(zs ?? '') ? Number(zs) : NaN
    const x = /^\d{1,8}$/.test(xs ?? '') ? Number(xs) : NaN
    const y = ym ? Number(ym[1]) : NaN
    if (!(z >= 0 && z <= MAX_ZOOM) || !(x >= 0 && x < 2 ** z) || !(y >= 0 && y < 2 ** z))
      throw new BadRequest('tile address out of range', ['z', 'x', 'y'])
    // v: the SPA's data version, so a refresh's new data is a new tile URL; the cache keys on the load itself.
    const { filters, rest } = parseFilters(req.query as Query, cat.meta, ['layers', 'v'])
    const layers = (rest.layers ?? TILE_LAYERS.join(',')).split(',') as TileLayer[]
    if (!layers.length || layers.some((l) => !TILE_LAYERS.includes(l)) || new Set(layers).size !== layers.length)
      throw new BadRequest(`layers must name some of ${TILE_LAYERS.join(', ')}`, ['layers'])
    const key = `tile|${z}/${x}/${y}|${layers.join(',')}|${filterKey(filters)}`
    const tile = await cached(cat, key, () =>
      runTile(pool, { z, x, y, layers, filters, lastYear: cat.lastYear, grid: cat.grid }),
    )
    return reply.header('cache-control', 'no-cache').type('application/vnd.mapbox-vector-tile').send(tile)
  })

  app.get('/api/v1/*', () => {
    throw Object.assign(new Error('not found'), { statusCode: 404 })
  })

  const dist = opts.distDir ?? null
  app.get('/config.json', async (_req, reply) => {
    const file = dist ? join(dist, 'config.json') : null
    const base = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {}
    const config = { basemap: null, title: '枣庄人才·产业·科创地图', ...base, apiBase: './api/v1', mode: 'server' }
    return reply.header('cache-control', 'no-cache').send(config)
  })
  if (dist) {
    await app.register(fastifyStatic, {
      root: dist,
      // dist/api/v1 holds the build's sample files: in server mode the API answers /api/ alone.
      allowedPath: (path) => !path.startsWith('/api/') && path !== '/config.json',
    })
  }
  return app
}
