import fc from 'fast-check'
import { it } from 'vitest'
import { itemChecks } from '../../../../src/api/schemas/items.ts'
import { talentChecks } from '../../../../src/api/schemas/talent.ts'
import { isDeepStrictEqual } from 'node:util'
import { enterprise, platform, cell } from '../fixtures.ts'
const edgy = fc.oneof(fc.constantFrom(undefined, null, Number.NaN, Infinity, -1, 1.5, 2 ** 53, '', 'x'.repeat(65), [], ['a', 5], {}, true), fc.string(), fc.double(), fc.integer(), fc.array(fc.oneof(fc.string({ maxLength: 70 }), fc.integer()), { maxLength: 60 }), fc.anything({ withBoxedValues: true, withNullPrototype: true, withSparseArray: true, withDate: true }))
it('x', () => {
for (const [name, z, f, base] of [['ent', itemChecks.zod.enterprises, itemChecks.fast.enterprises, enterprise], ['plat', itemChecks.zod.platforms, itemChecks.fast.platforms, platform], ['cell', talentChecks.zod.cells, talentChecks.fast.cells, cell]] as const) {
  const keys = Object.keys(base())
  const arb = fc.array(fc.tuple(fc.constantFrom(...keys, 'talent.total', 'types.0', 'partners.1'), edgy, fc.boolean()), { maxLength: 3 }).map((edits) => {
    const rec: any = structuredClone(base())
    for (const [path, value, remove] of edits) { const [h, t] = path.split('.'); const target = t === undefined ? rec : rec[h!]; const key = t ?? h!; if (typeof target !== 'object' || target === null) continue; if (remove) delete target[key]; else target[key] = value }
    return rec
  })
  const out = fc.check(fc.property(arb, (rec) => { const a = f(rec), b = z(rec); if (!isDeepStrictEqual(a, b)) { console.log(name, rec, a, b); return false } return true }), { numRuns: 100000 })
  console.log(name, out.failed ? 'FAILED' : 'ok', out.counterexample && JSON.stringify(out.counterexample))
}
}, 600000)
