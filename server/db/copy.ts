/** Streaming COPY … FROM STDIN in PostgreSQL's text format: rows are encoded in batches, never one giant string. */
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { PoolClient } from 'pg'
import { from as copyFrom } from 'pg-copy-streams'

/** One column of a table loaded by COPY: its SQL type and how a record gives its value. */
export interface Column<R> {
  name: string
  type: string
  get: (r: R) => unknown
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }

function escapeText(s: string): string {
  return s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] as string)
}

function arrayItem(v: unknown): string {
  if (v === null) return 'NULL'
  if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`not an array item: ${typeof v}`)
  return `"${String(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`
}

function arrayLiteral(items: readonly unknown[]): string {
  return `{${items.map(arrayItem).join(',')}}`
}

/** A value as one COPY text field. */
export function copyField(v: unknown): string {
  if (v === null || v === undefined) return '\\N'
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`)
    return String(v)
  }
  if (typeof v === 'boolean') return v ? 't' : 'f'
  if (Array.isArray(v)) return escapeText(arrayLiteral(v))
  if (typeof v !== 'string') throw new Error(`not a COPY value: ${typeof v}`)
  return escapeText(v)
}

async function* lines<R>(rows: Iterable<R> | AsyncIterable<R>, columns: readonly Column<R>[]): AsyncGenerator<string> {
  let batch: string[] = []
  for await (const r of rows) {
    batch.push(columns.map((c) => copyField(c.get(r))).join('\t'))
    if (batch.length === 2000) {
      yield `${batch.join('\n')}\n`
      batch = []
    }
  }
  if (batch.length) yield `${batch.join('\n')}\n`
}

/** COPYs the rows into `table` (a qualified, trusted name); returns the number of rows. */
export async function copyRows<R>(
  client: PoolClient,
  table: string,
  columns: readonly Column<R>[],
  rows: Iterable<R> | AsyncIterable<R>,
): Promise<number> {
  const names = columns.map((c) => `"${c.name}"`).join(', ')
  const sink = client.query(copyFrom(`COPY ${table} (${names}) FROM STDIN`))
  await pipeline(Readable.from(lines(rows, columns)), sink)
  return Number(sink.rowCount)
}
