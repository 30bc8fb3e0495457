import { describe, expect, it } from 'vitest'
import { createEngine, foundedGrowth } from '../../../src/domain/engine'
import type { Enterprise, Platform, TalentCell } from '../../../src/domain/types'
import { f, LAST_YEAR, meta } from './arbitraries'

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

describe('createEngine', () => {
  const engine = createEngine({ meta, talent: cells, enterprises: firms, platforms })

  it('rolls rows that share every dimension into one cell', () => {
    expect(engine.talent?.rows).toBe(5)
    expect(engine.talent?.cells.n).toBe(4)
    expect(createEngine({ talent: cells, rollup: false }).talent?.cells.n).toBe(5)
  })

  it('computes the SPEC §4 KPIs', () => {
    expect(engine.query(f(), LAST_YEAR).kpis).toEqual({
      'talent-stock': 28,
      'talent-inflow': 6,
      'enterprise-count': 2,
      'platform-count': 2,
      'postdoc-count': 5,
    })
    expect(engine.query(f({ year: { from: 2023, to: 2024 } }), LAST_YEAR).kpis['talent-inflow']).toBe(8)
  })

  it('lists meta keys first, in meta order, with zeros for keys without data', () => {
    const r = engine.query(f(), LAST_YEAR)
    expect([...r.enterprises!.bySegment.keys()]).toEqual(['a-1', 'a-2', 'a-0', 'b-1'])
    expect(r.enterprises!.bySegment.get('a-0')).toEqual({ count: 0, outputValue: 0, talent: 0 })
    expect([...r.talent!.byYear.keys()]).toEqual([2020, 2021, 2022, 2023, 2024])
  })

  it('groups ignore their own filter and apply the others', () => {
    const r = engine.query(f({ district: ['d2'], talentType: 'p' }), LAST_YEAR)
    expect(r.talent!.stock).toBe(7)
    expect(r.talent!.byDistrict.get('d1')).toEqual({ stock: 20, inflow: 2, young: 20 })
    expect(r.talent!.byDistrict.get('d2')).toEqual({ stock: 7, inflow: 3, young: 0 })
    expect(r.talent!.byTalentType.get('q')).toEqual({ stock: 0, inflow: 0 })
    expect(r.talent!.byYear.get(2024)).toEqual({ stock: 7, inflow: 3 })
    expect(r.enterprises!.byDistrict.get('d1')?.count).toBe(1)
    expect(r.enterprises!.byType).toEqual(
      new Map([
        ['t1', 0],
        ['t2', 1],
      ]),
    )
  })

  it('counts a firm under each of its types and sums output and talent', () => {
    const r = engine.query(f({ entType: 't1' }), LAST_YEAR).enterprises!
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
    const r = engine.query(f({ platformKind: 'k2', year: { from: 2019, to: 2019 } }), LAST_YEAR).platforms!
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
    const a = engine.query(f({ district: ['d1'] }), LAST_YEAR)
    expect(engine.query(f({ district: ['d1'], q: 'x' }), LAST_YEAR).talent).toBe(a.talent)
    expect(engine.query(f({ district: ['d1'], segment: 'a-1' }), LAST_YEAR).talent).toBe(a.talent)
    expect(engine.query(f({ district: ['d1'], segment: 'a-1' }), LAST_YEAR).enterprises).not.toBe(a.enterprises)
  })

  it('an unknown filter value selects nothing', () => {
    expect(engine.query(f({ district: ['zz'] }), LAST_YEAR).kpis['talent-stock']).toBe(0)
  })

  it('leaves missing datasets null', () => {
    const r = createEngine({ platforms }).query(f(), LAST_YEAR)
    expect(r.talent).toBeNull()
    expect(r.kpis['talent-stock']).toBeNull()
    expect(r.kpis['platform-count']).toBe(2)
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
