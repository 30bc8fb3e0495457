import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planPointUpdate, REPLACE_SHARE, selectionMask } from '../../../src/map/pointUpdate'

describe('planPointUpdate', () => {
  it('replaces when nothing was sent yet or the feature list changed size', () => {
    expect(planPointUpdate(null, selectionMask(3, [0]))).toEqual({ kind: 'replace' })
    expect(planPointUpdate(selectionMask(2, [0]), selectionMask(3, [0]))).toEqual({ kind: 'replace' })
  })
  it('sends nothing when the selection is unchanged', () => {
    expect(planPointUpdate(selectionMask(4, [1, 2]), selectionMask(4, [1, 2]))).toEqual({ kind: 'none' })
  })
  it('narrowing sends only the ids to remove', () => {
    expect(planPointUpdate(selectionMask(5, [0, 1, 2, 3, 4]), selectionMask(5, [1, 3]))).toEqual({
      kind: 'diff',
      remove: [0, 2, 4],
      add: [],
    })
  })
  it('resends everything when most of the new selection is new', () => {
    expect(planPointUpdate(selectionMask(10, [0]), selectionMask(10, [0, 1, 2, 3]))).toEqual({ kind: 'replace' })
  })
  it('applying a diff to the old selection gives the new one', () => {
    const masks = fc.array(fc.boolean(), { minLength: 1, maxLength: 200 })
    fc.assert(
      fc.property(masks, masks, (a, b) => {
        const n = Math.min(a.length, b.length)
        const prev = Uint8Array.from(a.slice(0, n), Number)
        const next = Uint8Array.from(b.slice(0, n), Number)
        const plan = planPointUpdate(prev, next)
        const count = next.reduce((s, x) => s + x, 0)
        if (plan.kind === 'none') expect(next).toEqual(prev)
        if (plan.kind !== 'diff') return
        expect(plan.add.length).toBeLessThanOrEqual(count * REPLACE_SHARE)
        const applied = Uint8Array.from(prev)
        for (const i of plan.remove) applied[i] = 0
        for (const i of plan.add) applied[i] = 1
        expect(applied).toEqual(next)
      }),
    )
  })
})
