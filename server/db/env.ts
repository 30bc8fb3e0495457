/** Connection settings shared by the db commands and the server, from the environment. */
import { DEFAULT_DB, DEFAULT_PGPORT } from './cluster.ts'
import { DEFAULT_READER_ROLE } from './schema.ts'

export function pgPort(): number {
  const n = Number(process.env.PGPORT ?? DEFAULT_PGPORT)
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new Error(`PGPORT must be a port number, got ${process.env.PGPORT}`)
  return n
}

export const readerRole = () => process.env.DB_READER_ROLE ?? DEFAULT_READER_ROLE

/** The loader's connection: DATABASE_ADMIN_URL, else the local cluster's owner. */
export const adminUrl = () =>
  process.env.DATABASE_ADMIN_URL ?? `postgres://postgres@127.0.0.1:${pgPort()}/${DEFAULT_DB}`

/** The API's connection: DATABASE_URL, else the local cluster as the read-only role. */
export const readerUrl = () =>
  process.env.DATABASE_URL ?? `postgres://${readerRole()}@127.0.0.1:${pgPort()}/${DEFAULT_DB}`
