/**
 * A table's columns as the column reader (validate.ts) takes them, whatever they were read from:
 * an Arrow table (arrow/decode.ts) or records already in memory (a JSON body).
 */

/** Entries and each row's entry: what an Arrow dictionary column holds. */
export interface Dictionary {
  readonly values: readonly unknown[]
  /** Per row, the entry it holds; -1 for null. */
  readonly codes: Int32Array
}

/** One field's values. */
export interface SourceColumn {
  readonly length: number
  /** The value of row `i` as a JSON record would hold it (null for a null). */
  at(i: number): unknown
  /** Dictionary columns: checks then run once per entry, and the frame keeps the entries. */
  readonly dict?: Dictionary
}

/** A table: its length and its columns by name (names as the source spells them). */
export interface SourceTable {
  readonly length: number
  readonly columns: ReadonlyMap<string, SourceColumn>
}

/** Records as columns, one per key any record has (a missing key reads as undefined, as in the record). */
export function recordsTable(rows: readonly unknown[]): SourceTable {
  const keys = new Set<string>()
  for (const row of rows) {
    if (typeof row === 'object' && row !== null && !Array.isArray(row)) for (const key in row) keys.add(key)
  }
  const columns = new Map<string, SourceColumn>()
  for (const key of keys)
    columns.set(key, {
      length: rows.length,
      at: (i) => (rows[i] as Record<string, unknown> | undefined)?.[key],
    })
  return { length: rows.length, columns }
}
