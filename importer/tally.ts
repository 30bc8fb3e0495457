/** Per-dataset bookkeeping for the report: drops by reason with their first rows, unrecognised values. */

/** How many first row numbers the report keeps per reason. */
export const FIRST_ROWS = 10
/** How many distinct unrecognised values the report names per field. */
const FIRST_VALUES = 10

/** Where a record came from: its first spreadsheet rows and how many rows it stands for. */
export interface Origin {
  rows: number[]
  count: number
}

export interface ReasonEntry {
  /** Rows dropped for this reason (for talent cells: persons' rows). */
  count: number
  /** The first row numbers, ascending. */
  rows: number[]
  /** For the app's field checks: which field failed, with counts. */
  fields?: Record<string, number>
}

export function rowOrigin(row: number): Origin {
  return { rows: [row], count: 1 }
}

/** Merges row lists keeping the smallest `FIRST_ROWS`. */
export function firstRows(a: readonly number[], b: readonly number[]): number[] {
  if (a.length >= FIRST_ROWS && b.length && (b[0] ?? 0) > (a[a.length - 1] ?? 0)) return [...a]
  return [...new Set([...a, ...b])].sort((x, y) => x - y).slice(0, FIRST_ROWS)
}

export function createTally() {
  const reasons: Record<string, ReasonEntry> = {}
  const unknown: Record<string, string[]> = {}
  return {
    reasons,
    unknown,
    drop(reason: string, origin: Origin, field?: string): void {
      const e = (reasons[reason] ??= { count: 0, rows: [] })
      e.count += origin.count
      e.rows = firstRows(e.rows, origin.rows)
      if (field) (e.fields ??= {})[field] = (e.fields[field] ?? 0) + origin.count
    },
    /** Notes a value no lookup recognised (names only, never a person's data: callers pass code-list cells). */
    unknownValue(field: string, value: string): void {
      const list = (unknown[field] ??= [])
      if (value !== '' && list.length < FIRST_VALUES && !list.includes(value)) list.push(value)
    },
    dropped(): number {
      return Object.values(reasons).reduce((n, e) => n + e.count, 0)
    },
  }
}

export type Tally = ReturnType<typeof createTally>
