import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planPointUpdate, pointFeed, REPLACE_SHARE } from '../../../src/map/pointUpdate'

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

describe('pointFeed', () => {
  const all = Array.from({ length: 10 }, (_, i): GeoJSON.Feature => ({
    type: 'Feature',
    id: i,
    geometry: { type: 'Point', coordinates: [i, i] },
    properties: {},
  }))
  /** A source that records what it was sent and holds the features it would show; each call resolves later. */
  function sink() {
    const held = new Map<number, GeoJSON.Feature>()
    const calls: string[] = []
    const later = () => new Promise<void>((r) => setTimeout(r, 0))
    const s = {
      setData(data: GeoJSON.FeatureCollection) {
        calls.push(`setData ${data.features.length}`)
        held.clear()
        for (const f of data.features) held.set(f.id as number, f)
        return later()
      },
      updateData(diff: { remove?: number[]; add?: GeoJSON.Feature[] }) {
        calls.push(`updateData -${diff.remove?.length ?? 0} +${diff.add?.length ?? 0}`)
        for (const id of diff.remove ?? []) held.delete(id)
        for (const f of diff.add ?? []) held.set(f.id as number, f)
        return later()
      },
    }
    return { source: s, held, calls }
  }
  const ids = (held: Map<number, GeoJSON.Feature>) => [...held.keys()].sort((a, b) => a - b)

  it('fills a new source whole, then sends diffs, and nothing when nothing changed', async () => {
    const s = sink()
    const feed = pointFeed(s.source, (i) => all[i]!)
    const first = selectionMask(10, [0, 1, 2, 3, 4])
    expect(feed.show(first)).toBe('replace')
    await feed.done
    expect(ids(s.held)).toEqual([0, 1, 2, 3, 4])
    const narrower = selectionMask(10, [1, 3])
    expect(feed.show(narrower)).toBe('diff')
    await feed.done
    expect(ids(s.held)).toEqual([1, 3])
    expect(feed.show(narrower)).toBe('none')
    expect(s.calls).toEqual(['setData 5', 'updateData -3 +0'])
  })

  it('sends the points in slices, one upload after the other', async () => {
    const s = sink()
    const feed = pointFeed(s.source, (i) => all[i]!, 3)
    feed.show(selectionMask(10, [0, 1, 2, 3, 4, 5, 6, 7]))
    expect(s.calls).toEqual(['setData 3'])
    await feed.done
    expect(s.calls).toEqual(['setData 3', 'updateData -0 +3', 'updateData -0 +2'])
    expect(ids(s.held)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
  })

  it('a new selection while slices are still to send plans from what the source holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(3), { minLength: 5, maxLength: 5 }),
        async (masks, waits) => {
          const s = sink()
          const feed = pointFeed(s.source, (i) => all[i]!, 2)
          for (const [k, m] of masks.entries()) {
            feed.show(Uint8Array.from(m, Number))
            for (let w = 0; w < (waits[k] ?? 0); w++) await new Promise((r) => setTimeout(r, 0))
          }
          await feed.done
          const last = masks[masks.length - 1] as boolean[]
          expect(ids(s.held)).toEqual(last.flatMap((b, i) => (b ? [i] : [])))
        },
      ),
      { numRuns: 60 },
    )
  })

  it('the same selection again while its slices are on their way continues them', async () => {
    const s = sink()
    const feed = pointFeed(s.source, (i) => all[i]!, 2)
    const every = selectionMask(10, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
    feed.show(every)
    await new Promise((r) => setTimeout(r, 0))
    expect(feed.show(Uint8Array.from(every))).toBe('none')
    await feed.done
    expect(s.calls.filter((c) => c.startsWith('setData'))).toHaveLength(1)
    expect(ids(s.held)).toHaveLength(10)
  })

  it('stop sends no more slices', async () => {
    const s = sink()
    const feed = pointFeed(s.source, (i) => all[i]!, 2)
    feed.show(selectionMask(10, [0, 1, 2, 3, 4, 5]))
    feed.stop()
    await feed.done
    expect(s.calls).toEqual(['setData 2'])
  })
})
