/**
 * A local PostgreSQL cluster for development and tests: initdb once, pg_ctl start/stop.
 * initdb refuses to run as root, so as root every cluster command runs as the `postgres`
 * OS user (Debian's package creates it) and the data directory is made over to that user.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

export const DEFAULT_PGPORT = 55432
export const DEFAULT_DB = 'zaozhuang'

/** Where the PostgreSQL programs live: PG_BIN, else Debian's PostgreSQL 15 (or the newest installed). */
export function pgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN
  const root = '/usr/lib/postgresql'
  const preferred = join(root, '15', 'bin')
  if (existsSync(join(preferred, 'initdb'))) return preferred
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin')
  throw new Error('PostgreSQL not found: install postgresql-15 (apt-get install -y postgresql-15) or set PG_BIN')
}

/** The PostGIS extension files of the PostgreSQL whose programs are in `bin`. */
export function hasPostgis(bin = pgBin()): boolean {
  const out = spawnSync(join(bin, 'pg_config'), ['--sharedir'], { encoding: 'utf8' })
  const share = out.status === 0 ? out.stdout.trim() : join('/usr/share/postgresql', bin.split('/').at(-2) ?? '15')
  return existsSync(join(share, 'extension', 'postgis.control'))
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/** Runs a cluster program, as `postgres` when we are root. */
function run(program: string, args: string[], opts: { quiet?: boolean } = {}): string {
  const bin = join(pgBin(), program)
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  return execFileSync(cmd, argv, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', opts.quiet ? 'pipe' : 'inherit'],
  })
}

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
  return { uid, gid }
}

/** Creates the cluster in `dir` (its `data/` subfolder) unless it exists; trust auth on loopback only. */
export function initCluster(dir: string): boolean {
  const data = join(dir, 'data')
  if (existsSync(join(data, 'PG_VERSION'))) return false
  mkdirSync(data, { recursive: true })
  if (isRoot()) {
    const { uid, gid } = postgresIds()
    chownSync(dir, uid, gid)
    chownSync(data, uid, gid)
  }
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'], { quiet: true })
  return true
}

export function isRunning(dir: string): boolean {
  const bin = join(pgBin(), 'pg_ctl')
  const args = ['status', '-D', join(dir, 'data')]
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args]
  return spawnSync(cmd, argv, { stdio: 'ignore' }).status === 0
}

export interface StartOptions {
  port: number
  /** Extra `-c name=value` settings. */
  settings?: Record<string, string | number>
}

/** Settings for a small analytical cluster: loopback TCP only, no Unix socket, memory for the cubes. */
const BASE_SETTINGS: Record<string, string | number> = {
  listen_addresses: '127.0.0.1',
  unix_socket_directories: "''",
  shared_buffers: '256MB',
  work_mem: '32MB',
  maintenance_work_mem: '256MB',
  max_connections: 100,
  max_parallel_workers_per_gather: 0,
  jit: 'off',
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
}

/** Starts the cluster in `dir` on `port` and waits until it accepts connections; no-op when it runs. */
export function startCluster(dir: string, opts: StartOptions): boolean {
  if (isRunning(dir)) return false
  const settings = { ...BASE_SETTINGS, port: opts.port, ...opts.settings }
  const o = Object.entries(settings)
    .map(([k, v]) => `-c ${k}=${v}`)
    .join(' ')
  run('pg_ctl', ['start', '-w', '-t', '60', '-D', join(dir, 'data'), '-l', join(dir, 'data', 'server.log'), '-o', o], {
    quiet: true,
  })
  return true
}

export function stopCluster(dir: string): boolean {
  if (!isRunning(dir)) return false
  run('pg_ctl', ['stop', '-w', '-t', '60', '-m', 'fast', '-D', join(dir, 'data')], { quiet: true })
  return true
}
