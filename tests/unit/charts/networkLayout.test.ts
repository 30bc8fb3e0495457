import { describe, expect, it } from 'vitest'
import { forceLayout } from '../../../src/charts/networkLayout'

/** A hub with `spokes` leaves, and a second hub sharing some of them: like the capped network. */
function graph(spokes: number) {
  const ids = ['A', 'B', ...Array.from({ length: spokes }, (_, i) => `f${i}`)]
  const links = ids
    .slice(2)
    .flatMap((id, i) => [{ source: id, target: 'A' }, ...(i % 3 === 0 ? [{ source: id, target: 'B' }] : [])])
  return { ids, links }
}

describe('forceLayout', () => {
  const { ids, links } = graph(58)
  const at = forceLayout(ids, links, { aspect: 1.5 })

  it('places every node inside the frame, the same way every time', () => {
    expect(at.size).toBe(60)
    for (const [x, y] of at.values()) {
      expect(Math.abs(x)).toBeLessThanOrEqual(0.75)
      expect(Math.abs(y)).toBeLessThanOrEqual(0.5)
    }
    expect(forceLayout(ids, links, { aspect: 1.5 })).toEqual(at)
  })

  it('keeps nodes apart and linked nodes nearer than unlinked ones', () => {
    const pts = [...at.values()]
    let nearest = Infinity
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++)
        nearest = Math.min(nearest, Math.hypot(pts[i]![0] - pts[j]![0], pts[i]![1] - pts[j]![1]))
    expect(nearest).toBeGreaterThan(0.01)
    const dist = (a: string, b: string) => Math.hypot(at.get(a)![0] - at.get(b)![0], at.get(a)![1] - at.get(b)![1])
    const linked = ids.slice(2).map((id) => dist(id, 'A'))
    const mean = linked.reduce((s, d) => s + d, 0) / linked.length
    // Every leaf links to A, a third of them to B: A sits among its leaves, B further from most.
    expect(mean).toBeLessThan(ids.slice(2).reduce((s, id) => s + dist(id, 'B'), 0) / linked.length)
  })

  it('uses the frame: the nodes spread over most of its width and height', () => {
    const xs = [...at.values()].map((p) => p[0])
    const ys = [...at.values()].map((p) => p[1])
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.75)
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.5)
  })

  it('copes with no nodes, one node, links to unknown nodes and self-links', () => {
    expect(forceLayout([], []).size).toBe(0)
    const one = forceLayout(
      ['x'],
      [
        { source: 'x', target: 'x' },
        { source: 'x', target: 'y' },
      ],
    )
    const p = one.get('x')!
    expect(Number.isFinite(p[0]) && Number.isFinite(p[1])).toBe(true)
  })
})
