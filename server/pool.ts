/** The API's connection pool: read-only transactions and a statement timeout on every connection. */
import pg from 'pg'

export const STATEMENT_TIMEOUT_MS = Number(process.env.STATEMENT_TIMEOUT_MS ?? 5000)

export function createPool(connectionString: string, max = Number(process.env.PGPOOL_MAX ?? 10)): pg.Pool {
  const timeout = Number.isInteger(STATEMENT_TIMEOUT_MS) && STATEMENT_TIMEOUT_MS > 0 ? STATEMENT_TIMEOUT_MS : 5000
  return new pg.Pool({
    connectionString,
    max,
    application_name: 'talentmap-api',
    // Belt and braces beside the role's own settings: an existing role may lack them.
    options: `-c default_transaction_read_only=on -c statement_timeout=${timeout}`,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  })
}

/** Warns when the API's role could write: it should be the SELECT-only reader that db:load grants. */
export async function checkReadOnly(pool: pg.Pool): Promise<string | null> {
  const { rows } = await pool.query<{ user: string; superuser: boolean; writes: boolean }>(
    `SELECT current_user AS user, r.rolsuper AS superuser,
       EXISTS (SELECT 1 FROM information_schema.role_table_grants g
               WHERE g.grantee = current_user AND g.privilege_type IN ('INSERT','UPDATE','DELETE','TRUNCATE')) AS writes
     FROM pg_roles r WHERE r.rolname = current_user`,
  )
  const r = rows[0]
  if (!r) return null
  if (r.superuser || r.writes)
    return `the API connects as ${r.user}, which can write; use the read-only role db:load grants (DATABASE_URL)`
  return null
}
