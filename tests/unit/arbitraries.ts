import fc from 'fast-check'
import { emptyFilters, type Filters } from '../../src/domain/filters'
import type {
  Boundaries,
  DemandRow,
  Enterprise,
  Meta,
  Platform,
  TalentCell,
  TalentSourceRow,
} from '../../src/domain/types'

/**
 * Every fast-check arbitrary of the unit tests, in three sets: records of the contract's shape from
 * small id pools or any value (domain and URL properties), the engine's tiny pools (`pool…`: ids that
 * only the data or only a filter knows, checked against the naive reference), and edge values with
 * the record mutator (schema properties).
 */

// --- Records of the contract's shape ---------------------------------------------------------------

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

// --- The engine's pools ----------------------------------------------------------------------------

/** Small pools, plus ids that only the data (`d9`) or only a filter (`dz`, `zz`) knows. */
const POOL_DISTRICTS = ['d1', 'd2', 'd3', 'd9']
const POOL_CHAINS = ['a', 'b']
const POOL_SEGMENTS = ['a-1', 'a-2', 'b-1']
const POOL_TYPES = ['t1', 't2', 't3']
const POOL_KINDS = ['k1', 'k2', 'k3']
const POOL_LEVELS = ['l1', 'l2']

export const POOL_LAST_YEAR = 2024

export const poolMeta: Meta = {
  city: { name: 'c', adcode: '0' },
  dataVersion: 't',
  asOf: '2024-12-31',
  isSample: true,
  sources: [],
  districts: [
    { adcode: 'd1', name: '1' },
    { adcode: 'd2', name: '2' },
    { adcode: 'd3', name: '3' },
  ],
  chains: [
    {
      id: 'a',
      name: 'A',
      nameEn: 'A',
      segments: [
        { id: 'a-1', name: '1', nameEn: '1', stage: 'upstream' },
        { id: 'a-2', name: '2', nameEn: '2', stage: 'midstream' },
        { id: 'a-0', name: '0', nameEn: '0', stage: 'downstream' },
      ],
    },
    { id: 'b', name: 'B', nameEn: 'B', segments: [{ id: 'b-1', name: '1', nameEn: '1', stage: 'upstream' }] },
  ],
  years: [2020, 2021, 2022, 2023, 2024],
  talentTypes: [
    { id: 'p', name: 'p' },
    { id: 'q', name: 'q' },
  ],
  educations: [
    { id: 'doc', name: 'doc' },
    { id: 'bac', name: 'bac' },
  ],
  ageBands: [
    { id: 'y', name: 'y', young: true },
    { id: 'o', name: 'o', young: false },
  ],
  enterpriseTypes: POOL_TYPES.slice(0, 2).map((id) => ({ id, name: id })),
  platformKinds: POOL_KINDS.slice(0, 2).map((id) => ({ id, name: id })),
  platformLevels: POOL_LEVELS.map((id) => ({ id, name: id })),
}

const poolYear = fc.integer({ min: 2018, max: 2025 })
const poolCount = fc.integer({ min: 0, max: 50 })

export const poolCellArb: fc.Arbitrary<TalentCell> = fc.record({
  district: pick(POOL_DISTRICTS),
  chain: pick([...POOL_CHAINS, null]),
  talentType: pick(['p', 'q', 'r']),
  education: pick(['doc', 'bac', 'mas']),
  ageBand: pick(['y', 'o', 'z']),
  year: poolYear,
  stock: poolCount,
  inflow: poolCount,
})

export const poolFirmArb: fc.Arbitrary<Enterprise> = fc
  .record({
    district: pick(POOL_DISTRICTS),
    segment: pick(POOL_SEGMENTS),
    types: fc.subarray(POOL_TYPES),
    outputValue: fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100),
    total: poolCount,
    founded: fc.integer({ min: 2010, max: 2026 }),
    n: fc.nat(),
  })
  .map(({ total, segment, n, ...r }) => ({
    ...r,
    segment,
    chain: segment.slice(0, 1),
    id: `E${n}`,
    name: `firm ${n}`,
    lon: 117,
    lat: 34.8,
    employees: 10,
    talent: { total, doctor: 0, master: 0, bachelor: 0, introduced: 0 },
  }))

export const poolPlatformArb: fc.Arbitrary<Platform> = fc
  .record({
    district: pick(POOL_DISTRICTS),
    chain: pick([...POOL_CHAINS, null]),
    kind: pick(POOL_KINDS),
    level: pick(POOL_LEVELS),
    founded: fc.integer({ min: 2010, max: 2026 }),
    postdocs: fc.integer({ min: 0, max: 9 }),
    n: fc.nat(),
  })
  .map(({ n, ...r }) => ({
    ...r,
    id: `P${n}`,
    name: `p ${n}`,
    lon: 117,
    lat: 34.8,
    host: null,
    researchers: 1,
    partners: [],
  }))

export const poolDataArb = fc.record({
  cells: fc.array(poolCellArb, { maxLength: 80 }),
  firms: fc.array(poolFirmArb, { maxLength: 60 }),
  platforms: fc.array(poolPlatformArb, { maxLength: 40 }),
})

export type PoolData = typeof poolDataArb extends fc.Arbitrary<infer T> ? T : never

export const poolFiltersArb: fc.Arbitrary<Filters> = fc.record({
  district: fc.subarray(['d1', 'd2', 'd3', 'd9', 'dz']),
  chain: orNull(pick([...POOL_CHAINS, 'zz'])),
  segment: orNull(pick([...POOL_SEGMENTS, 'a-0'])),
  year: orNull(fc.record({ from: fc.integer({ min: 2017, max: 2026 }), to: fc.integer({ min: 2017, max: 2026 }) })),
  talentType: orNull(pick(['p', 'q', 'r', 'x'])),
  education: orNull(pick(['doc', 'bac', 'mas'])),
  entType: orNull(pick([...POOL_TYPES, 'tx'])),
  platformKind: orNull(pick([...POOL_KINDS, 'kx'])),
  q: fc.constant(''),
})

// --- Edge values and broken records ----------------------------------------------------------------

/** Values on and past every boundary the record rules draw, plus hostile and odd strings. */
export const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    Infinity,
    -Infinity,
    -1,
    -0,
    0,
    0.5,
    1.5,
    2 ** 53,
    -(2 ** 53),
    1e308,
    1899,
    1900,
    2100,
    2101,
    115.9,
    115.999,
    116,
    119,
    119.001,
    119.1,
    33.9,
    33.99,
    34,
    36,
    36.01,
    36.1,
    '',
    'a',
    'NaN',
    '2024',
    'x'.repeat(64),
    'x'.repeat(65),
    'x'.repeat(200),
    'x'.repeat(201),
    'x'.repeat(100_001),
    '<img src=x onerror="window.__xss=1">',
    '\ud800\u202e👩‍👩‍👧',
    [],
    [null],
    [''],
    ['a'],
    ['a', 5],
    {},
    {
      type: 'Polygon',
      coordinates: [
        [
          [117, 34.5],
          [117.1, 34.5],
          [117.1, 34.6],
          [117, 34.5],
        ],
      ],
    },
    [
      [
        [117, 34.5],
        [117.1, 34.5],
      ],
    ],
    [
      [
        ['117', 'x'],
        [117.1, 34.5],
        [117.1, 34.6],
        [117, 34.5],
      ],
    ],
    true,
  ),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.integer(),
  // Lists around the 50 partners a platform keeps.
  fc.array(fc.oneof(fc.string({ maxLength: 70 }), fc.integer()), { maxLength: 60 }),
)

/**
 * Edits a path (`a` or `a.b`) of a record: set it, delete it, add a person-identifying / unknown key, or
 * put the record's keys in reverse order (valid records whose keys are not in the contract's order).
 */
type Edit = [path: string, value: unknown, kind: 'set' | 'delete' | 'personal' | 'unknown' | 'reorder']

function apply(rec: Record<string, unknown>, [path, value, kind]: Edit): void {
  if (kind === 'reorder') {
    const target = path ? rec[path] : rec
    if (typeof target !== 'object' || target === null || Array.isArray(target) || Object.isFrozen(target)) return
    const entries = Object.entries(target).reverse()
    for (const [k] of entries) Reflect.deleteProperty(target, k)
    for (const [k, v] of entries) Reflect.set(target, k, v)
    return
  }
  if (kind === 'personal') return void (rec[String(value)] = '13800000000')
  if (kind === 'unknown') return void (rec[`extra_${String(path)}`] = value)
  const keys = path.split('.')
  const last = keys.pop()!
  let target: unknown = rec
  for (const k of keys)
    target = typeof target === 'object' && target !== null ? (target as Record<string, unknown>)[k] : undefined
  if (typeof target !== 'object' || target === null) return
  if (kind === 'delete') Reflect.deleteProperty(target, last)
  else Reflect.set(target, last, value)
}

/** A valid record (from `base`) with up to three fields broken, deleted, or a key added. */
export function mutated(
  base: () => Record<string, unknown>,
  nested: readonly string[] = [
    'talent.total',
    'talent.doctor',
    'talent.introduced',
    'types.0',
    'partners.0',
    'partners.1',
  ],
): fc.Arbitrary<Record<string, unknown>> {
  const paths = [...Object.keys(base()), ...nested]
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...paths), edgeValue, fc.constant('set' as const)) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...paths), fc.constant(null), fc.constant('delete' as const)) },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.constant(''),
        fc.constantFrom('phone', 'Mobile', 'id_card', '姓名', 'e-mail'),
        fc.constant('personal' as const),
      ),
    },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...paths), edgeValue, fc.constant('unknown' as const)) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom('', ...paths), fc.constant(null), fc.constant('reorder' as const)),
    },
  )
  return fc.array(edit, { maxLength: 3 }).map((edits) => {
    const rec = structuredClone(base())
    for (const e of edits) apply(rec, e)
    return rec
  })
}
