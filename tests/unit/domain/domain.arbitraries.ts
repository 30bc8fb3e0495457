import fc from 'fast-check'
import { emptyFilters, type Filters } from '../../../src/domain/filters'
import type {
  Boundaries,
  DemandRow,
  Enterprise,
  Meta,
  Platform,
  TalentCell,
  TalentSourceRow,
} from '../../../src/domain/types'

/**
 * Records of the right shape with arbitrary values: ids from small pools (so filters hit) or any string,
 * counts as integers (sums stay exact, so order invariance can be asserted with toEqual), and, for the
 * never-throws properties, `wildNumber` with NaN, ±Infinity, -0 and huge values.
 */
const DISTRICTS = ['370402', '370403', '370481', '999999']
const CHAINS = ['lithium', 'chemical', 'nope']
const SEGMENTS = ['lithium-cathode', 'lithium-cell', 'chemical-fine', 'ghost']
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs)
/** A pool id or any non-empty string (ids are never empty: the schemas and parseQuery refuse ''). */
const idOr = (pool: readonly string[]) =>
  fc.oneof({ weight: 4, arbitrary: pick(pool) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) })
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  pick(['锂电', '<img src=x onerror=alert(1)>', '\ud800', '', ' a  b ', 'Ａ']),
)

export const wildNumber = fc.oneof(
  fc.integer({ min: -5, max: 200 }),
  fc.double(),
  pick([Number.NaN, Infinity, -Infinity, -0, 1e308, 2 ** 53]),
)
const count = fc.integer({ min: 0, max: 500 })
const year = fc.integer({ min: 2016, max: 2026 })

export interface NumberArbs {
  count: fc.Arbitrary<number>
  year: fc.Arbitrary<number>
  coord: fc.Arbitrary<number>
}
export const EXACT: NumberArbs = { count, year, coord: fc.double({ min: 116, max: 119, noNaN: true }) }
export const WILD: NumberArbs = { count: wildNumber, year: fc.oneof(year, wildNumber), coord: wildNumber }

export const cellArb = (n: NumberArbs = EXACT): fc.Arbitrary<TalentCell> =>
  fc.record({
    district: idOr(DISTRICTS),
    chain: fc.option(idOr(CHAINS), { nil: null }),
    talentType: idOr(['professional', 'high-skilled']),
    education: idOr(['doctor', 'bachelor']),
    ageBand: idOr(['u35', 'o35']),
    year: n.year,
    stock: n.count,
    inflow: n.count,
  })

export const demandArb = (n: NumberArbs = EXACT): fc.Arbitrary<DemandRow> =>
  fc.record({
    district: idOr(DISTRICTS),
    chain: idOr(CHAINS),
    segment: idOr(SEGMENTS),
    year: n.year,
    demand: n.count,
    supply: n.count,
  })

export const sourceArb = (n: NumberArbs = EXACT): fc.Arbitrary<TalentSourceRow> =>
  fc.record({
    year: n.year,
    chain: fc.option(idOr(CHAINS), { nil: null }),
    source: text,
    sourceType: idOr(['university', 'city']),
    introduced: n.count,
  })

export const firmArb = (n: NumberArbs = EXACT): fc.Arbitrary<Enterprise> =>
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    name: text,
    district: idOr(DISTRICTS),
    lon: n.coord,
    lat: n.coord,
    chain: idOr(CHAINS),
    segment: idOr(SEGMENTS),
    types: fc.subarray(['specialized', 'champion', 'x']),
    employees: n.count,
    talent: fc.record({ total: n.count, doctor: n.count, master: n.count, bachelor: n.count, introduced: n.count }),
    outputValue: n.count,
    founded: n.year,
  })

export const platformArb = (n: NumberArbs = EXACT): fc.Arbitrary<Platform> =>
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    name: text,
    kind: idOr(['postdoc-base', 'key-lab']),
    level: idOr(['national', 'provincial']),
    district: idOr(DISTRICTS),
    lon: n.coord,
    lat: n.coord,
    chain: fc.option(idOr(CHAINS), { nil: null }),
    host: fc.option(text, { nil: null }),
    founded: n.year,
    researchers: n.count,
    postdocs: n.count,
    partners: fc.array(text, { maxLength: 4 }),
  })

const named = (ids: readonly string[]) => fc.subarray([...ids]).map((xs) => xs.map((id) => ({ id, name: id })))

export const metaArb: fc.Arbitrary<Meta> = fc
  .record({
    districts: fc.subarray(DISTRICTS.slice(0, 3)).map((xs) => xs.map((adcode) => ({ adcode, name: adcode }))),
    years: fc.uniqueArray(year, { maxLength: 6 }),
    lithium: fc.subarray(['lithium-cathode', 'lithium-cell']),
    talentTypes: named(['professional', 'high-skilled']),
    educations: named(['doctor', 'bachelor']),
    ageBands: fc.subarray(['u35', 'o35']).map((xs) => xs.map((id) => ({ id, name: id, young: id === 'u35' }))),
    enterpriseTypes: named(['specialized', 'champion']),
    platformKinds: named(['postdoc-base', 'key-lab']),
    platformLevels: named(['national', 'provincial']),
  })
  .map(({ lithium, ...m }) => ({
    ...m,
    city: { name: '枣庄市', adcode: '370400' },
    dataVersion: 't',
    asOf: '2024-12-31',
    isSample: true,
    sources: [],
    chains: [
      {
        id: 'lithium',
        name: '锂电',
        nameEn: 'Li',
        segments: lithium.map((id) => ({ id, name: id, nameEn: id, stage: 'midstream' as const })),
      },
      {
        id: 'chemical',
        name: '化工',
        nameEn: 'Chem',
        segments: [{ id: 'chemical-fine', name: 'f', nameEn: 'f', stage: 'upstream' as const }],
      },
    ],
  }))

/** Two squares: 370402 around (117.55, 34.85), 370481 around (117.15, 35.05); 370403 has no polygon. */
export const BOUNDARIES: Boundaries = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { adcode: '370402', name: 'a' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [117.4, 34.7],
            [117.7, 34.7],
            [117.7, 35],
            [117.4, 35],
            [117.4, 34.7],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      properties: { adcode: '370481', name: 'b' },
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [117, 34.9],
              [117.3, 34.9],
              [117.3, 35.2],
              [117, 35.2],
              [117, 34.9],
            ],
          ],
        ],
      },
    },
  ],
}

const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 2 })

export const filtersArb: fc.Arbitrary<Filters> = fc.record({
  district: fc.subarray([...DISTRICTS, 'zz']),
  chain: orNull(idOr(CHAINS)),
  segment: orNull(idOr(SEGMENTS)),
  year: orNull(fc.tuple(year, year).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }))),
  talentType: orNull(idOr(['professional', 'high-skilled'])),
  education: orNull(idOr(['doctor', 'bachelor'])),
  entType: orNull(idOr(['specialized', 'champion'])),
  platformKind: orNull(idOr(['postdoc-base', 'key-lab'])),
  q: fc.oneof(fc.constant(''), text),
})

/** Filters that set only some keys (the rest empty), for composing two filter sets. */
export const partialFiltersArb: fc.Arbitrary<Filters> = fc
  .tuple(
    filtersArb,
    fc.subarray(['district', 'chain', 'segment', 'talentType', 'education', 'entType', 'platformKind'] as const),
  )
  .map(([f, keys]) => {
    const out = emptyFilters()
    for (const k of keys) Object.assign(out, { [k]: f[k] })
    return out
  })

/** A list and the same list in another order. */
export function withShuffle<T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return arb.chain((list) =>
    fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }).map((s) => [list, s] as [T[], T[]]),
  )
}
