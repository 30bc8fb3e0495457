import { effectiveYears, type Filters } from '../filters'
import type { Enterprise } from '../types'
import { buildCells, Dict, encode, measure, sortedDict, type Cells, type CodeArray } from './columns'
import { anyOfTable, exactTable, FailBits, predicateTable } from './failBits'
import type { CubeOptions } from './talent'
import type { EnterpriseAggregates, FirmStats } from './types'

const DISTRICT = 1
const CHAIN = 2
const SEGMENT = 4
const TYPE = 8
const YEAR = 16
const SEP = '\u0001'

/** Firm count, output value and talent per code of one group-by. */
class Stats {
  readonly count: Float64Array
  readonly output: Float64Array
  readonly talent: Float64Array
  constructor(size: number) {
    this.count = new Float64Array(size)
    this.output = new Float64Array(size)
    this.talent = new Float64Array(size)
  }
  add(c: number, n: number, o: number, t: number): void {
    this.count[c] = (this.count[c] as number) + n
    this.output[c] = (this.output[c] as number) + o
    this.talent[c] = (this.talent[c] as number) + t
  }
  toMap<K>(keys: readonly K[]): Map<K, FirmStats> {
    return new Map(
      keys.map((k, c) => [
        k,
        { count: this.count[c] as number, outputValue: this.output[c] as number, talent: this.talent[c] as number },
      ]),
    )
  }
}

/** Enterprises as a columnar cube; each firm's set of types is one dictionary-encoded value. */
export class EnterpriseCube {
  readonly rows: number
  readonly cells: Cells
  private readonly district = new Dict<string>()
  private readonly chain = new Dict<string>()
  private readonly segment = new Dict<string>()
  private readonly type = new Dict<string>()
  /** Type sets as seen in the data (order kept, so a repeated type counts twice, as in the data). */
  private readonly typeSet = new Dict<string>()
  private readonly founded: Dict<number>
  private readonly setTypes: number[][]
  private readonly bits: FailBits
  /** The result for the current fail bits; dropped whenever they change. */
  private last: EnterpriseAggregates | null = null
  /** The matching rows for the current fail bits, so an unchanged selection gives the same array. */
  private lastMatch: { items: readonly unknown[]; rows: unknown[] } | null = null

  constructor(rows: readonly Enterprise[], opts: CubeOptions = {}) {
    const meta = opts.meta ?? null
    if (meta) {
      meta.districts.forEach((x) => this.district.code(x.adcode))
      meta.chains.forEach((x) => {
        this.chain.code(x.id)
        x.segments.forEach((s) => this.segment.code(s.id))
      })
      meta.enterpriseTypes.forEach((x) => this.type.code(x.id))
    }
    this.founded = sortedDict(rows.map((r) => r.founded))
    const codes = [
      encode(rows, this.district, (r) => r.district),
      encode(rows, this.chain, (r) => r.chain),
      encode(rows, this.segment, (r) => r.segment),
      encode(rows, this.typeSet, (r) => r.types.join(SEP)),
      encode(rows, this.founded, (r) => r.founded),
    ]
    this.setTypes = this.typeSet.values.map((key) => (key === '' ? [] : key.split(SEP).map((t) => this.type.code(t))))
    const sizes = [this.district, this.chain, this.segment, this.typeSet, this.founded].map((x) => x.size)
    const values = [measure(rows, (r) => r.outputValue), measure(rows, (r) => r.talent.total)]
    this.rows = rows.length
    this.cells = buildCells(codes, sizes, values, opts.rollup ?? true)
    this.bits = new FailBits(this.cells.codes, this.cells.n)
  }

  /** Brings the per-cell fail bits up to date with the filters. */
  private apply(f: Filters, lastYear: number): void {
    const { to } = effectiveYears(f, lastYear)
    const type = f.entType
    const changed = this.bits.update([
      anyOfTable(this.district, f.district, DISTRICT),
      exactTable(this.chain, f.chain, CHAIN),
      exactTable(this.segment, f.segment, SEGMENT),
      predicateTable(this.typeSet, (key) => type === null || key.split(SEP).includes(type), TYPE),
      predicateTable(this.founded, (y) => y <= to, YEAR),
    ])
    if (changed) {
      this.last = null
      this.lastMatch = null
    }
  }

  /** KPIs and every group-by for these filters; the same object while the filters select the same. */
  query(f: Filters, lastYear: number): EnterpriseAggregates {
    this.apply(f, lastYear)
    this.last ??= this.aggregate()
    return this.last
  }

  /** The firms passing every filter, in the input order (`items` must be the rows the cube was built from); the same array while the selection is unchanged. */
  matching<T>(items: readonly T[], f: Filters, lastYear: number): T[] {
    this.apply(f, lastYear)
    if (this.lastMatch?.items !== items)
      this.lastMatch = { items, rows: pick(items, this.cells.cellOf, this.bits.fails) }
    return this.lastMatch.rows as T[]
  }

  private aggregate(): EnterpriseAggregates {
    const { n, codes, measures, rows } = this.cells
    const [dc, cc, sc, tc, yc] = codes as [CodeArray, CodeArray, CodeArray, CodeArray, CodeArray]
    const [output, talent] = measures as [Float64Array, Float64Array]
    const fails = this.bits.fails
    const byD = new Stats(this.district.size)
    const byC = new Stats(this.chain.size)
    const byS = new Stats(this.segment.size)
    const byT = new Float64Array(this.type.size)
    const byY = new Float64Array(this.founded.size)
    const tot = new Stats(1)
    for (let i = 0; i < n; i++) {
      const fl = fails[i] as number
      if ((fl & (fl - 1)) !== 0) continue
      const k = rows[i] as number
      const o = output[i] as number
      const t = talent[i] as number
      if (fl === 0) tot.add(0, k, o, t)
      if ((fl & ~DISTRICT) === 0) byD.add(dc[i] as number, k, o, t)
      if ((fl & ~CHAIN) === 0) byC.add(cc[i] as number, k, o, t)
      if ((fl & ~SEGMENT) === 0) byS.add(sc[i] as number, k, o, t)
      if ((fl & ~TYPE) === 0)
        for (const c of this.setTypes[tc[i] as number] as number[]) byT[c] = (byT[c] as number) + k
      if ((fl & ~YEAR) === 0) byY[yc[i] as number] = (byY[yc[i] as number] as number) + k
    }
    return {
      count: tot.count[0] as number,
      outputValue: tot.output[0] as number,
      talent: tot.talent[0] as number,
      byDistrict: byD.toMap(this.district.values),
      byChain: byC.toMap(this.chain.values),
      bySegment: byS.toMap(this.segment.values),
      byType: countMap(this.type.values, byT),
      byFounded: countMap(this.founded.values, byY),
    }
  }
}

export function countMap<K>(keys: readonly K[], counts: Float64Array): Map<K, number> {
  return new Map(keys.map((k, c) => [k, counts[c] as number]))
}

/** The rows whose cell fails no filter. */
export function pick<T>(items: readonly T[], cellOf: Uint32Array, fails: Uint8Array): T[] {
  const out: T[] = []
  for (let i = 0; i < items.length; i++) if (fails[cellOf[i] as number] === 0) out.push(items[i] as T)
  return out
}
