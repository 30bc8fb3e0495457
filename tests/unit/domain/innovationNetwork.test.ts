import { describe, expect, it } from 'vitest'
import { collaborationNetwork } from '../../../src/domain/innovationNetwork'
import { innovationPlatform, innovationPlatforms } from '../fixtures'

const names = new Map([
  ['E1', '甲公司'],
  ['E2', '乙公司'],
])

describe('collaborationNetwork', () => {
  it('links host firms to partners, weighted by shared platforms', () => {
    const net = collaborationNetwork(innovationPlatforms, names)
    expect(net.links).toEqual([
      { source: 'firm:E1', target: 'org:山东大学', weight: 2 },
      { source: 'firm:E2', target: 'org:山东大学', weight: 1 },
      { source: 'firm:E2', target: 'org:枣庄学院', weight: 1 },
    ])
    const byId = new Map(net.nodes.map((n) => [n.id, n]))
    expect(byId.get('firm:E1')).toMatchObject({
      name: '甲公司',
      category: 'firm',
      degree: 1,
      platforms: 2,
      firmId: 'E1',
    })
    expect(byId.get('org:山东大学')).toMatchObject({ category: 'university', degree: 2, platforms: 3 })
    expect(byId.get('org:枣庄学院')).toMatchObject({ degree: 1, platforms: 1 })
    expect(net.totalNodes).toBe(4)
  })

  it('skips platforms without a host and counts a repeated partner once', () => {
    const net = collaborationNetwork(
      [innovationPlatform({ host: 'E9', partners: ['A', 'A'] }), innovationPlatform({ partners: ['B'] })],
      names,
    )
    expect(net.nodes.map((n) => n.id)).toEqual(['firm:E9', 'org:A'])
    expect(net.nodes[0]?.name).toBe('E9')
    expect(net.links).toEqual([{ source: 'firm:E9', target: 'org:A', weight: 1 }])
  })

  it('caps to the nodes of highest degree and keeps only links between them', () => {
    // One hub university with 100 firms, and a pair with a single link.
    const items = Array.from({ length: 100 }, (_, i) =>
      innovationPlatform({ id: `p${i}`, host: `F${i}`, partners: ['Hub', ...(i < 5 ? ['Second'] : [])] }),
    )
    const net = collaborationNetwork(items, new Map(), 10)
    expect(net.nodes).toHaveLength(10)
    expect(net.totalNodes).toBe(102)
    expect(net.totalLinks).toBe(105)
    expect(net.nodes[0]?.id).toBe('org:Hub')
    expect(net.nodes[1]?.id).toBe('org:Second')
    // The firms linked to both come next: degree 2.
    expect(
      net.nodes
        .slice(2, 7)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['firm:F0', 'firm:F1', 'firm:F2', 'firm:F3', 'firm:F4'])
    const ids = new Set(net.nodes.map((n) => n.id))
    expect(net.links.every((l) => ids.has(l.source) && ids.has(l.target))).toBe(true)
    expect(net.links).toHaveLength(8 + 5)
  })

  it('is empty for no platforms', () => {
    expect(collaborationNetwork([], names)).toEqual({ nodes: [], links: [], totalNodes: 0, totalLinks: 0 })
  })
})
