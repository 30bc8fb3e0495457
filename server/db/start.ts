/**
 * `npm run db:start`: creates (once) and starts the local cluster under `.pgdata/` on PGPORT
 * (default 55432), with the `zaozhuang` database and PostGIS. Safe to run again.
 */
import { resolve } from 'node:path'
import { DEFAULT_DB, hasPostgis, initCluster, startCluster } from './cluster.ts'
import { ensureDatabase } from './database.ts'
import { adminUrl, pgPort, readerUrl } from './env.ts'

const ROOT = resolve(import.meta.dirname, '..', '..')

async function main() {
  if (!hasPostgis()) {
    console.error('PostGIS is missing: apt-get install -y postgresql-15-postgis-3')
    process.exit(1)
  }
  const dir = resolve(ROOT, process.env.PGDATA_DIR ?? '.pgdata')
  const port = pgPort()
  if (initCluster(dir)) console.log(`initialised a cluster in ${dir}`)
  console.log(startCluster(dir, { port }) ? `started on 127.0.0.1:${port}` : `already running (${dir})`)
  await ensureDatabase(port)
  console.log(`database ${DEFAULT_DB} with PostGIS ready`)
  console.log(`  loader: ${adminUrl()}`)
  console.log(`  API:    ${readerUrl()}  (after npm run db:load)`)
}

await main()
