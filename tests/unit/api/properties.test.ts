import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateDataset, type LoadResult } from '../../../src/api/load.ts'
import { DATASET_NAMES, type DatasetName } from '../../../src/domain/types.ts'
import { validCell, validEnterprise, validMeta, validPlatform } from '../fixtures'

const KINDS = ['http', 'timeout', 'network', 'parse', 'shape']

function assertWellFormed(name: DatasetName, result: LoadResult<DatasetName>): void {
  if (result.ok) {
    expect(result.dropped.total).toBe(Object.values(result.dropped.byReason).reduce((a, b) => a + b, 0))
    expect(result.dropped.examples.length).toBeLessThanOrEqual(5)
  } else {
    expect(result.error.dataset).toBe(name)
    expect(KINDS).toContain(result.error.kind)
    expect(typeof result.error.message).toBe('string')
    // validateDataset turns an internal exception into a shape error; none may happen.
    expect(result.error.message).not.toMatch(/^validation failed/)
  }
}

const wild = fc.anything({
  withBoxedValues: true,
  withNullPrototype: true,
  withSparseArray: true,
  withDate: true,
  withMap: true,
})

/** Top levels that pass the shape check, so the per-record path sees the wild values. */
const nearShape = fc.oneof(
  fc.record({ cells: fc.array(wild), demand: fc.array(wild), sources: fc.array(wild) }),
  fc.record({
    items: fc.array(
      fc.oneof(wild, fc.dictionary(fc.constantFrom('id', 'name', 'lon', 'talent', 'types', 'partners', 'phone'), wild)),
    ),
  }),
  fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(wild) }),
  fc.dictionary(fc.constantFrom(...Object.keys(validMeta())), wild).map((d) => ({ ...validMeta(), ...d })),
)

describe('validateDataset on arbitrary input', () => {
  it('never throws and always returns data with a report or a typed error', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATASET_NAMES), fc.oneof(wild, nearShape), (name, raw) => {
        assertWellFormed(name, validateDataset(name, raw))
      }),
      { numRuns: 1000 },
    )
  }, 30_000)

  it('rejects every non-object top level as a shape error', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DATASET_NAMES),
        fc.oneof(fc.constant(null), fc.array(wild), fc.string(), fc.double()),
        (name, raw) => {
          const result = validateDataset(name, raw)
          expect(result.ok ? 'ok' : result.error.kind).toBe('shape')
        },
      ),
    )
  })
})

/** Records of both kinds, good and bad, with ids from a small pool so duplicates occur. */
const mixedItems = fc
  .array(
    fc.tuple(
      fc.integer({ min: 0, max: 6 }),
      fc.constantFrom('good', 'nan', 'negative', 'far', 'personal', 'long', 'missing'),
    ),
    { maxLength: 40 },
  )
  .map((specs) =>
    specs.map(([i, kind]) => {
      const e: Record<string, unknown> = { ...validEnterprise(i) }
      if (kind === 'nan') e.outputValue = Number.NaN
      if (kind === 'negative') e.employees = -4
      if (kind === 'far') e.lat = 40
      if (kind === 'personal') e.mobile = '13800000000'
      if (kind === 'long') e.name = 'n'.repeat(300)
      if (kind === 'missing') delete e.segment
      return e
    }),
  )

function permuted<T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return arb.chain((list) =>
    fc
      .shuffledSubarray(list, { minLength: list.length, maxLength: list.length })
      .map((shuffled) => [list, shuffled] as [T[], T[]]),
  )
}

describe('dropping does not depend on record order', () => {
  it('gives the same counts by reason and keeps as many enterprises', () => {
    fc.assert(
      fc.property(permuted(mixedItems), ([items, shuffled]) => {
        const a = validateDataset('enterprises', { items })
        const b = validateDataset('enterprises', { items: shuffled })
        if (!a.ok || !b.ok) throw new Error('unexpected shape failure')
        expect(b.dropped.byReason).toEqual(a.dropped.byReason)
        expect(b.dropped.total).toBe(a.dropped.total)
        expect(new Set(b.data.items.map((e) => e.id))).toEqual(new Set(a.data.items.map((e) => e.id)))
        expect(a.data.items.length + a.dropped.total).toBe(items.length)
      }),
      { numRuns: 300 },
    )
  }, 30_000)

  it('gives the same counts for talent cells and platforms', () => {
    const cells = fc.array(
      fc.oneof(
        fc.constant(validCell()),
        fc.constant({ ...validCell(), stock: -1 }),
        fc.constant({ ...validCell(), year: 1e9 }),
        wild,
      ),
      { maxLength: 30 },
    )
    const plats = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 4 }).map((i) => validPlatform(i)),
        wild,
      ),
      { maxLength: 30 },
    )
    fc.assert(
      fc.property(permuted(cells), permuted(plats), ([c1, c2], [p1, p2]) => {
        const t1 = validateDataset('talent', { cells: c1, demand: [], sources: [] })
        const t2 = validateDataset('talent', { cells: c2, demand: [], sources: [] })
        const q1 = validateDataset('platforms', { items: p1 })
        const q2 = validateDataset('platforms', { items: p2 })
        expect(t1.ok && t2.ok && t2.dropped.byReason).toEqual(t1.ok && t1.dropped.byReason)
        expect(q1.ok && q2.ok && q2.dropped.byReason).toEqual(q1.ok && q1.dropped.byReason)
      }),
      { numRuns: 300 },
    )
  }, 30_000)
})
