/**
 * A table's columns as the column reader (validate.ts) takes them, whatever they were read from:
 * an Arrow table (arrow/decode.ts) or records already in memory (a JSON body). Every column answers
 * `at(i)` with the value a JSON record would hold; an Arrow column also offers its layout, so checks
 * run once per dictionary entry and the frame reuses its arrays instead of reading value by value.
 */

/** Per row: 1 where the value is null (absent when no value is). */
export type Nulls = Uint8Array | null

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
  /** Dictionary-encoded strings (or numbers). */
  readonly dict?: Dictionary
  /** Numbers of any Arrow integer or float type, as doubles. */
  readonly numbers?: { values: Float64Array; nulls: Nulls }
  /** Strings: row i is `text.slice(offsets[i], offsets[i + 1])`. */
  readonly text?: { text: string; offsets: Uint32Array; nulls: Nulls }
  /** A struct: its fields as columns. */
  readonly struct?: { children: ReadonlyMap<string, SourceColumn>; nulls: Nulls }
  /** A list: row i holds members offsets[i] … offsets[i + 1] - 1 of `members`. */
  readonly list?: { offsets: Uint32Array; members: SourceColumn; nulls: Nulls }
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
