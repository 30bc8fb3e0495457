import { effectiveYears, type Filters } from '../filters'
import type { Meta, TalentCell } from '../types'
import { buildCells, Dict, encode, measure, sortedDict, type Cells, type CodeArray } from './columns'
import { anyOfTable, exactTable, FailBits, predicateTable } from './failBits'
import type { DistrictStockInflow, StockInflow, TalentAggregates } from './types'

// Filter dimensions, bit = 1 << index.
const DISTRICT = 1
const CHAIN = 2
const TYPE = 4
const EDUCATION = 8
const YEAR = 16

export interface CubeOptions {
  meta?: Meta | null
  /** Collapse rows that share every dimension into one cell (default true). */
  rollup?: boolean
}

/** Stock and inflow sums per code of one group-by. */
class Sums {
  readonly stock: Float64Array
  readonly inflow: Float64Array
  constructor(size: number) {
    this.stock = new Float64Array(size)
    this.inflow = new Float64Array(size)
  }
  toMap<K>(keys: readonly K[]): Map<K, StockInflow> {
    return new Map(keys.map((k, c) => [k, { stock: this.stock[c] as number, inflow: this.inflow[c] as number }]))
  }
}

/** Talent cells as a columnar cube: dictionary-encoded dimensions, stock and inflow per cell. */
export class TalentCube {
  readonly rows: number
  readonly cells: Cells
  private readonly dict = {
    district: new Dict<string>(),
    chain: new Dict<string | null>(),
    talentType: new Dict<string>(),
    education: new Dict<string>(),
    ageBand: new Dict<string>(),
  }
  private readonly year: Dict<number>
  private readonly young: Uint8Array
  private readonly bits: FailBits
  private last: { to: number; result: TalentAggregates } | null = null

  constructor(rows: readonly TalentCell[], opts: CubeOptions = {}) {
    const meta = opts.meta ?? null
    const d = this.dict
    if (meta) {
      meta.districts.forEach((x) => d.district.code(x.adcode))
      meta.chains.forEach((x) => d.chain.code(x.id))
      meta.talentTypes.forEach((x) => d.talentType.code(x.id))
      meta.educations.forEach((x) => d.education.code(x.id))
      meta.ageBands.forEach((x) => d.ageBand.code(x.id))
    }
    this.year = sortedDict([...(meta?.years ?? []), ...rows.map((r) => r.year)])
    const codes = [
      encode(rows, d.district, (r) => r.district),
      encode(rows, d.chain, (r) => r.chain),
      encode(rows, d.talentType, (r) => r.talentType),
      encode(rows, d.education, (r) => r.education),
      encode(rows, this.year, (r) => r.year),
      encode(rows, d.ageBand, (r) => r.ageBand),
    ]
    const sizes = [d.district, d.chain, d.talentType, d.education, this.year, d.ageBand].map((x) => x.size)
    const values = [measure(rows, (r) => r.stock), measure(rows, (r) => r.inflow)]
    this.rows = rows.length
    this.cells = buildCells(codes, sizes, values, opts.rollup ?? true)
    const youngIds = new Set(meta?.ageBands.filter((b) => b.young).map((b) => b.id))
    this.young = Uint8Array.from(d.ageBand.values, (id) => (youngIds.has(id) ? 1 : 0))
    this.bits = new FailBits(this.cells.codes.slice(0, 5), this.cells.n)
  }

  /** KPIs and every group-by for these filters; the same object while the filters select the same. */
  query(f: Filters, lastYear: number): TalentAggregates {
    const d = this.dict
    const years = effectiveYears(f, lastYear)
    const changed = this.bits.update([
      anyOfTable(d.district, f.district, DISTRICT),
      exactTable(d.chain, f.chain, CHAIN),
      exactTable(d.talentType, f.talentType, TYPE),
      exactTable(d.education, f.education, EDUCATION),
      predicateTable(this.year, (y) => y >= years.from && y <= years.to, YEAR),
    ])
    const to = this.year.find(years.to)
    if (!changed && this.last?.to === to) return this.last.result
    const result = this.aggregate(to)
    this.last = { to, result }
    return result
  }

  private aggregate(toCode: number): TalentAggregates {
    const { n, codes, measures } = this.cells
    const [dc, cc, tc, ec, yc, ac] = codes as [CodeArray, CodeArray, CodeArray, CodeArray, CodeArray, CodeArray]
    const [stock, inflow] = measures as [Float64Array, Float64Array]
    const fails = this.bits.fails
    const young = this.young
    const d = this.dict
    const byD = new Sums(d.district.size)
    const youngD = new Float64Array(d.district.size)
    const byC = new Sums(d.chain.size)
    const byT = new Sums(d.talentType.size)
    const byE = new Sums(d.education.size)
    const byA = new Sums(d.ageBand.size)
    const byY = new Sums(this.year.size)
    let totStock = 0
    let totInflow = 0
    for (let i = 0; i < n; i++) {
      const fl = fails[i] as number
      if ((fl & (fl - 1)) !== 0) continue // fails two dimensions or more: in no group
      const y = yc[i] as number
      const x = inflow[i] as number
      const all = stock[i] as number
      const s = y === toCode ? all : 0
      if (fl === 0) {
        totStock += s
        totInflow += x
        add(byA, ac[i] as number, s, x)
      }
      if ((fl & ~DISTRICT) === 0) {
        const c = dc[i] as number
        add(byD, c, s, x)
        if (young[ac[i] as number] === 1) youngD[c] = (youngD[c] as number) + s
      }
      if ((fl & ~CHAIN) === 0) add(byC, cc[i] as number, s, x)
      if ((fl & ~TYPE) === 0) add(byT, tc[i] as number, s, x)
      if ((fl & ~EDUCATION) === 0) add(byE, ec[i] as number, s, x)
      if ((fl & ~YEAR) === 0) add(byY, y, all, x)
    }
    const byDistrict = new Map<string, DistrictStockInflow>()
    d.district.values.forEach((k, c) => {
      byDistrict.set(k, { stock: byD.stock[c] as number, inflow: byD.inflow[c] as number, young: youngD[c] as number })
    })
    return {
      stock: totStock,
      inflow: totInflow,
      byDistrict,
      byChain: byC.toMap(d.chain.values),
      byTalentType: byT.toMap(d.talentType.values),
      byEducation: byE.toMap(d.education.values),
      byAgeBand: byA.toMap(d.ageBand.values),
      byYear: byY.toMap(this.year.values),
    }
  }
}

function add(acc: Sums, c: number, s: number, x: number): void {
  acc.stock[c] = (acc.stock[c] as number) + s
  acc.inflow[c] = (acc.inflow[c] as number) + x
}
