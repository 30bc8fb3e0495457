import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateDataset, type LoadResult } from '../../../src/api/load.ts'
import { MAX_ROWS } from '../../../src/api/schemas/common.ts'
import { reconcilePoints, reconcileTalent } from '../../../src/domain/reconcile.ts'
import type { DatasetName } from '../../../src/domain/types.ts'
import {
  validBoundaries,
  validCell,
  validDemandRow,
  validEnterprise,
  validMeta,
  validPlatform,
  validSourceRow,
} from '../fixtures'
import { mutated } from '../arbitraries'

/** Person-identifying keys as the schemas normalise them (lower case, no spaces, `_`, `-` or `.`). */
const PERSONAL_KEYS: ReadonlySet<string> = new Set([
  'idcard',
  'idnumber',
  'phone',
  'mobile',
  'email',
  'personname',
  'birthdate',
  'address',
  '身份证',
  '姓名',
  '手机',
])

/**
 * Structured, near-valid bodies for all five datasets (valid records with a few fields broken, deleted,
 * made hostile or joined by a person-identifying key). tests/unit/api/properties.test.ts covers wholly
 * arbitrary input; here the records get past the shape check, so the per-record rules do the work.
 */
type Rec = Record<string, unknown>

const listOf = (base: (i: number) => Rec, max = 12) =>
  fc.array(
    fc.nat(20).chain((i) => mutated(() => base(i))),
    { maxLength: max },
  )

const talentBody = fc.record({
  cells: listOf(() => ({ ...validCell() })),
  demand: listOf(() => ({ ...validDemandRow() })),
  sources: listOf(() => ({ ...validSourceRow() })),
})
const enterprisesBody = fc.record({ items: listOf((i) => ({ ...validEnterprise(i) })) })
const platformsBody = fc.record({ items: listOf((i) => ({ ...validPlatform(i) })) })
const boundariesBody = fc.record({
  type: fc.constant('FeatureCollection'),
  features: fc.array(
    fc
      .constantFrom(...validBoundaries().features)
      .chain((f) =>
        mutated(
          () => structuredClone(f),
          ['geometry.coordinates', 'geometry.type', 'properties.adcode', 'properties.name'],
        ),
      ),
    { maxLength: 6 },
  ),
})
const LISTS = [
  'sources',
  'districts',
  'chains',
  'talentTypes',
  'educations',
  'ageBands',
  'enterpriseTypes',
  'platformKinds',
  'platformLevels',
  'facts',
] as const
const metaBody = fc
  .tuple(
    mutated(() => validMeta() as unknown as Rec, ['city.name', 'asOf', 'isSample', 'years', 'dataVersion']),
    fc.constantFrom(...LISTS),
    fc.nat(3),
  )
  .chain(([m, list, i]) => {
    const entries = m[list]
    const entry = Array.isArray(entries) ? (entries[i % Math.max(1, entries.length)] as unknown) : undefined
    if (typeof entry !== 'object' || entry === null) return fc.constant(m)
    return mutated(() => structuredClone(entry) as Rec).map((bad) => ({
      ...m,
      [list]: [...(entries as unknown[]), bad],
    }))
  })

const BODIES: { [K in DatasetName]: fc.Arbitrary<unknown> } = {
  meta: metaBody,
  boundaries: boundariesBody,
  talent: talentBody,
  enterprises: enterprisesBody,
  platforms: platformsBody,
}

/** The record lists of a body and of validated data, by dataset. */
function lists(name: DatasetName, body: unknown): unknown[][] {
  const b = body as Record<string, unknown[]>
  if (name === 'talent') return [b.cells ?? [], b.demand ?? [], b.sources ?? []]
  if (name === 'boundaries') return [b.features ?? []]
  if (name === 'meta') return []
  return [b.items ?? []]
}

function keysDeep(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysDeep(v, out)
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) {
      out.add(k.toLowerCase().replace(/[\s_\-.]/g, ''))
      keysDeep(v, out)
    }
  return out
}

function check(name: DatasetName, body: unknown, result: LoadResult<DatasetName>): void {
  if (!result.ok) {
    expect(result.error.kind).toBe('shape')
    expect(result.error.message).not.toMatch(/^validation failed/)
    return
  }
  const { data, dropped } = result
  expect(dropped.total).toBe(Object.values(dropped.byReason).reduce((a, b) => a + b, 0))
  // The first rows of each reason: ascending within a list, as many as dropped up to MAX_ROWS per list.
  for (const [reason, n] of Object.entries(dropped.byReason)) {
    const firsts = Object.values(dropped.rows).map((byReason) => byReason[reason] ?? [])
    for (const rows of firsts) {
      expect(rows.length).toBeLessThanOrEqual(MAX_ROWS)
      expect(rows).toEqual([...rows].sort((a, b) => a - b))
      expect(new Set(rows).size).toBe(rows.length)
    }
    const listed = firsts.reduce((a, rows) => a + rows.length, 0)
    expect(listed).toBeGreaterThan(0)
    expect(listed).toBeLessThanOrEqual(n)
    if (firsts.every((rows) => rows.length < MAX_ROWS)) expect(listed).toBe(n)
  }
  // Every record is either kept or counted.
  const kept = lists(name, data)
  lists(name, body).forEach((list, i) => expect((kept[i]?.length ?? 0) <= list.length).toBe(true))
  if (name !== 'meta') expect(kept.flat().length + dropped.total).toBe(lists(name, body).flat().length)
  // What is kept is a fixed point: valid as it stands, and carries no person-identifying key.
  const again = validateDataset(name, structuredClone(data))
  expect(again.ok && again.dropped.total).toBe(0)
  expect(again.ok && again.data).toEqual(data)
  for (const key of keysDeep(data)) expect(PERSONAL_KEYS.has(key), key).toBe(false)
}

describe('validateDataset on near-valid bodies of every dataset', () => {
  for (const name of Object.keys(BODIES) as DatasetName[]) {
    it(`${name}: a value or a typed error, never a throw; kept data re-validates unchanged`, () => {
      fc.assert(
        fc.property(BODIES[name], (body) => {
          check(name, body, validateDataset(name, body))
        }),
        { numRuns: name === 'meta' ? 400 : 250 },
      )
    }, 60_000)
  }

  it('a record with a person-identifying key is dropped as personal-data in every list', () => {
    const bodies: [DatasetName, (key: string) => unknown][] = [
      [
        'talent',
        (k) => ({
          cells: [{ ...validCell(), [k]: 'x' }],
          demand: [{ ...validDemandRow(), [k]: 'x' }],
          sources: [{ ...validSourceRow(), [k]: 'x' }],
        }),
      ],
      ['enterprises', (k) => ({ items: [{ ...validEnterprise(), [k]: 'x' }] })],
      ['platforms', (k) => ({ items: [{ ...validPlatform(), [k]: 'x' }] })],
      [
        'boundaries',
        (k) => ({ type: 'FeatureCollection', features: validBoundaries().features.map((f) => ({ ...f, [k]: 'x' })) }),
      ],
      [
        'meta',
        (k) => ({
          ...validMeta(),
          districts: validMeta().districts.map((d) => ({ ...d, [k]: 'x' })),
          sources: validMeta().sources.map((s) => ({ ...s, [k]: 'x' })),
        }),
      ],
    ]
    const spelled = fc.constantFrom(
      'phone',
      'Phone',
      'id_card',
      'ID-Number',
      'e-mail ',
      'email',
      'person_name',
      'birthDate',
      'address',
      '身份证',
      '姓名',
      '手机',
      'MOBILE',
    )
    fc.assert(
      fc.property(fc.constantFrom(...bodies), spelled, ([name, make], key) => {
        const body = make(key)
        const result = validateDataset(name, body)
        if (!result.ok) throw new Error(result.error.message)
        const n = lists(name, body).flat().length || 4
        expect(result.dropped.byReason['personal-data']).toBe(n)
      }),
    )
  })
})

describe('validateDataset with `against` (the import tool’s single pass)', () => {
  const against = { meta: validMeta(), boundaries: validBoundaries() }
  const twoStages = (name: 'talent' | 'enterprises' | 'platforms', body: unknown) => {
    const schema = validateDataset(name, body)
    if (!schema.ok) return null
    const refs =
      name === 'talent'
        ? reconcileTalent(against.meta, schema.data as never)
        : reconcilePoints(name, against.meta, against.boundaries, schema.data as never)
    const byReason = { ...schema.dropped.byReason }
    for (const [reason, n] of Object.entries(refs.dropped ?? {})) byReason[reason] = (byReason[reason] ?? 0) + n
    return { data: refs.data, byReason }
  }

  for (const name of ['talent', 'enterprises', 'platforms'] as const) {
    it(`${name}: keeps and counts what the app's two stages (schema, then reconcile) keep and count`, () => {
      fc.assert(
        fc.property(BODIES[name], (body) => {
          const one = validateDataset(name, structuredClone(body), { against })
          const two = twoStages(name, structuredClone(body))
          expect(one.ok).toBe(two !== null)
          if (!one.ok || !two) return
          expect(one.data).toEqual(two.data)
          expect(one.dropped.byReason).toEqual(two.byReason)
        }),
        { numRuns: 250 },
      )
    }, 60_000)
  }
})
