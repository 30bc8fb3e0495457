/**
 * A throwaway PostgreSQL/PostGIS cluster for tests: initdb into a temp dir, a free loopback
 * port, the sample data (scale 1) loaded; `stop()` stops it and removes the dir.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hasPostgis, initCluster, startCluster, stopCluster } from '../../server/db/cluster'
import { DEFAULT_READER_ROLE } from '../../server/db/schema'
import { load } from '../../server/db/loader'
import { fromGenerator } from '../../server/db/sources'
import { ensureDatabase } from '../../server/db/database'

export interface TestDb {
  adminUrl: string
  readerUrl: string
  stop(): void
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address()
      s.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0))
    })
  })
}

/** A throwaway cluster with the database and PostGIS, nothing loaded. */
export async function startEmptyDb(
  settings: Record<string, string | number> = { shared_buffers: '64MB' },
): Promise<TestDb> {
  if (!hasPostgis())
    throw new Error('PostGIS is missing: apt-get install -y postgresql-15-postgis-3 (.ci/run installs it)')
  const dir = mkdtempSync(join(tmpdir(), 'talentmap-pg-'))
  const port = await freePort()
  const stop = () => {
    try {
      stopCluster(dir)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  try {
    initCluster(dir)
    startCluster(dir, { port, settings })
    await ensureDatabase(port)
    const adminUrl = `postgres://postgres@127.0.0.1:${port}/zaozhuang`
    return { adminUrl, readerUrl: `postgres://${DEFAULT_READER_ROLE}@127.0.0.1:${port}/zaozhuang`, stop }
  } catch (e) {
    stop()
    throw e
  }
}

/** A throwaway cluster with the generator's data at `scale` loaded. */
export async function startTestDb(scale = 1): Promise<TestDb> {
  const db = await startEmptyDb()
  try {
    await load(fromGenerator(scale), { adminUrl: db.adminUrl, readerRole: DEFAULT_READER_ROLE })
    return db
  } catch (e) {
    db.stop()
    throw e
  }
}
