/**
 * A dataset's records by index, whether the page holds them as objects (the JSON path, tests) or as the
 * columns the dataset worker transferred (frame.ts). Code that needs every record reads columns
 * (`numbers`, `strings`); a record object is made only when someone asks for that record (a drawer, a
 * search hit, a tooltip, an export) and then kept.
 */
import { numberGetter } from './engine/build'
import { frameNumbers, frameRow, type Frame } from './frame'

export interface RecordTable<Row> {
  readonly length: number
  /** Record `i` (made from the columns on first use, then kept). */
  row(i: number): Row
  /** The records at `indices` (all records without). */
  rows(indices?: ArrayLike<number>): Row[]
  /** A number field of every record by path (`lon`, `talent.total`), as one array. */
  numbers(path: string): Float64Array
  /** A string field of every record (ids, names). */
  strings(field: string): readonly string[]
  /** The index of the record whose `id` is `id`, or -1. */
  indexOf(id: string): number
  /** The record whose `id` is `id` (made from the columns), or null. */
  byId(id: string): Row | null
}

/** Records with a position: the map's points, the radius tool, the drawer's neighbours. */
export interface PointTable<Row> extends RecordTable<Row> {
  readonly lon: Float64Array
  readonly lat: Float64Array
}

type Source<Row> = { rows: readonly Row[] } | { frame: Frame }

class Table<Row> implements PointTable<Row> {
  readonly length: number
  private readonly made: (Row | undefined)[] = []
  private readonly numberCache = new Map<string, Float64Array>()
  private readonly stringCache = new Map<string, readonly string[]>()
  private ids: Map<string, number> | null = null

  constructor(private readonly source: Source<Row>) {
    this.length = 'rows' in source ? source.rows.length : source.frame.length
  }

  row(i: number): Row {
    const s = this.source
    if ('rows' in s) return s.rows[i] as Row
    let r = this.made[i]
    if (r === undefined) r = this.made[i] = frameRow(s.frame, i) as Row
    return r
  }

  rows(indices?: ArrayLike<number>): Row[] {
    if (!indices) return Array.from({ length: this.length }, (_, i) => this.row(i))
    return Array.from(indices, (i) => this.row(i))
  }

  numbers(path: string): Float64Array {
    let out = this.numberCache.get(path)
    if (!out) {
      const s = this.source
      if ('frame' in s) out = frameNumbers(s.frame, path) ?? new Float64Array(this.length).fill(NaN)
      else out = Float64Array.from(s.rows, numberGetter(path))
      this.numberCache.set(path, out)
    }
    return out
  }

  strings(field: string): readonly string[] {
    let out = this.stringCache.get(field)
    if (!out) {
      const s = this.source
      const col = 'frame' in s ? s.frame.columns[field] : undefined
      if (col?.type === 'text')
        out = Array.from({ length: this.length }, (_, i) => col.text.slice(col.offsets[i], col.offsets[i + 1]))
      else if (col?.type === 'dict') {
        const values = col.values.map(String)
        out = Array.from(col.codes, (c) => values[c] as string)
      } else
        out = Array.from({ length: this.length }, (_, i) => String((this.row(i) as Record<string, unknown>)[field]))
      this.stringCache.set(field, out)
    }
    return out
  }

  indexOf(id: string): number {
    this.ids ??= new Map(this.strings('id').map((v, i) => [v, i]))
    return this.ids.get(id) ?? -1
  }

  byId(id: string): Row | null {
    const i = this.indexOf(id)
    return i >= 0 ? this.row(i) : null
  }

  get lon(): Float64Array {
    return this.numbers('lon')
  }

  get lat(): Float64Array {
    return this.numbers('lat')
  }
}

/** Records already in memory. */
export function rowTable<Row>(rows: readonly Row[]): PointTable<Row> {
  return new Table<Row>({ rows })
}

/** Records in a frame; each is made on first use. */
export function frameTable<Row>(frame: Frame): PointTable<Row> {
  return new Table<Row>({ frame })
}
