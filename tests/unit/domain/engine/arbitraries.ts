import fc from 'fast-check'
import { emptyFilters, type Filters } from '../../../../src/domain/filters'
import type { Enterprise, Meta, Platform, TalentCell } from '../../../../src/domain/types'

/** Small pools, plus ids that only the data (`d9`) or only a filter (`dz`, `zz`) knows. */
const DISTRICTS = ['d1', 'd2', 'd3', 'd9']
const CHAINS = ['a', 'b']
const SEGMENTS = ['a-1', 'a-2', 'b-1']
const TYPES = ['t1', 't2', 't3']
const KINDS = ['k1', 'k2', 'k3']
const LEVELS = ['l1', 'l2']

export const LAST_YEAR = 2024

export const meta: Meta = {
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
  enterpriseTypes: TYPES.slice(0, 2).map((id) => ({ id, name: id })),
  platformKinds: KINDS.slice(0, 2).map((id) => ({ id, name: id })),
  platformLevels: LEVELS.map((id) => ({ id, name: id })),
}

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs)
const year = fc.integer({ min: 2018, max: 2025 })
const small = fc.integer({ min: 0, max: 50 })

export const cellArb: fc.Arbitrary<TalentCell> = fc.record({
  district: pick(DISTRICTS),
  chain: pick([...CHAINS, null]),
  talentType: pick(['p', 'q', 'r']),
  education: pick(['doc', 'bac', 'mas']),
  ageBand: pick(['y', 'o', 'z']),
  year,
  stock: small,
  inflow: small,
})

export const firmArb: fc.Arbitrary<Enterprise> = fc
  .record({
    district: pick(DISTRICTS),
    segment: pick(SEGMENTS),
    types: fc.subarray(TYPES),
    outputValue: fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100),
    total: small,
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

export const platformArb: fc.Arbitrary<Platform> = fc
  .record({
    district: pick(DISTRICTS),
    chain: pick([...CHAINS, null]),
    kind: pick(KINDS),
    level: pick(LEVELS),
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

export const dataArb = fc.record({
  cells: fc.array(cellArb, { maxLength: 80 }),
  firms: fc.array(firmArb, { maxLength: 60 }),
  platforms: fc.array(platformArb, { maxLength: 40 }),
})

export type Data = typeof dataArb extends fc.Arbitrary<infer T> ? T : never

const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 2 })

export const filtersArb: fc.Arbitrary<Filters> = fc.record({
  district: fc.subarray(['d1', 'd2', 'd3', 'd9', 'dz']),
  chain: orNull(pick([...CHAINS, 'zz'])),
  segment: orNull(pick([...SEGMENTS, 'a-0'])),
  year: orNull(fc.record({ from: fc.integer({ min: 2017, max: 2026 }), to: fc.integer({ min: 2017, max: 2026 }) })),
  talentType: orNull(pick(['p', 'q', 'r', 'x'])),
  education: orNull(pick(['doc', 'bac', 'mas'])),
  entType: orNull(pick([...TYPES, 'tx'])),
  platformKind: orNull(pick([...KINDS, 'kx'])),
  q: fc.constant(''),
})

export const f = (p: Partial<Filters> = {}): Filters => ({ ...emptyFilters(), ...p })
