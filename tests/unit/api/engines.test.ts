import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyReport } from '../../../src/api/schemas/common.ts'
import { count, idString, nameString, year, zodCheck } from '../../../src/api/schemas/zodParts.ts'
import { fieldCheck } from '../../../src/api/schemas/fast.ts'
import { fastRecordChecks, validateRecords } from '../../../src/api/schemas/records.ts'
import { lat, lon, nonNegative, zodRecordChecks } from './recordsZod.ts'
import * as z from 'zod'
import { RECORD_RULES, type FieldRule, type RuleKind } from '../../../src/domain/recordRules.ts'
import { edgeValue, mutated } from '../arbitraries'
import { validCell, validDemandRow, validEnterprise, validPlatform, validSourceRow } from '../fixtures'

/** zod's schema for each rule kind (a Record, so a new kind fails to compile until it has one). */
const KIND_SCHEMAS: Record<RuleKind, z.core.$ZodType> = {
  id: idString,
  name: nameString,
  count,
  year,
  lon,
  lat,
  nonNegative,
  idList: z.array(idString),
  nameList: z.array(nameString),
  object: z.object({ a: count, b: z.nullable(idString) }),
}
const OBJECT_FIELDS: FieldRule[] = [
  { field: 'a', rule: 'count' },
  { field: 'b', rule: 'id', nullable: true },
]

function rulesUsed(fields: readonly FieldRule[]): string[] {
  return fields.flatMap((f) => [f.rule, ...(f.nullable ? [`${f.rule}?`] : []), ...rulesUsed(f.fields ?? [])])
}

describe('each rule kind agrees with its zod schema', () => {
  const kinds = Object.keys(KIND_SCHEMAS) as RuleKind[]
  // Numbers on either side of every limit, down to the next representable double.
  const nearLimit = fc
    .constantFrom(0, 116, 119, 34, 36, 1900, 2100, Number.MAX_SAFE_INTEGER)
    .chain((limit) =>
      fc.oneof(
        fc.double({ min: limit - 0.01, max: limit + 0.01, noNaN: true }),
        fc.constantFrom(limit * (1 + Number.EPSILON), limit * (1 - Number.EPSILON), limit + 1, limit - 1),
      ),
    )
  const value = fc.oneof(
    edgeValue,
    nearLimit,
    fc.anything(),
    fc.record({ a: fc.oneof(edgeValue, nearLimit), b: edgeValue }, { requiredKeys: [] }),
  )

  it.each(kinds.flatMap((kind) => [[kind, false] as const, [kind, true] as const]))(
    '%s (nullable: %s): same reason and path for any value',
    (kind, nullable) => {
      const rule: FieldRule = { field: 'x', rule: kind, ...(nullable && { nullable: true }) }
      if (kind === 'object') Object.assign(rule, { fields: OBJECT_FIELDS })
      const check = fieldCheck(rule)
      const reference = zodCheck(z.object({ x: nullable ? z.nullable(KIND_SCHEMAS[kind]) : KIND_SCHEMAS[kind] }))
      fc.assert(
        fc.property(value, (v) => {
          const want = reference({ x: v })
          const got = check(v)
          expect(got === null ? { ok: true } : { ok: false, reason: got.reason, field: got.field }).toEqual(
            want.ok ? { ok: true } : want,
          )
        }),
        { numRuns: 800 },
      )
    },
  )

  it('the five tables use every kind, nullable ids and names, a cut list and a nested object', () => {
    const used = new Set(Object.values(RECORD_RULES).flatMap((r) => rulesUsed(r.fields)))
    expect([...used].sort()).toEqual([...kinds, 'id?', 'name?'].sort())
    expect(RECORD_RULES.platforms.fields.some((f) => f.keep !== undefined)).toBe(true)
  })
})

const anyRecord = fc.dictionary(fc.string(), fc.anything(), { maxKeys: 6 })

const pairs = [
  ['talent cells', zodRecordChecks.cells, fastRecordChecks.cells, () => ({ ...validCell() })],
  [
    'talent cells (null chain)',
    zodRecordChecks.cells,
    fastRecordChecks.cells,
    () => ({ ...validCell({ chain: null }) }),
  ],
  ['talent demand', zodRecordChecks.demand, fastRecordChecks.demand, () => ({ ...validDemandRow() })],
  ['talent sources', zodRecordChecks.sources, fastRecordChecks.sources, () => ({ ...validSourceRow() })],
  ['enterprises', zodRecordChecks.enterprises, fastRecordChecks.enterprises, () => ({ ...validEnterprise() })],
  ['platforms', zodRecordChecks.platforms, fastRecordChecks.platforms, () => ({ ...validPlatform() })],
  [
    'platforms (null chain and host)',
    zodRecordChecks.platforms,
    fastRecordChecks.platforms,
    () => ({ ...validPlatform(0, { chain: null, host: null }) }),
  ],
] as const

describe('the rule tables agree with the zod schemas', () => {
  it.each(pairs)(
    '%s: same verdict, reason, field and value',
    (_name, zodCheck, fastCheck, base) => {
      fc.assert(
        fc.property(fc.oneof({ weight: 4, arbitrary: mutated(base) }, { weight: 1, arbitrary: anyRecord }), (rec) => {
          expect(fastCheck(rec)).toEqual(zodCheck(rec))
        }),
        // Fixed seed: one run in a few dozen of full `npm test` under load failed here once with a record that
        // passes on replay (same seed and path) and in 25 reruns of this file; kept reproducible meanwhile.
        { numRuns: 1500, seed: 20261130 },
      )
    },
    30_000,
  )

  it('agree on a bulk array, dropped counts included', () => {
    const cells = fc.sample(
      mutated(() => ({ ...validCell() })),
      { numRuns: 5000, seed: 7 },
    )
    const body = { cells, demand: [], sources: [] }
    const fastReport = emptyReport()
    const zodReport = emptyReport()
    const fast = validateRecords('talent', body, fastReport, { checks: fastRecordChecks })
    const slow = validateRecords('talent', body, zodReport, { checks: zodRecordChecks })
    expect(fast).toEqual(slow)
    expect(fastReport).toEqual(zodReport)
    expect(fastReport.total).toBeGreaterThan(1000)
    expect(fast.ok && fast.data.cells.length).toBeGreaterThan(500)
  }, 30_000)
})

describe('what the fast path keeps', () => {
  const check = fastRecordChecks.enterprises

  it('keeps a record already in the contract’s shape as it is (no copy of a million cells)', () => {
    const rec = { ...validEnterprise() }
    const verdict = check(rec)
    expect(verdict.ok && verdict.value).toBe(rec)
  })

  it('copies a record with unknown keys, other key order or another prototype, as zod does', () => {
    const extra = { ...validEnterprise(), rating: 'AAA' }
    const reordered = Object.fromEntries(Object.entries(validEnterprise()).reverse())
    const nested = { ...validEnterprise(), talent: { ...validEnterprise().talent, phd: 1 } }
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, validEnterprise())
    const long = { ...validPlatform(), partners: Array.from({ length: 60 }, (_, i) => `p${i}`) }
    for (const [c, rec] of [
      [check, extra],
      [check, reordered],
      [check, nested],
      [check, bare],
      [fastRecordChecks.platforms, long],
    ] as const) {
      const verdict = c(rec)
      expect(verdict.ok && verdict.value).not.toBe(rec)
      expect(verdict).toEqual(rec === long ? zodRecordChecks.platforms(rec) : zodRecordChecks.enterprises(rec))
      expect(verdict.ok && Object.getPrototypeOf(verdict.value)).toBe(Object.prototype)
    }
  })
})
