import fc from 'fast-check'
import { it } from 'vitest'
import { itemChecks } from '../../../../src/api/schemas/items.ts'
import { talentChecks } from '../../../../src/api/schemas/talent.ts'
import { isDeepStrictEqual, inspect } from 'node:util'
const anyRecord = fc.dictionary(fc.string(), fc.anything(), { maxKeys: 6 })
const targeted = fc.record({ talent: fc.anything({ withBoxedValues: true, withNullPrototype: true, withSparseArray: true, withDate: true }), types: fc.anything({ withSparseArray: true, withNullPrototype: true }) })
it('x', () => {
for (const [name, z, f] of [['ent', itemChecks.zod.enterprises, itemChecks.fast.enterprises], ['plat', itemChecks.zod.platforms, itemChecks.fast.platforms], ['cell', talentChecks.zod.cells, talentChecks.fast.cells]] as const) {
  for (const arb of [anyRecord, targeted]) {
  const out = fc.check(fc.property(arb, (rec) => { const a = f(rec as any), b = z(rec as any); if (!isDeepStrictEqual(a, b)) { console.log(name, inspect(rec, {showHidden: true}), a, b); return false } return true }), { numRuns: 100000 })
  console.log(name, out.failed ? 'FAILED' : 'ok')
  }
}
}, 600000)
