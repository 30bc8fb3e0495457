import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planPointUpdate, REPLACE_SHARE, sendPointUpdate } from '../../../src/map/pointUpdate'

/** A membership mask (1 = shown) over `size` points, as the engine's `matchMask` gives. */
function selectionMask(size: number, selected: Iterable<number>): Uint8Array {
  const mask = new Uint8Array(size)
  for (const i of selected) mask[i] = 1
  return mask
}

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

describe('sendPointUpdate', () => {
  const all = Array.from({ length: 6 }, (_, i): GeoJSON.Feature => ({
    type: 'Feature',
    id: i,
    geometry: { type: 'Point', coordinates: [i, i] },
    properties: {},
  }))
  /** A source that records what it was sent and holds the features it would show. */
  function sink() {
    const held = new Map<number, GeoJSON.Feature>()
    const calls: string[] = []
    const s = {
      setData(data: GeoJSON.FeatureCollection) {
        calls.push('setData')
        held.clear()
        for (const f of data.features) held.set(f.id as number, f)
        return Promise.resolve()
      },
      updateData(diff: { remove: number[]; add: GeoJSON.Feature[] }) {
        calls.push('updateData')
        for (const id of diff.remove) held.delete(id)
        for (const f of diff.add) held.set(f.id as number, f)
        return Promise.resolve()
      },
    }
    return { source: s, held, calls }
  }
  const ids = (held: Map<number, GeoJSON.Feature>) => [...held.keys()].sort((a, b) => a - b)

  it('fills a new source whole, then sends diffs, and nothing when nothing changed', () => {
    const s = sink()
    const first = selectionMask(6, [0, 1, 2, 3, 4])
    expect(sendPointUpdate(s.source, null, first, all)).toBe('replace')
    expect(ids(s.held)).toEqual([0, 1, 2, 3, 4])
    const narrower = selectionMask(6, [1, 3])
    expect(sendPointUpdate(s.source, first, narrower, all)).toBe('diff')
    expect(ids(s.held)).toEqual([1, 3])
    expect(sendPointUpdate(s.source, narrower, narrower, all)).toBe('none')
    expect(s.calls).toEqual(['setData', 'updateData'])
  })
})
