/**
 * `npm run server`: the built SPA (dist/, built first when missing) in server mode and the API,
 * from DATABASE_URL (default: the local cluster as the read-only role) on PORT (default 8080).
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildApp } from './app.ts'
import { readerUrl } from './db/env.ts'
import { checkReadOnly, createPool } from './pool.ts'

const ROOT = resolve(import.meta.dirname, '..')

async function ensureDist(dir: string) {
  if (existsSync(resolve(dir, 'index.html'))) return
  console.log(`no built app in ${dir}: building it (npm run build)`)
  const { build } = await import('vite')
  await build({ root: ROOT, mode: 'production', logLevel: 'warn' })
}

async function main() {
  const port = Number(process.env.PORT ?? 8080)
  const host = process.env.HOST ?? 'localhost'
  const dist = resolve(ROOT, process.env.DIST_DIR ?? 'dist')
  await ensureDist(dist)
  const pool = createPool(readerUrl())
  const warning = await checkReadOnly(pool).catch((e: unknown) => `cannot reach the database: ${(e as Error).message}`)
  if (warning) console.warn(`[server] ${warning}`)
  const app = await buildApp({
    pool,
    distDir: dist,
    cacheSize: Number(process.env.API_CACHE ?? 2000),
    cacheMb: Number(process.env.API_CACHE_MB ?? 256),
  })
  const close = async () => {
    await app.close()
    await pool.end()
    process.exit(0)
  }
  process.on('SIGINT', () => void close())
  process.on('SIGTERM', () => void close())
  await app.listen({ port, host })
  console.log(
    `server mode: http://${host}:${port}/  (API /api/v1, data from ${readerUrl().replace(/:[^:@/]*@/, ':***@')})`,
  )
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
