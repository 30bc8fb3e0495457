import fc from 'fast-check'

/** Person-identifying keys as the schemas normalise them (lower case, no spaces, `_`, `-` or `.`). */
export const PERSONAL_KEYS: ReadonlySet<string> = new Set([
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
