import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { enterpriseCube, platformCube, talentCube } from '../../../../src/domain/engine'
import type { ColumnBatch } from '../../../../src/domain/engine/build'
import type { CubeDef } from '../../../../src/domain/engine/cube'
import type { Filters } from '../../../../src/domain/filters'
import { POOL_LAST_YEAR, poolDataArb, poolFiltersArb, poolMeta, type PoolData } from '../../arbitraries'
import { queryDiff, referenceFilter, referenceMatches, referenceQuery } from './reference'

const RUNS = { numRuns: 150 }
const withMeta = fc.constantFrom(poolMeta, null)

/** Any of the three cubes (the tests treat them alike). */
type AnyCube = CubeDef<never, unknown>

/** Each cube with its rows from the random data. */
function cases(d: PoolData): [AnyCube, readonly unknown[]][] {
  return [
    [talentCube as unknown as AnyCube, d.cells],
    [enterpriseCube as unknown as AnyCube, d.firms],
    [platformCube as unknown as AnyCube, d.platforms],
  ]
}

/** Every difference between the cubes and the reference for the same filters. */
function diff(d: PoolData, f: Filters, m: typeof poolMeta | null, rollup = true): string[] {
  return cases(d).flatMap(([def, rows]) => {
    const got = def.fromRows(rows as never[], { meta: m, rollup }).query(f, POOL_LAST_YEAR)
    return queryDiff(def, got, referenceQuery(def, rows as never[], f, POOL_LAST_YEAR, m)).map(
      (x) => `${def.spec.name} ${x}`,
    )
  })
}

/** A result with every map as its entries, in order (so key order is compared too). */
function ordered(x: unknown): unknown {
  if (x instanceof Map) return [...x].map(([k, v]) => [k, ordered(v)])
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, ordered(v)]))
  return x
}

/**
 * Records as Arrow would give them, built here independently of src/: dictionaries in another
 * order with values no record uses, integer columns as Int32Array.
 */
function columns(def: AnyCube, rows: readonly Record<string, unknown>[]): ColumnBatch {
  const dict = (values: unknown[]) => ['(unused)', ...[...new Set(values)].sort().reverse()] as (string | null)[]
  const dims: Record<string, ColumnBatch['dims'][string]> = {}
  for (const dim of Object.values(def.spec.dims)) {
    const vals = rows.map((r) => r[dim.field])
    if (dim.kind === 'list-contains') {
      const values = dict(vals.flat()) as string[]
      const offsets = new Int32Array(rows.length + 1)
      const codes: number[] = []
      vals.forEach((list, i) => {
        for (const v of list as string[]) codes.push(values.indexOf(v))
        offsets[i + 1] = codes.length
      })
      dims[dim.field] = { values, offsets, codes: Int32Array.from(codes) }
    } else {
      const values = dict(vals)
      dims[dim.field] = { values, codes: Int32Array.from(vals, (v) => values.indexOf(v as string)) }
    }
  }
  const measures: Record<string, ArrayLike<number>> = {}
  for (const m of Object.values(def.spec.measures)) {
    if (!m.field) continue
    const [a = '', b] = m.field.split('.')
    const vals = rows.map((r) => (b ? (r[a] as Record<string, number>)[b] : r[a]) as number)
    measures[m.field] = vals.every(Number.isInteger) ? Int32Array.from(vals) : Float64Array.from(vals)
  }
  return { length: rows.length, dims, measures }
}

describe('the cubes vs the reference (fast-check)', { timeout: 60_000 }, () => {
  it('KPIs equal the reference exactly', () => {
    fc.assert(
      fc.property(poolDataArb, poolFiltersArb, withMeta, (d, f, m) => {
        const t = talentCube.fromRows(d.cells, { meta: m }).query(f, POOL_LAST_YEAR)
        const e = enterpriseCube.fromRows(d.firms, { meta: m }).query(f, POOL_LAST_YEAR)
        const p = platformCube.fromRows(d.platforms, { meta: m }).query(f, POOL_LAST_YEAR)
        const rt = referenceQuery(talentCube, d.cells, f, POOL_LAST_YEAR, m)
        const rp = referenceQuery(platformCube, d.platforms, f, POOL_LAST_YEAR, m)
        expect([t.stock, t.inflow, e.count, p.count, p.postdocs]).toEqual([
          rt.stock,
          rt.inflow,
          referenceFilter(enterpriseCube, d.firms, f, POOL_LAST_YEAR).length,
          rp.count,
          rp.postdocs,
        ])
      }),
      RUNS,
    )
  })

  it('every group-by equals the reference "all filters but its own" aggregate', () => {
    fc.assert(
      fc.property(poolDataArb, poolFiltersArb, withMeta, (d, f, m) => {
        expect(diff(d, f, m)).toEqual([])
      }),
      RUNS,
    )
  })

  it('one cell per row (rollup off) gives the same results', () => {
    fc.assert(
      fc.property(poolDataArb, poolFiltersArb, (d, f) => {
        expect(diff(d, f, poolMeta, false)).toEqual([])
      }),
      RUNS,
    )
  })

  it('a sequence of queries on one cube (incremental fail bits) equals the reference each time', () => {
    fc.assert(
      fc.property(poolDataArb, fc.array(poolFiltersArb, { minLength: 2, maxLength: 8 }), (d, seq) => {
        for (const [def, rows] of cases(d)) {
          const cube = def.fromRows(rows as never[], { meta: poolMeta })
          for (const f of seq) {
            const want = referenceQuery(def, rows as never[], f, POOL_LAST_YEAR, poolMeta)
            expect(queryDiff(def, cube.query(f, POOL_LAST_YEAR), want)).toEqual([])
          }
        }
      }),
      { numRuns: 60 },
    )
  })

  it('results do not depend on record order', () => {
    const shuffled = poolDataArb.chain((d) =>
      fc.record({
        d: fc.constant(d),
        s: fc.record({
          cells: fc.shuffledSubarray(d.cells, { minLength: d.cells.length }),
          firms: fc.shuffledSubarray(d.firms, { minLength: d.firms.length }),
          platforms: fc.shuffledSubarray(d.platforms, { minLength: d.platforms.length }),
        }),
      }),
    )
    fc.assert(
      fc.property(shuffled, poolFiltersArb, ({ d, s }, f) => {
        const [a, b] = [cases(d), cases(s)]
        a.forEach(([def, rows], i) => {
          const x = def.fromRows(rows as never[], { meta: poolMeta }).query(f, POOL_LAST_YEAR)
          const y = def.fromRows(b[i]?.[1] as never[], { meta: poolMeta }).query(f, POOL_LAST_YEAR)
          expect(queryDiff(def, y, x)).toEqual([])
        })
      }),
      RUNS,
    )
  })

  it('matching(), matchingIndices(), matchMask() and cellPass() give the reference records, in order', () => {
    fc.assert(
      fc.property(poolDataArb, fc.array(poolFiltersArb, { minLength: 1, maxLength: 4 }), (d, seq) => {
        for (const [def, rows] of cases(d)) {
          const cube = def.fromRows(rows as never[], { meta: poolMeta })
          for (const f of seq) {
            cube.query(f, POOL_LAST_YEAR)
            const want = referenceFilter(def, rows as never[], f, POOL_LAST_YEAR)
            expect(cube.matching(f, POOL_LAST_YEAR)).toEqual(want)
            const at = [...cube.matchingIndices(f, POOL_LAST_YEAR)]
            expect(at.map((i) => rows[i])).toEqual(want)
            expect([...cube.matchMask(f, POOL_LAST_YEAR)]).toEqual(rows.map((_, i) => (at.includes(i) ? 1 : 0)))
            // A record passes exactly when its cell does (the map's heat filters by cell).
            const pass = cube.cellPass(f, POOL_LAST_YEAR)
            expect([...cube.recordCells].map((c) => pass[c])).toEqual([...cube.matchMask(f, POOL_LAST_YEAR)])
          }
        }
      }),
      { numRuns: 60 },
    )
  })

  it('the record predicate (lists, exports) equals the reference rules', () => {
    fc.assert(
      fc.property(poolDataArb, poolFiltersArb, (d, f) => {
        for (const [def, rows] of cases(d)) {
          const matches = def.matcher(f, POOL_LAST_YEAR)
          for (const r of rows as never[]) expect(matches(r)).toBe(referenceMatches(def.spec, r, f, POOL_LAST_YEAR))
        }
      }),
      RUNS,
    )
  })

  it('a cube built from columns (Arrow-like batch) equals the one built from records', () => {
    fc.assert(
      fc.property(poolDataArb, fc.array(poolFiltersArb, { minLength: 1, maxLength: 3 }), withMeta, (d, seq, m) => {
        for (const [def, rows] of cases(d)) {
          const a = def.fromRows(rows as never[], { meta: m })
          const b = def.fromColumns(columns(def, rows as Record<string, unknown>[]), { meta: m })
          expect(b.cellCount).toBe(a.cellCount)
          for (const f of seq) {
            expect(ordered(b.query(f, POOL_LAST_YEAR))).toEqual(ordered(a.query(f, POOL_LAST_YEAR)))
            expect(b.matchingIndices(f, POOL_LAST_YEAR)).toEqual(a.matchingIndices(f, POOL_LAST_YEAR))
          }
        }
      }),
      { numRuns: 80 },
    )
  })

  it('a transferred state (structured clone, buffers moved) answers as the cube it came from', () => {
    fc.assert(
      fc.property(poolDataArb, poolFiltersArb, (d, f) => {
        for (const [def, rows] of cases(d)) {
          const want = ordered(def.fromRows(rows as never[], { meta: poolMeta }).query(f, POOL_LAST_YEAR))
          const { state, transfer } = def.fromRows(rows as never[], { meta: poolMeta }).toTransferable()
          const copy = structuredClone(state, { transfer })
          expect(transfer.every((buf) => buf.byteLength === 0)).toBe(true)
          const cube = def.fromTransferable(copy, rows as never[])
          expect(ordered(cube.query(f, POOL_LAST_YEAR))).toEqual(want)
          expect(cube.matching(f, POOL_LAST_YEAR)).toEqual(referenceFilter(def, rows as never[], f, POOL_LAST_YEAR))
        }
      }),
      { numRuns: 60 },
    )
  })
})
