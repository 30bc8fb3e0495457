import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyReport } from '../../../src/api/schemas/common.ts'
import { recordChecks, validateRecords } from '../../../src/api/schemas/records.ts'
import { cell, demandRow, enterprise, platform, sourceRow } from './fixtures.ts'

/** Values chosen to sit on every boundary the record rules draw. */
const edgy = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    Infinity,
    -Infinity,
    -1,
    -0,
    0,
    1.5,
    2 ** 53,
    -(2 ** 53),
    1899,
    1900,
    2100,
    2101,
    115.999,
    116,
    119,
    119.001,
    33.99,
    34,
    36,
    36.01,
    '',
    'a',
    'x'.repeat(64),
    'x'.repeat(65),
    'x'.repeat(200),
    'x'.repeat(201),
    '<script>alert(1)</script>',
    [],
    ['a'],
    ['a', 5],
    [''],
    {},
    true,
    '2024',
  ),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.array(fc.oneof(fc.string({ maxLength: 70 }), fc.integer()), { maxLength: 60 }),
  fc.anything({ withBoxedValues: true, withNullPrototype: true, withSparseArray: true, withDate: true }),
)

/** A valid record with some fields replaced by edge values or deleted, nested objects included. */
function mutated(base: () => Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(base())
  return fc
    .array(
      fc.tuple(fc.constantFrom(...keys, 'talent.total', 'talent.doctor', 'types.0', 'partners.1'), edgy, fc.boolean()),
      {
        maxLength: 3,
      },
    )
    .map((edits) => {
      const rec = structuredClone(base())
      for (const [path, value, remove] of edits) {
        const [head, tail] = path.split('.') as [string, string | undefined]
        const target = tail === undefined ? rec : rec[head]
        const key = tail ?? head
        if (typeof target !== 'object' || target === null) continue
        // Reflect: the target may be a frozen or boxed value an earlier edit put there.
        if (remove) Reflect.deleteProperty(target, key)
        else Reflect.set(target, key, value)
      }
      return rec
    })
}

const anyRecord = fc.dictionary(fc.string(), fc.anything(), { maxKeys: 6 })

const pairs = [
  ['talent cells', recordChecks.zod.cells, recordChecks.fast.cells, () => ({ ...cell() })],
  ['talent cells (null chain)', recordChecks.zod.cells, recordChecks.fast.cells, () => ({ ...cell({ chain: null }) })],
  ['talent demand', recordChecks.zod.demand, recordChecks.fast.demand, () => ({ ...demandRow() })],
  ['talent sources', recordChecks.zod.sources, recordChecks.fast.sources, () => ({ ...sourceRow() })],
  ['enterprises', recordChecks.zod.enterprises, recordChecks.fast.enterprises, () => ({ ...enterprise() })],
  ['platforms', recordChecks.zod.platforms, recordChecks.fast.platforms, () => ({ ...platform() })],
] as const

describe('hand-rolled checks agree with the zod schemas', () => {
  it.each(pairs)(
    '%s: same verdict, reason, field and value',
    (_name, zodCheck, fastCheck, base) => {
      fc.assert(
        fc.property(fc.oneof({ weight: 4, arbitrary: mutated(base) }, { weight: 1, arbitrary: anyRecord }), (rec) => {
          expect(fastCheck(rec)).toEqual(zodCheck(rec))
        }),
        { numRuns: 1500 },
      )
    },
    30_000,
  )

  it('agree on a bulk array, dropped counts included', () => {
    const cells = fc.sample(
      mutated(() => ({ ...cell() })),
      { numRuns: 5000, seed: 7 },
    )
    const body = { cells, demand: [], sources: [] }
    const fastReport = emptyReport()
    const zodReport = emptyReport()
    const fast = validateRecords('talent', body, fastReport, { engine: 'fast' })
    const slow = validateRecords('talent', body, zodReport, { engine: 'zod' })
    expect(fast).toEqual(slow)
    expect(fastReport).toEqual(zodReport)
    expect(fastReport.total).toBeGreaterThan(1000)
    expect(fast.ok && fast.data.cells.length).toBeGreaterThan(500)
  }, 30_000)
})
