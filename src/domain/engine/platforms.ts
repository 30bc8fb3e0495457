import { effectiveYears, type Filters } from '../filters'
import type { Platform } from '../types'
import { buildCells, Dict, encode, measure, sortedDict, type Cells, type CodeArray } from './columns'
import { countMap, pick } from './enterprises'
import { anyOfTable, exactTable, FailBits, predicateTable } from './failBits'
import type { CubeOptions } from './talent'
import type { PlatformAggregates, PlatformStats } from './types'

const DISTRICT = 1
const CHAIN = 2
const KIND = 4
const YEAR = 8

/** Platform count and postdocs per code of one group-by. */
class Stats {
  readonly count: Float64Array
  readonly postdocs: Float64Array
  constructor(size: number) {
    this.count = new Float64Array(size)
    this.postdocs = new Float64Array(size)
  }
  add(c: number, n: number, p: number): void {
    this.count[c] = (this.count[c] as number) + n
    this.postdocs[c] = (this.postdocs[c] as number) + p
  }
  toMap<K>(keys: readonly K[]): Map<K, PlatformStats> {
    return new Map(keys.map((k, c) => [k, { count: this.count[c] as number, postdocs: this.postdocs[c] as number }]))
  }
}

/** Research and training platforms as a columnar cube. */
export class PlatformCube {
  readonly rows: number
  readonly cells: Cells
  private readonly district = new Dict<string>()
  private readonly chain = new Dict<string | null>()
  private readonly kind = new Dict<string>()
  private readonly level = new Dict<string>()
  private readonly founded: Dict<number>
  private readonly bits: FailBits
  /** The result for the current fail bits; dropped whenever they change. */
  private last: PlatformAggregates | null = null
  /** The matching rows for the current fail bits, so an unchanged selection gives the same array. */
  private lastMatch: { items: readonly unknown[]; rows: unknown[] } | null = null

  constructor(rows: readonly Platform[], opts: CubeOptions = {}) {
    const meta = opts.meta ?? null
    if (meta) {
      meta.districts.forEach((x) => this.district.code(x.adcode))
      meta.chains.forEach((x) => this.chain.code(x.id))
      meta.platformKinds.forEach((x) => this.kind.code(x.id))
      meta.platformLevels.forEach((x) => this.level.code(x.id))
    }
    this.founded = sortedDict(rows.map((r) => r.founded))
    const codes = [
      encode(rows, this.district, (r) => r.district),
      encode(rows, this.chain, (r) => r.chain),
      encode(rows, this.kind, (r) => r.kind),
      encode(rows, this.founded, (r) => r.founded),
      encode(rows, this.level, (r) => r.level),
    ]
    const sizes = [this.district, this.chain, this.kind, this.founded, this.level].map((x) => x.size)
    this.rows = rows.length
    this.cells = buildCells(codes, sizes, [measure(rows, (r) => r.postdocs)], opts.rollup ?? true)
    this.bits = new FailBits(this.cells.codes.slice(0, 4), this.cells.n)
  }

  private apply(f: Filters, lastYear: number): void {
    const { to } = effectiveYears(f, lastYear)
    const changed = this.bits.update([
      anyOfTable(this.district, f.district, DISTRICT),
      exactTable(this.chain, f.chain, CHAIN),
      exactTable(this.kind, f.platformKind, KIND),
      predicateTable(this.founded, (y) => y <= to, YEAR),
    ])
    if (changed) {
      this.last = null
      this.lastMatch = null
    }
  }

  /** KPIs and every group-by for these filters; the same object while the filters select the same. */
  query(f: Filters, lastYear: number): PlatformAggregates {
    this.apply(f, lastYear)
    this.last ??= this.aggregate()
    return this.last
  }

  /** The platforms passing every filter, in the input order (`items` must be the rows the cube was built from); the same array while the selection is unchanged. */
  matching<T>(items: readonly T[], f: Filters, lastYear: number): T[] {
    this.apply(f, lastYear)
    if (this.lastMatch?.items !== items)
      this.lastMatch = { items, rows: pick(items, this.cells.cellOf, this.bits.fails) }
    return this.lastMatch.rows as T[]
  }

  private aggregate(): PlatformAggregates {
    const { n, codes, measures, rows } = this.cells
    const [dc, cc, kc, yc, lc] = codes as [CodeArray, CodeArray, CodeArray, CodeArray, CodeArray]
    const postdocs = measures[0] as Float64Array
    const fails = this.bits.fails
    const nLevels = this.level.size
    const byKL = new Float64Array(this.kind.size * nLevels)
    const byK = new Stats(this.kind.size)
    const byD = new Stats(this.district.size)
    const byC = new Stats(this.chain.size)
    const byY = new Float64Array(this.founded.size)
    const tot = new Stats(1)
    for (let i = 0; i < n; i++) {
      const fl = fails[i] as number
      if ((fl & (fl - 1)) !== 0) continue
      const k = rows[i] as number
      const p = postdocs[i] as number
      if (fl === 0) tot.add(0, k, p)
      if ((fl & ~DISTRICT) === 0) byD.add(dc[i] as number, k, p)
      if ((fl & ~CHAIN) === 0) byC.add(cc[i] as number, k, p)
      if ((fl & ~KIND) === 0) {
        const kl = (kc[i] as number) * nLevels + (lc[i] as number)
        byKL[kl] = (byKL[kl] as number) + k
        byK.add(kc[i] as number, k, p)
      }
      if ((fl & ~YEAR) === 0) byY[yc[i] as number] = (byY[yc[i] as number] as number) + k
    }
    const byKindLevel = new Map(
      this.kind.values.map((kind, c) => [
        kind,
        countMap(this.level.values, byKL.subarray(c * nLevels, (c + 1) * nLevels)),
      ]),
    )
    return {
      count: tot.count[0] as number,
      postdocs: tot.postdocs[0] as number,
      byKindLevel,
      byKind: byK.toMap(this.kind.values),
      byDistrict: byD.toMap(this.district.values),
      byChain: byC.toMap(this.chain.values),
      byFounded: countMap(this.founded.values, byY),
    }
  }
}
