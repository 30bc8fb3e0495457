import { describe, expect, it } from 'vitest'
import { chainModelFromStats, focusChain, linkFlag, median } from '../../../src/domain/chainModel'
import { enterpriseCube } from '../../../src/domain/engine'
import { emptyFilters } from '../../../src/domain/filters'
import type { Chain, Enterprise } from '../../../src/domain/types'
import { chainFirms, COUNTS, lithium } from '../fixtures'

/** The diagram of a chain from these firms, through the engine (its segment group, as the industry view). */
function buildChainModel(chain: Chain, firms: Enterprise[], selected: string | null) {
  const bySegment = enterpriseCube.fromRows(firms).query({ ...emptyFilters(), chain: chain.id }, 2024).bySegment
  return chainModelFromStats(chain, bySegment, selected)
}

const flags = (scale: number) => {
  const m = buildChainModel(lithium, chainFirms(scale), null)
  return Object.fromEntries(m.stages.flatMap((s) => s.boxes).map((b) => [b.segment.id, b.flag]))
}

describe('the chain model', () => {
  it('counts firms and sums talent per segment, only for firms of the chain', () => {
    const m = buildChainModel(lithium, chainFirms(), null)
    const boxes = m.stages.flatMap((s) => s.boxes)
    for (const b of boxes) {
      expect(b.firms).toBe(COUNTS[b.segment.id])
      expect(b.talent).toBe(3 * (COUNTS[b.segment.id] ?? 0))
    }
    expect(m.firms).toBe(Object.values(COUNTS).reduce((a, b) => a + b, 0))
    expect(m.talent).toBe(3 * m.firms)
  })

  it('lays the segments out in upstream → midstream → downstream columns', () => {
    const m = buildChainModel(lithium, [], null)
    expect(m.stages.map((s) => s.stage)).toEqual(['upstream', 'midstream', 'downstream'])
    expect(m.stages.map((s) => s.boxes.length)).toEqual([4, 3, 2])
  })

  it('flags 0 firms 缺链 and few firms 弱链 relative to the median', () => {
    const m = buildChainModel(lithium, chainFirms(), null)
    expect(m.median).toBe(9)
    expect(m.weakMax).toBe(2)
    expect(flags(1)).toEqual({
      'lithium-resources': 'missing',
      'lithium-cathode': null,
      'lithium-anode': null,
      'lithium-separator': 'weak',
      'lithium-cell': null,
      'lithium-pack': null,
      'lithium-bms': 'weak',
      'lithium-storage': null,
      'lithium-recycling': null,
    })
  })

  it('gives the same flags on 50× data (the rule is relative)', () => {
    expect(flags(50)).toEqual(flags(1))
  })

  it('marks the selected segment and scales intensity to the largest', () => {
    const m = buildChainModel(lithium, chainFirms(), 'lithium-cell')
    const boxes = m.stages.flatMap((s) => s.boxes)
    expect(boxes.filter((b) => b.selected).map((b) => b.segment.id)).toEqual(['lithium-cell'])
    expect(Math.max(...boxes.map((b) => b.intensity))).toBe(1)
    expect(boxes.find((b) => b.segment.id === 'lithium-resources')?.intensity).toBe(0)
  })

  it('with no firms at all, every segment is missing and none weak', () => {
    const m = buildChainModel(lithium, [], null)
    expect(m.stages.flatMap((s) => s.boxes).every((b) => b.flag === 'missing')).toBe(true)
  })
})

describe('helpers', () => {
  it('median of odd, even and empty lists', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
    expect(median([])).toBe(0)
  })
  it('linkFlag', () => {
    expect(linkFlag(0, 2)).toBe('missing')
    expect(linkFlag(2, 2)).toBe('weak')
    expect(linkFlag(3, 2)).toBeNull()
    expect(linkFlag(1, 0)).toBeNull()
  })
  it('focusChain: chain filter, else the segment’s chain, else the fallback', () => {
    const chem = {
      ...lithium,
      id: 'chemical',
      segments: [{ id: 'chemical-fine', name: 'f', nameEn: 'f', stage: 'midstream' as const }],
    }
    const chains = [lithium, chem]
    expect(focusChain(chains, 'chemical', null, 'lithium')?.id).toBe('chemical')
    expect(focusChain(chains, null, 'chemical-fine', 'lithium')?.id).toBe('chemical')
    expect(focusChain(chains, null, null, 'lithium')?.id).toBe('lithium')
    expect(focusChain(chains, 'nope', null, 'nope')?.id).toBe('lithium')
    expect(focusChain([], null, null, 'lithium')).toBeNull()
  })
})
