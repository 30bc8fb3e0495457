import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../../src/api/load.ts'
import { recordsTable, type SourceColumn, type SourceTable } from '../../../src/api/columns/source.ts'
import { checkReferences, checkSchema, keptRows } from '../../../src/api/columns/validate.ts'
import { emptyReport, isPersonalKey, type DropReport } from '../../../src/api/schemas/common.ts'
import { fastRecordChecks } from '../../../src/api/schemas/records.ts'
import type { RecordKind } from '../../../src/domain/recordRules.ts'
import type { Boundaries, Meta } from '../../../src/domain/types.ts'
import { mutated } from '../arbitraries'
import { validCell, validDemandRow, validEnterprise, validMeta, validPlatform, validSourceRow } from '../fixtures'

/**
 * The column reader (src/api/columns/validate.ts), fed records as columns: it must drop the same rows for the
 * same reasons as validateDataset (schema fields in table order, duplicates, references in table order, a
 * located record's district and point last), and keep the same records.
 */
function validateColumns(
  kind: RecordKind,
  records: Record<string, unknown>[],
  against: { meta: Meta; boundaries?: Boundaries },
  list: string,
  table: SourceTable = recordsTable(records),
): { kept: number[]; report: DropReport } {
  const check = checkSchema(kind, table)
  checkReferences(check, against)
  const report = emptyReport()
  const kept = keptRows(check, report, list)
  report.examples = []
  return { kept: [...kept], report }
}

/** The records' columns as an Arrow file holds them where it can: numbers as doubles, strings as dictionaries. */
function typedTable(records: Record<string, unknown>[]): SourceTable {
  const plain = recordsTable(records)
  const columns = new Map<string, SourceColumn>()
  for (const [key, col] of plain.columns) {
    const values = Array.from({ length: plain.length }, (_, i) => col.at(i))
    if (values.length && values.every((v) => typeof v === 'number'))
      columns.set(key, { ...col, numbers: { values: Float64Array.from(values), nulls: null } })
    else if (values.length && values.every((v) => typeof v === 'string' || v === null)) {
      const entries = [...new Set(values.filter((v) => v !== null))]
      const codes = Int32Array.from(values, (v) => (v === null ? -1 : entries.indexOf(v)))
      columns.set(key, { ...col, dict: { values: entries, codes } })
    } else columns.set(key, col)
  }
  return { length: plain.length, columns }
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
        const got = validateColumns(kind, records, against, `${dataset}.${key}`)
        for (const reason of Object.keys(want.dropped.byReason)) SEEN.add(`${kind}:${reason}`)
        expect(got.report.byReason).toEqual(want.dropped.byReason)
        expect(got.report.rows).toEqual(want.dropped.rows)
        const kept = (want.data as unknown as Record<string, unknown[]>)[key]
        expect(got.kept.map((i) => fastRecordChecks[kind](records[i]!))).toEqual(
          kept?.map((value) => ({ ok: true, value })),
        )
      }),
      // A fixed seed: the check below asserts these runs met every reason, which random runs miss now and then.
      { numRuns: 200, seed: 20261130 },
    )
  })

  it.each(BASES)(
    '%s: typed columns (doubles, dictionaries) drop what the plain columns drop',
    (kind, dataset, key, base) => {
      fc.assert(
        fc.property(rowsOf(base), fc.boolean(), (records, withBoundaries) => {
          const against = { meta: fullMeta(), ...(withBoundaries && { boundaries }) }
          const list = `${dataset}.${key}`
          expect(validateColumns(kind, records, against, list, typedTable(records))).toEqual(
            validateColumns(kind, records, against, list),
          )
        }),
        { numRuns: 200, seed: 20261130 },
      )
    },
  )

  it('typed number columns: NaN, ±Infinity, -0, unsafe integers and fractions fail or pass as in the records', () => {
    const odd = [1, Infinity, -Infinity, Number.NaN, -0, 1e308, -1, 0.5, 2 ** 53, 2 ** 53 - 1]
    // One odd field per record, so no earlier field's fault hides it.
    const records = odd.flatMap((v, i) => [
      { ...validEnterprise(3 * i), outputValue: v },
      { ...validEnterprise(3 * i + 1), founded: 2000 + v },
      { ...validEnterprise(3 * i + 2), talent: { ...validEnterprise(0).talent, total: v } },
    ])
    const want = validateColumns('enterprises', records, { meta: fullMeta() }, 'enterprises.items')
    expect(want.report.byReason['invalid-number']).toBeGreaterThan(0)
    expect(want.report.byReason['out-of-range']).toBeGreaterThan(0)
    expect(
      validateColumns('enterprises', records, { meta: fullMeta() }, 'enterprises.items', typedTable(records)),
    ).toEqual(want)
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
