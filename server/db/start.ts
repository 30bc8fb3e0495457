/**
 * `npm run db:start`: creates (once) and starts the local cluster under `.pgdata/` on PGPORT
 * (default 55432), with the `zaozhuang` database and PostGIS. Safe to run again.
 */
import { resolve } from 'node:path'
import pg from 'pg'
import { DEFAULT_DB, hasPostgis, initCluster, startCluster } from './cluster.ts'
import { adminUrl, pgPort, readerUrl } from './env.ts'

const ROOT = resolve(import.meta.dirname, '..', '..')

/** Creates the database and the PostGIS extension in a running cluster when missing. */
export async function ensureDatabase(port: number, db = DEFAULT_DB): Promise<void> {
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` })
  await admin.connect()
  try {
    const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db])
    if (rows.length === 0) await admin.query(`CREATE DATABASE ${db}`)
  } finally {
    await admin.end()
  }
  const c = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/${db}` })
  await c.connect()
  try {
    await c.query('CREATE EXTENSION IF NOT EXISTS postgis')
  } finally {
    await c.end()
  }
}

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
