import pg from 'pg'
import { DEFAULT_DB } from './cluster.ts'

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
