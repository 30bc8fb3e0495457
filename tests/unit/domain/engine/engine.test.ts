import { describe, expect, it } from 'vitest'
import { enterpriseCube, foundedGrowth, platformCube, talentCube } from '../../../../src/domain/engine'
import { defineCube } from '../../../../src/domain/engine/cube'
import { FailBits } from '../../../../src/domain/engine/failBits'
import type { DimSpec } from '../../../../src/domain/engine/spec'
import type { Filters } from '../../../../src/domain/filters'
import type { Enterprise, Meta, Platform, TalentCell } from '../../../../src/domain/types'
import { POOL_LAST_YEAR, poolMeta } from '../../arbitraries'
import { f } from '../../fixtures'

const cell = (p: Partial<TalentCell>): TalentCell => ({
  district: 'd1',
  chain: 'a',
  talentType: 'p',
  education: 'doc',
  ageBand: 'y',
  year: 2024,
  stock: 10,
  inflow: 1,
  ...p,
})
const firm = (p: Partial<Enterprise>): Enterprise => ({
  id: 'e',
  name: 'e',
  district: 'd1',
  lon: 117,
  lat: 34.8,
  chain: 'a',
  segment: 'a-1',
  types: [],
  employees: 1,
  talent: { total: 5, doctor: 0, master: 0, bachelor: 0, introduced: 0 },
  outputValue: 1.5,
  founded: 2020,
  ...p,
})
const platform = (p: Partial<Platform>): Platform => ({
  id: 'p',
  name: 'p',
  kind: 'k1',
  level: 'l1',
  district: 'd1',
  lon: 117,
  lat: 34.8,
  chain: null,
  host: null,
  founded: 2020,
  researchers: 1,
  postdocs: 2,
  partners: [],
  ...p,
})

const cells = [
  cell({}),
  cell({}),
  cell({ district: 'd2', ageBand: 'o', stock: 7, inflow: 3 }),
  cell({ year: 2023, stock: 4, inflow: 2 }),
  cell({ chain: null, talentType: 'q', stock: 1, inflow: 1 }),
]
const firms = [
  firm({ types: ['t1', 't2'] }),
  firm({ district: 'd2', segment: 'b-1', chain: 'b', types: ['t2'], outputValue: 2.25 }),
  firm({ founded: 2026 }),
]
const platforms = [platform({}), platform({ kind: 'k2', level: 'l2', postdocs: 3, founded: 2018 })]

/** The three cubes queried together, as the selection store does. */
function engine(m: Meta | null = poolMeta, rollup = true) {
  const opts = { meta: m, rollup }
  const t = talentCube.fromRows(cells, opts)
  const e = enterpriseCube.fromRows(firms, opts)
  const p = platformCube.fromRows(platforms, opts)
  return {
    talent: t,
    enterprises: e,
    platforms: p,
    query(filters: Filters, lastYear: number) {
      const [talent, enterprises, platforms] = [
        t.query(filters, lastYear),
        e.query(filters, lastYear),
        p.query(filters, lastYear),
      ]
      const kpis = {
        'talent-stock': talent.stock,
        'talent-inflow': talent.inflow,
        'enterprise-count': enterprises.count,
        'platform-count': platforms.count,
        'postdoc-count': platforms.postdocs,
      }
      return { kpis, talent, enterprises, platforms }
    },
  }
}

describe('the cubes', () => {
  const cubes = engine()

  it('rolls rows that share every dimension into one cell', () => {
    expect(cubes.talent.rowCount).toBe(5)
    expect(cubes.talent.cellCount).toBe(4)
    expect(talentCube.fromRows(cells, { rollup: false }).cellCount).toBe(5)
  })

  it('computes the SPEC §4 KPIs', () => {
    expect(cubes.query(f(), POOL_LAST_YEAR).kpis).toEqual({
      'talent-stock': 28,
      'talent-inflow': 6,
      'enterprise-count': 2,
      'platform-count': 2,
      'postdoc-count': 5,
    })
    expect(cubes.query(f({ year: { from: 2023, to: 2024 } }), POOL_LAST_YEAR).kpis['talent-inflow']).toBe(8)
  })

  it('lists meta keys first, in meta order, with zeros for keys without data', () => {
    const r = cubes.query(f(), POOL_LAST_YEAR)
    expect([...r.enterprises.bySegment.keys()]).toEqual(['a-1', 'a-2', 'a-0', 'b-1'])
    expect(r.enterprises.bySegment.get('a-0')).toEqual({ count: 0, outputValue: 0, talent: 0 })
    expect([...r.talent.byYear.keys()]).toEqual([2020, 2021, 2022, 2023, 2024])
  })

  it('groups ignore their own filter and apply the others', () => {
    const r = cubes.query(f({ district: ['d2'], talentType: 'p' }), POOL_LAST_YEAR)
    expect(r.talent.stock).toBe(7)
    expect(r.talent.byDistrict.get('d1')).toEqual({ stock: 20, inflow: 2, young: 20 })
    expect(r.talent.byDistrict.get('d2')).toEqual({ stock: 7, inflow: 3, young: 0 })
    expect(r.talent.byTalentType.get('q')).toEqual({ stock: 0, inflow: 0 })
    expect(r.talent.byYear.get(2024)).toEqual({ stock: 7, inflow: 3 })
    expect(r.enterprises.byDistrict.get('d1')?.count).toBe(1)
    expect(r.enterprises.byType).toEqual(
      new Map([
        ['t1', 0],
        ['t2', 1],
      ]),
    )
  })

  it('counts a firm under each of its types and sums output and talent', () => {
    const r = cubes.query(f({ entType: 't1' }), POOL_LAST_YEAR).enterprises
    expect(r.count).toBe(1)
    expect(r.byType).toEqual(
      new Map([
        ['t1', 1],
        ['t2', 2],
      ]),
    )
    expect(r.bySegment.get('a-1')).toEqual({ count: 1, outputValue: 1.5, talent: 5 })
    expect(r.byFounded).toEqual(
      new Map([
        [2020, 1],
        [2026, 0],
      ]),
    )
  })

  it('gives platforms by kind × level, ignoring the kind filter', () => {
    const r = cubes.query(f({ platformKind: 'k2', year: { from: 2019, to: 2019 } }), POOL_LAST_YEAR).platforms
    expect(r.count).toBe(1)
    expect(r.byKindLevel.get('k1')).toEqual(
      new Map([
        ['l1', 0],
        ['l2', 0],
      ]),
    )
    expect(r.byKindLevel.get('k2')).toEqual(
      new Map([
        ['l1', 0],
        ['l2', 1],
      ]),
    )
    expect(r.byFounded).toEqual(
      new Map([
        [2018, 1],
        [2020, 0],
      ]),
    )
  })

  it('returns the same object while the filters select the same cells', () => {
    const a = cubes.query(f({ district: ['d1'] }), POOL_LAST_YEAR)
    expect(cubes.query(f({ district: ['d1'], q: 'x' }), POOL_LAST_YEAR).talent).toBe(a.talent)
    expect(cubes.query(f({ district: ['d1'], segment: 'a-1' }), POOL_LAST_YEAR).talent).toBe(a.talent)
    expect(cubes.query(f({ district: ['d1'], segment: 'a-1' }), POOL_LAST_YEAR).enterprises).not.toBe(a.enterprises)
  })

  it('a new range end is a new talent result even when the same cells pass', () => {
    const t = talentCube.fromRows(cells, { meta: poolMeta })
    const a = t.query(f({ year: { from: 2020, to: 2024 } }), POOL_LAST_YEAR)
    const b = t.query(f({ year: { from: 2020, to: 2023 } }), POOL_LAST_YEAR)
    expect(b).not.toBe(a)
    expect(b.stock).toBe(4)
  })

  it('an unknown filter value selects nothing', () => {
    expect(cubes.query(f({ district: ['zz'] }), POOL_LAST_YEAR).kpis['talent-stock']).toBe(0)
  })

  it('gives the matching records without being handed them back, and their indices and mask', () => {
    const e = enterpriseCube.fromRows(firms, { meta: poolMeta })
    const sel = f({ district: ['d1'] })
    expect(e.matching(sel, POOL_LAST_YEAR).map((x) => x.types)).toEqual([['t1', 't2']])
    expect([...e.matchingIndices(sel, POOL_LAST_YEAR)]).toEqual([0])
    expect([...e.matchMask(sel, POOL_LAST_YEAR)]).toEqual([1, 0, 0])
    expect(e.matchMask(sel, POOL_LAST_YEAR)).toBe(e.matchMask(f({ district: ['d1'], q: 'x' }), POOL_LAST_YEAR))
    expect(e.matching(f(), POOL_LAST_YEAR)).toEqual([firms[0], firms[1]])
  })

  it('a cube built from columns without records has indices but no record list', () => {
    const { state } = platformCube.fromRows(platforms, { meta: poolMeta }).toTransferable()
    const p = platformCube.fromTransferable(state)
    expect([...p.matchingIndices(f(), POOL_LAST_YEAR)]).toEqual([0, 1])
    expect(() => p.matching(f(), POOL_LAST_YEAR)).toThrow(/without records/)
    expect(() => platformCube.fromTransferable(state, [platforms[0] as Platform])).toThrow(/1 records for 2/)
  })

  it('the record predicate applies the year rules as the cube does', () => {
    const inRange = talentCube.matcher(f({ year: { from: 2023, to: 2023 } }), POOL_LAST_YEAR)
    expect(cells.filter(inRange)).toEqual([cells[3]])
    const founded = enterpriseCube.matcher(f({ year: { from: 2019, to: 2025 } }), POOL_LAST_YEAR)
    expect(firms.filter(founded)).toHaveLength(2)
  })
})

describe('declarations', () => {
  const dim: DimSpec<{ k: string }> = { field: 'k', filter: 'chain', kind: 'exact' }

  it('a group naming an unknown dimension or measure fails at definition', () => {
    const spec = { name: 'x', dims: { k: dim }, measures: { n: {} } }
    expect(() => defineCube({ ...spec, groups: { g: { by: ['nope'], measures: ['n'] } } })).toThrow(/no dim nope/)
    expect(() => defineCube({ ...spec, groups: { g: { by: ['k'], measures: ['m'] } } })).toThrow(/no measure m/)
  })

  it('fail bits grow with the filter dimensions and refuse more than 32', () => {
    const col = (d: number) => Array.from({ length: d }, () => new Uint32Array(3))
    expect(new FailBits(col(8), [], 3).fails).toBeInstanceOf(Uint8Array)
    expect(new FailBits(col(9), [], 3).fails).toBeInstanceOf(Uint16Array)
    expect(new FailBits(col(32), [], 3).fails).toBeInstanceOf(Uint32Array)
    expect(() => new FailBits(col(33), [], 3)).toThrow(RangeError)
    const dims = Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`d${i}`, dim]))
    expect(() => defineCube({ name: 'x', dims, measures: {}, groups: {} })).toThrow(/at most 32/)
  })

  it('the 32nd filter dimension still filters', () => {
    const dims = Object.fromEntries(
      Array.from({ length: 32 }, (_, i): [string, DimSpec<{ k: string }>] => [
        `d${i}`,
        i === 31 ? dim : { field: 'k', filter: 'segment', kind: 'exact' },
      ]),
    )
    const cube = defineCube<{ k: string }, { n: number; byK: Map<string, number> }>({
      name: 'wide',
      dims,
      measures: { n: {} },
      groups: { total: { by: [], measures: ['n'] }, byK: { by: ['d31'], measures: ['n'] } },
    }).fromRows([{ k: 'a' }, { k: 'b' }])
    const r = cube.query(f({ chain: 'a' }), POOL_LAST_YEAR)
    expect(r.n).toBe(1)
    expect(r.byK).toEqual(
      new Map([
        ['a', 1],
        ['b', 1],
      ]),
    )
  })
})

describe('foundedGrowth', () => {
  it('gives per-year and cumulative counts, earlier years folded into the first', () => {
    const by = new Map([
      [2015, 2],
      [2020, 1],
      [2022, 3],
      [2030, 9],
    ])
    expect(foundedGrowth(by, [2020, 2021, 2022])).toEqual([
      { year: 2020, founded: 1, cumulative: 3 },
      { year: 2021, founded: 0, cumulative: 3 },
      { year: 2022, founded: 3, cumulative: 6 },
    ])
    expect(foundedGrowth(by, [])).toEqual([])
  })
})
