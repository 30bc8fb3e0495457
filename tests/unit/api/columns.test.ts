import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../../src/api/load.ts'
import { emptyReport, isPersonalKey, recordDrop, type DropReport } from '../../../src/api/schemas/common.ts'
import { fieldCheck } from '../../../src/api/schemas/fast.ts'
import { recordChecks } from '../../../src/api/schemas/records.ts'
import { metaIds, placeCheck } from '../../../src/domain/reconcile.ts'
import { RECORD_RULES, unknownReason, type RecordKind } from '../../../src/domain/recordRules.ts'
import type { Boundaries, Meta } from '../../../src/domain/types.ts'
import { mutated } from '../arbitraries'
import { validCell, validDemandRow, validEnterprise, validMeta, validPlatform, validSourceRow } from '../fixtures'

/**
 * The rule tables read column by column, as a worker reading Arrow would (issue 13): each distinct value of
 * a column is checked once; a row takes the first reason in the order the record path uses (schema fields
 * in table order, duplicates, references in table order, a located record's district and point last).
 * A reference for that reader: it must drop the same rows for the same reasons as validateDataset.
 */
type Columns = Record<string, readonly unknown[]>

function memoised<T>(check: (value: unknown) => T): (value: unknown) => T {
  const seen = new Map<unknown, T>()
  return (value) => {
    if (typeof value === 'object' && value !== null) return check(value)
    if (!seen.has(value)) seen.set(value, check(value))
    return seen.get(value) as T
  }
}

function validateColumns(
  kind: RecordKind,
  columns: Columns,
  rows: number,
  against: { meta: Meta; boundaries?: Boundaries },
  list: string,
): { kept: number[]; report: DropReport } {
  const rules = RECORD_RULES[kind]
  const col = (field: string) => columns[field] ?? []
  const why: (string | null)[] = Array.from({ length: rows }, () => null)
  const open = (i: number) => why[i] === null
  for (const rule of rules.fields) {
    const fault = fieldCheck(rule)
    const check = memoised((v) => fault(v)?.reason ?? null)
    for (let i = 0; i < rows; i++) if (open(i)) why[i] = check(col(rule.field)[i])
  }
  const seen = new Set<unknown>()
  const unique = rules.unique
  for (let i = 0; unique && i < rows; i++) {
    if (!open(i)) continue
    const key = col(unique)[i]
    if (seen.has(key)) why[i] = 'duplicate-id'
    seen.add(key)
  }
  for (const rule of rules.fields) {
    if (!rule.in || (rules.located && rule.field === 'district')) continue
    const ids = metaIds(against.meta, rule.in)
    const of = rule.of
    const known = memoised(
      (v) => v === null || (Array.isArray(v) ? v.every((id) => ids.has(id)) : ids.has(v as string)),
    )
    for (let i = 0; i < rows; i++) {
      if (!open(i)) continue
      const v = col(rule.field)[i]
      const ok = of ? ids.get(v as string) === col(of)[i] : known(v)
      if (!ok) why[i] = unknownReason(rule.in)
    }
  }
  if (rules.located) {
    const place = placeCheck(against.meta, against.boundaries)
    for (let i = 0; i < rows; i++)
      if (open(i)) why[i] = place(col('district')[i] as string, col('lon')[i] as number, col('lat')[i] as number)
  }
  const report = emptyReport()
  why.forEach((reason, i) => reason && recordDrop(report, reason as 'invalid', list, i))
  report.examples = []
  return { kept: why.flatMap((reason, i) => (reason ? [] : [i])), report }
}

function toColumns(kind: RecordKind, records: Record<string, unknown>[]): Columns {
  return Object.fromEntries(RECORD_RULES[kind].fields.map((f) => [f.field, records.map((r) => r[f.field])]))
}

const boundaries = JSON.parse(readFileSync(path.resolve('mock/data/zaozhuang-districts.geojson'), 'utf8')) as Boundaries

/** The fixture meta, knowing the fixtures' other ids too, so every later check gets its turn. */
function fullMeta(): Meta {
  const m = validMeta()
  m.educations.push({ id: 'bachelor', name: '本科' })
  m.enterpriseTypes.push({ id: 'high-tech', name: '高新技术企业' })
  m.platformLevels.push({ id: 'provincial', name: '省级' })
  return m
}

/** Ids meta knows and does not, and points over the city, picked by the bits of `n`. */
function variant(n: number) {
  const pickOf = <T>(xs: readonly T[], shift: number): T => xs[(n >> shift) % xs.length] as T
  return {
    id: n % 7,
    district: pickOf(['370481', '370402', '370499'], 3),
    chain: pickOf(['lithium', null, 'chemical'], 5),
    segment: pickOf(['cathode', 'salts', 'solvents'], 7),
    lon: 117.1 + pickOf([0, 1, 2, 3, 4, 5], 9) * 0.1,
    lat: 34.6 + pickOf([0, 1, 2, 3], 12) * 0.15,
  }
}

/** Mutated records a column can hold: no person-identifying key (a reader rejects such a column whole). */
const rowsOf = (base: (n: number) => Record<string, unknown>) =>
  fc.array(
    fc
      .nat(1 << 14)
      .chain((n) => mutated(() => base(n)))
      .filter((r) => !Object.keys(r).some(isPersonalKey)),
    { maxLength: 25 },
  )

const BASES: [RecordKind, string, string, (n: number) => Record<string, unknown>][] = [
  ['cells', 'talent', 'cells', (n) => ({ ...validCell(), ...pick(variant(n), 'district', 'chain') })],
  ['demand', 'talent', 'demand', (n) => ({ ...validDemandRow(), ...pick(variant(n), 'district', 'segment') })],
  ['sources', 'talent', 'sources', (n) => ({ ...validSourceRow(), chain: variant(n).chain })],
  [
    'enterprises',
    'enterprises',
    'items',
    (n) => ({ ...validEnterprise(variant(n).id), ...pick(variant(n), 'district', 'segment', 'lon', 'lat') }),
  ],
  [
    'platforms',
    'platforms',
    'items',
    (n) => ({ ...validPlatform(variant(n).id), ...pick(variant(n), 'district', 'chain', 'lon', 'lat') }),
  ],
]

function pick<T extends object, K extends keyof T>(o: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>
}

const SEEN = new Set<string>()

describe('the rule tables read column by column', () => {
  it.each(BASES)('%s: same rows dropped for the same reasons as validateDataset', (kind, dataset, key, base) => {
    fc.assert(
      fc.property(rowsOf(base), fc.boolean(), (records, withBoundaries) => {
        const against = { meta: fullMeta(), ...(withBoundaries && { boundaries }) }
        const body = dataset === 'talent' ? { cells: [], demand: [], sources: [], [key]: records } : { [key]: records }
        const want = validateDataset(dataset as 'talent', body, { against })
        if (!want.ok) throw new Error(want.error.message)
        const got = validateColumns(kind, toColumns(kind, records), records.length, against, `${dataset}.${key}`)
        for (const reason of Object.keys(want.dropped.byReason)) SEEN.add(`${kind}:${reason}`)
        expect(got.report.byReason).toEqual(want.dropped.byReason)
        expect(got.report.rows).toEqual(want.dropped.rows)
        const kept = (want.data as unknown as Record<string, unknown[]>)[key]
        expect(got.kept.map((i) => recordChecks.fast[kind](records[i]!))).toEqual(
          kept?.map((value) => ({ ok: true, value })),
        )
      }),
      // A fixed seed: the check below asserts these runs met every reason, which random runs miss now and then.
      { numRuns: 200, seed: 20261130 },
    )
  })

  it('met every reference reason on the way', () => {
    for (const reason of ['unknown-district', 'unknown-chain', 'unknown-id']) expect(SEEN).toContain(`cells:${reason}`)
    for (const reason of ['unknown-district', 'unknown-segment']) expect(SEEN).toContain(`demand:${reason}`)
    for (const reason of ['unknown-segment', 'unknown-id', 'unknown-district', 'outside-district', 'duplicate-id'])
      expect(SEEN).toContain(`enterprises:${reason}`)
    for (const reason of ['unknown-chain', 'unknown-id', 'unknown-district', 'outside-district', 'duplicate-id'])
      expect(SEEN).toContain(`platforms:${reason}`)
  })
})
