import { describe, expect, it } from 'vitest'
import { validateDataset, type LoadResult } from '../../../src/api/load.ts'
import type { DatasetName } from '../../../src/domain/types.ts'
import {
  validBoundaries,
  validCell,
  validDemandRow,
  validEnterprise,
  validMeta,
  validPlatform,
  validSourceRow,
  validTalentBody,
  viaJson,
} from '../fixtures'

function okResult<K extends DatasetName>(result: LoadResult<K>) {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.kind}: ${result.error.message}`)
  return result
}

function withField(base: object, key: string, value: unknown): Record<string, unknown> {
  return { ...base, [key]: value }
}

function without(base: object, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base }
  delete copy[key]
  return copy
}

describe('good records', () => {
  it('pass every dataset through unchanged', () => {
    const talent = viaJson(validTalentBody([validCell(), validCell({ chain: null, year: 2019, stock: 0 })]))
    expect(okResult(validateDataset('talent', talent)).data).toEqual(talent)
    const firms = viaJson({ items: [validEnterprise(0), validEnterprise(1, { types: [] })] })
    expect(okResult(validateDataset('enterprises', firms)).data).toEqual(firms)
    const plats = viaJson({ items: [validPlatform(0), validPlatform(1, { chain: null, host: null, partners: [] })] })
    const result = okResult(validateDataset('platforms', plats))
    expect(result.data).toEqual(plats)
    expect(result.dropped).toEqual({ total: 0, byReason: {}, examples: [], rows: {} })
  })

  it('strips unknown fields but keeps the record (forward compatibility)', () => {
    const result = okResult(
      validateDataset('enterprises', { items: [{ ...validEnterprise(), rating: 'AAA', extra: { a: 1 } }] }),
    )
    expect(result.data.items[0]).toEqual(validEnterprise())
    expect(result.data.items[0]).not.toHaveProperty('rating')
    expect(result.dropped.total).toBe(0)
  })

  it('keeps markup in strings as plain text (the UI escapes it)', () => {
    const name = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    const result = okResult(validateDataset('enterprises', { items: [validEnterprise(0, { name })] }))
    expect(result.data.items[0]?.name).toBe(name)
  })
})

describe('bad records are dropped with a reason', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['NaN stock', withField(validCell(), 'stock', Number.NaN), 'invalid-number', 'stock'],
    ['Infinity inflow', withField(validCell(), 'inflow', Number.POSITIVE_INFINITY), 'invalid-number', 'inflow'],
    ['fractional count', withField(validCell(), 'stock', 1.5), 'invalid-number', 'stock'],
    ['negative count', withField(validCell(), 'inflow', -1), 'out-of-range', 'inflow'],
    ['missing field', without(validCell(), 'education'), 'missing-field', 'education'],
    ['empty id', withField(validCell(), 'district', ''), 'missing-field', 'district'],
    ['wrong type', withField(validCell(), 'year', '2024'), 'wrong-type', 'year'],
    ['null where not nullable', withField(validCell(), 'talentType', null), 'wrong-type', 'talentType'],
    ['year out of range', withField(validCell(), 'year', 1850), 'out-of-range', 'year'],
    ['id longer than 64', withField(validCell(), 'ageBand', 'x'.repeat(65)), 'too-long', 'ageBand'],
    ['personal-data key', withField(validCell(), 'idCard', '370402199001011234'), 'personal-data', ''],
  ]

  it.each(cases)('%s → %s', (_label, bad, reason, field) => {
    const result = okResult(validateDataset('talent', validTalentBody([validCell(), bad, validCell({ year: 2023 })])))
    expect(result.data.cells).toEqual([validCell(), validCell({ year: 2023 })])
    expect(result.dropped.total).toBe(1)
    expect(result.dropped.byReason).toEqual({ [reason]: 1 })
    const where = field ? `talent.cells[1].${field}: ${reason}` : `talent.cells[1]: ${reason}`
    expect(result.dropped.examples).toEqual([where])
  })

  it('drops records with person-identifying keys in any listed spelling', () => {
    const keys = [
      'idNumber',
      'id_card',
      'PHONE',
      'mobile',
      'email',
      'personName',
      'birth_date',
      'address',
      '身份证',
      '姓名',
      '手机',
    ]
    const items = keys.map((key, i) => ({ ...validEnterprise(i), [key]: 'x' }))
    const result = okResult(validateDataset('enterprises', { items: [...items, validEnterprise(99)] }))
    expect(result.data.items.map((e) => e.id)).toEqual(['ent-99'])
    expect(result.dropped.byReason).toEqual({ 'personal-data': keys.length })
  })

  it('does not mistake look-alike keys for personal data', () => {
    const result = okResult(
      validateDataset('platforms', { items: [{ ...validPlatform(), addressed: true, emails_sent: 3 }] }),
    )
    expect(result.data.items).toHaveLength(1)
  })

  it('drops out-of-box coordinates and non-finite outputValue', () => {
    const items = [
      validEnterprise(1, { lon: 121.47 }),
      validEnterprise(2, { lat: 33.9 }),
      { ...validEnterprise(3), lon: '117.3' },
      validEnterprise(4, { outputValue: -0.5 }),
      { ...validEnterprise(5), outputValue: Number.NaN },
      validEnterprise(6),
    ]
    const result = okResult(validateDataset('enterprises', { items }))
    expect(result.data.items.map((e) => e.id)).toEqual(['ent-6'])
    expect(result.dropped.byReason).toEqual({ 'out-of-range': 3, 'wrong-type': 1, 'invalid-number': 1 })
  })

  it('checks nested talent counts and type lists', () => {
    const items = [
      { ...validEnterprise(1), talent: { ...validEnterprise().talent, doctor: -2 } },
      { ...validEnterprise(2), talent: null },
      { ...validEnterprise(3), types: ['ok', 7] },
      { ...validEnterprise(4), types: 'high-tech' },
    ]
    const result = okResult(validateDataset('enterprises', { items }))
    expect(result.data.items).toEqual([])
    expect(result.dropped.examples).toEqual([
      'enterprises.items[0].talent.doctor: out-of-range',
      'enterprises.items[1].talent: wrong-type',
      'enterprises.items[2].types.1: wrong-type',
      'enterprises.items[3].types: wrong-type',
    ])
  })

  it('drops names longer than 200 characters as too-long', () => {
    const items = [
      validPlatform(1, { name: '院'.repeat(201) }),
      validPlatform(2, { name: '院'.repeat(200) }),
      validPlatform(3, { partners: ['x'.repeat(201)] }),
    ]
    const result = okResult(validateDataset('platforms', { items }))
    expect(result.data.items.map((p) => p.id)).toEqual(['plat-2'])
    expect(result.dropped.byReason).toEqual({ 'too-long': 2 })
  })

  it('keeps the first of duplicate ids and drops the rest', () => {
    const items = [
      validEnterprise(1),
      validEnterprise(2),
      validEnterprise(1, { name: 'second' }),
      validEnterprise(1, { name: 'third' }),
    ]
    const result = okResult(validateDataset('enterprises', { items }))
    expect(result.data.items.map((e) => [e.id, e.name])).toEqual([
      ['ent-1', '枣庄锂电企业1'],
      ['ent-2', '枣庄锂电企业2'],
    ])
    expect(result.dropped.byReason).toEqual({ 'duplicate-id': 2 })
  })

  it('lets a valid record win over an invalid one with the same id, whatever the order', () => {
    const good = validPlatform(1)
    const bad = validPlatform(1, { postdocs: -1 })
    for (const items of [
      [bad, good],
      [good, bad],
    ]) {
      const result = okResult(validateDataset('platforms', { items }))
      expect(result.data.items).toEqual([good])
      expect(result.dropped.byReason).toEqual({ 'out-of-range': 1 })
    }
  })

  it('caps partners at 50 without dropping the platform', () => {
    const partners = Array.from({ length: 80 }, (_, i) => `大学${i}`)
    const result = okResult(validateDataset('platforms', { items: [validPlatform(0, { partners })] }))
    expect(result.data.items[0]?.partners).toEqual(partners.slice(0, 50))
    expect(result.dropped.total).toBe(0)
  })

  it('drops non-object records and counts every array of a dataset', () => {
    const body = validTalentBody(
      [validCell(), null, 3, [validCell()]],
      [validDemandRow(), { ...validDemandRow(), supply: -3 }],
      [validSourceRow(), 'x'],
    )
    const result = okResult(validateDataset('talent', body))
    expect(result.data).toEqual(validTalentBody([validCell()], [validDemandRow()], [validSourceRow()]))
    expect(result.dropped.total).toBe(5)
    expect(result.dropped.byReason).toEqual({ 'not-an-object': 4, 'out-of-range': 1 })
  })

  it('keeps at most five examples, naming paths and reasons but never values', () => {
    const secret = 'SECRET-13800138000'
    const bad = Array.from({ length: 9 }, () => ({ ...validCell(), phone: secret, stock: secret }))
    const result = okResult(validateDataset('talent', validTalentBody(bad)))
    expect(result.dropped.total).toBe(9)
    expect(result.dropped.examples).toHaveLength(5)
    expect(result.dropped.examples.join('\n')).not.toContain(secret)
  })

  it('names the first ten dropped rows of each list and reason (for an import report)', () => {
    const bad = (i: number) => (i % 3 === 0 ? { ...validCell(), stock: -1 } : i % 3 === 1 ? null : validCell())
    const body = validTalentBody(
      Array.from({ length: 40 }, (_, i) => bad(i)),
      [validDemandRow(), { ...validDemandRow(), year: 1 }],
    )
    const result = okResult(validateDataset('talent', body))
    expect(result.dropped.byReason).toEqual({ 'out-of-range': 15, 'not-an-object': 13 })
    expect(result.dropped.rows).toEqual({
      'talent.cells': {
        'out-of-range': [0, 3, 6, 9, 12, 15, 18, 21, 24, 27],
        'not-an-object': [1, 4, 7, 10, 13, 16, 19, 22, 25, 28],
      },
      'talent.demand': { 'out-of-range': [1] },
    })
  })

  it('with `against`, checks ids and points as the app does once meta and the boundaries are in', () => {
    const national = (i: number, over = {}) => validPlatform(i, { level: 'national', ...over })
    const items = [national(0), national(1, { kind: 'unknown' }), national(2, { lon: 118.9 }), national(3)]
    const result = okResult(
      validateDataset('platforms', { items }, { against: { meta: validMeta(), boundaries: validBoundaries() } }),
    )
    expect(result.data.items.map((p) => p.id)).toEqual(['plat-0', 'plat-3'])
    expect(result.dropped.byReason).toEqual({ 'unknown-id': 1, 'outside-district': 1 })
    expect(result.dropped.rows).toEqual({ 'platforms.items': { 'unknown-id': [1], 'outside-district': [2] } })
  })
})
