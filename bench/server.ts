/**
 * `npm run bench -- --server`: server mode on a throwaway PostgreSQL/PostGIS cluster, loaded in
 * turn with the scale-1 sample, the scale-50 data and a synthetic province (16 generated cities,
 * ≈ 10M talent cells before roll-up, ≈ 2M firms). Per size: load time, `/query` and tile
 * latency p50/p95 — cold (each filter set's first answer, response cache off), repeat (same
 * requests again, cache off: the database's own warm path) and cached (the API's response cache
 * on) — and throughput with 50 concurrent clients (autocannon, loopback only, bounded in time).
 */
import os from 'node:os'
import autocannon from 'autocannon'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../server/app'
import { load } from '../server/db/loader'
import { provinceSource } from '../server/db/province'
import { DEFAULT_READER_ROLE } from '../server/db/schema'
import { fromGenerator, type LoadSource } from '../server/db/sources'
import { createPool } from '../server/pool'
import { freePort, startEmptyDb } from '../tests/server/harness'
import { filterSets } from '../tests/server/filterSets'

export interface Latency {
  n: number
  p50: number
  p95: number
  max: number
}

export interface ServerSizeResult {
  size: string
  source: string
  loadSeconds: number
  /** The machine's 1-minute load average as the measurements began and ended (2 cores shared). */
  loadAvg: { start: number; end: number }
  rows: Record<string, number>
  query: { cold: Latency; repeat: Latency; cached: Latency }
  kpis: { cold: Latency }
  tile: { cold: Latency; repeat: Latency; cached: Latency; zooms: number[]; meanKB: number }
  throughput: {
    path: string
    connections: number
    seconds: number
    requests: number
    requestsPerSec: number
    p50: number
    p95: number
    errors: number
    non2xx: number
  }[]
}

export interface ServerBenchResult {
  targets: { queryP95Ms: number; queryMoonshotP95Ms: number; tileP95Ms: number }
  sizes: ServerSizeResult[]
  met: { query: boolean | null; tile: boolean | null }
}

const TARGETS = { queryP95Ms: 300, queryMoonshotP95Ms: 100, tileP95Ms: 200 }
const TILE_ZOOMS = [5, 6, 8, 9, 10, 12, 14]

function latency(ms: number[]): Latency {
  const s = [...ms].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0
  const r = (x: number) => Math.round(x * 10) / 10
  return { n: s.length, p50: r(at(0.5)), p95: r(at(0.95)), max: r(s.at(-1) ?? 0) }
}

async function timed(base: string, paths: readonly string[]): Promise<{ ms: number[]; bytes: number[] }> {
  const ms: number[] = []
  const bytes: number[] = []
  for (const p of paths) {
    const t0 = performance.now()
    const res = await fetch(base + p, { signal: AbortSignal.timeout(60_000) })
    const body = await res.arrayBuffer()
    ms.push(performance.now() - t0)
    bytes.push(body.byteLength)
    if (!res.ok) throw new Error(`${p}: HTTP ${res.status}`)
  }
  return { ms, bytes }
}

/**
 * Tiles from the province view to street level, a few per zoom, each over a district (the middle
 * of its outline's box), so that every zoom's tiles hold points; the filters taken in turn.
 */
function tilePaths(boundaries: LoadSource['boundaries'], queries: readonly string[]): string[] {
  const feats = boundaries.features
  const spots = [0.1, 0.35, 0.6, 0.85].map((f) => {
    const c = coords((feats[Math.floor(f * feats.length)] ?? feats[0])!.geometry)
    const xs = c.map((p) => p[0])
    const ys = c.map((p) => p[1])
    return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2] as const
  })
  const tileOf = (lon: number, lat: number, z: number) => {
    const k = 2 ** z
    const r = (lat * Math.PI) / 180
    return [
      Math.floor(((lon + 180) / 360) * k),
      Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * k),
    ]
  }
  const out: string[] = []
  let i = 0
  for (const z of TILE_ZOOMS)
    for (const [lon, lat] of spots) {
      const [x, y] = tileOf(lon, lat, z)
      out.push(`api/v1/tiles/${z}/${x}/${y}.mvt?${queries[i++ % queries.length]}`)
    }
  return out
}

async function measureSize(size: string, src: LoadSource, log: (s: string) => void): Promise<ServerSizeResult> {
  const db = await startEmptyDb({ shared_buffers: '1GB', work_mem: '64MB' })
  try {
    log(`server ${size}: loading ${src.label}`)
    const loaded = await load(src, {
      adminUrl: db.adminUrl,
      readerRole: DEFAULT_READER_ROLE,
      log: (l) => log(`  ${l}`),
    })
    log(`server ${size}: loaded in ${loaded.seconds.toFixed(1)} s`)
    const meta = src.meta
    const loadAvgStart = os.loadavg()[0] ?? 0
    const queries = filterSets(meta, 22)
    const segment = meta.chains[0]?.segments[0]?.id
    const tiles = tilePaths(src.boundaries, [
      '',
      'chain=lithium',
      'year=2019-2022',
      'entType=specialized',
      ...(segment ? [`segment=${segment}&year=2021`] : []),
    ])
    const run = async (cacheSize: number, fn: (base: string) => Promise<void>) => {
      const pool = createPool(db.readerUrl, 10)
      const app: FastifyInstance = await buildApp({ pool, cacheSize })
      const port = await freePort()
      await app.listen({ port, host: '127.0.0.1' })
      try {
        await fn(`http://127.0.0.1:${port}/`)
      } finally {
        await app.close()
        await pool.end()
      }
    }
    const qPaths = queries.map((q) => `api/v1/query?${q}`)
    const kPaths = queries.map((q) => `api/v1/kpis?${q}`)
    let r: Partial<Pick<ServerSizeResult, 'query' | 'kpis' | 'tile'>> = {}
    await run(0, async (base) => {
      const cold = await timed(base, qPaths)
      const repeat = await timed(base, qPaths)
      const kCold = await timed(base, kPaths)
      const tCold = await timed(base, tiles)
      const tRepeat = await timed(base, tiles)
      r = {
        query: { cold: latency(cold.ms), repeat: latency(repeat.ms), cached: latency([]) },
        kpis: { cold: latency(kCold.ms) },
        tile: {
          cold: latency(tCold.ms),
          repeat: latency(tRepeat.ms),
          cached: latency([]),
          zooms: [...new Set(tiles.map((t) => Number(t.split('/')[3])))],
          meanKB: Math.round((tCold.bytes.reduce((a, b) => a + b, 0) / tCold.bytes.length / 1024) * 10) / 10,
        },
      }
    })
    const throughput: ServerSizeResult['throughput'] = []
    await run(2000, async (base) => {
      await timed(base, qPaths)
      await timed(base, tiles)
      const qc = await timed(base, qPaths)
      const tc = await timed(base, tiles)
      if (r.query) r.query.cached = latency(qc.ms)
      if (r.tile) r.tile.cached = latency(tc.ms)
      log(`server ${size}: latencies measured; throughput…`)
      for (const [label, paths] of [
        ['query (22 filter sets, cached)', qPaths],
        [`tiles (${tiles.length} tiles, cached)`, tiles],
      ] as const)
        throughput.push(await cannon(base, label, paths, 50, 10))
    })
    await run(0, async (base) => {
      throughput.push(await cannon(base, 'query (22 filter sets, no cache)', qPaths, 50, 10))
    })
    const { rows } = await countRows(db.adminUrl)
    return {
      size,
      source: src.label,
      loadSeconds: loaded.seconds,
      loadAvg: { start: round2(loadAvgStart), end: round2(os.loadavg()[0] ?? 0) },
      rows,
      ...(r as Pick<ServerSizeResult, 'query' | 'kpis' | 'tile'>),
      throughput,
    }
  } finally {
    db.stop()
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100

function coords(g: { type: string; coordinates: unknown }): [number, number][] {
  const flat = (g.coordinates as unknown[]).flat(3) as number[]
  const out: [number, number][] = []
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i] as number, flat[i + 1] as number])
  return out
}

async function cannon(base: string, label: string, paths: readonly string[], connections: number, seconds: number) {
  const result = await autocannon({
    url: base,
    connections,
    // Bounded in time (duration) and in count, whichever comes first.
    duration: seconds,
    maxOverallRequests: 100_000,
    // Percent-encoded as fetch would send them (autocannon writes the path as it is).
    requests: paths.map((p) => ({ method: 'GET' as const, path: new URL(p, base).pathname + new URL(p, base).search })),
  })
  return {
    path: label,
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  }
}

async function countRows(adminUrl: string) {
  const { default: pg } = await import('pg')
  const c = new pg.Client({ connectionString: adminUrl })
  await c.connect()
  try {
    const tables = [
      'talent_cells',
      'cube_talent',
      'cube_talent_sets',
      'enterprises',
      'cube_enterprises',
      'cube_enterprises_sets',
      'grid_enterprises',
      'platforms',
      'grid_platforms',
    ]
    const rows: Record<string, number> = {}
    for (const t of tables) rows[t] = Number((await c.query(`SELECT count(*) AS n FROM talentmap.${t}`)).rows[0].n)
    return { rows }
  } finally {
    await c.end()
  }
}

export async function benchServer(sizes: readonly string[], log: (s: string) => void): Promise<ServerBenchResult> {
  const results: ServerSizeResult[] = []
  for (const size of sizes) {
    const src = size === 'province' ? provinceSource({ cities: 16, cityScale: 31 }) : fromGenerator(Number(size))
    results.push(await measureSize(size === 'province' ? 'province' : `scale ${size}`, src, log))
  }
  const province = results.find((r) => r.size === 'province')
  return {
    targets: TARGETS,
    sizes: results,
    met: {
      query: province ? province.query.cold.p95 <= TARGETS.queryP95Ms : null,
      tile: province ? province.tile.cold.p95 <= TARGETS.tileP95Ms : null,
    },
  }
}
