import type { Chain, Segment, Stage } from './types'

export const STAGES: readonly Stage[] = ['upstream', 'midstream', 'downstream']

/**
 * A segment is a weak link (弱链) when it has firms but no more than this share of the
 * chain's median segment count. Relative, so it reads the same on 1× and 50× data
 * (lithium at 1×: median 10 → 1–2 firms are weak).
 */
export const WEAK_SHARE = 0.25

export type LinkFlag = 'missing' | 'weak' | null

export interface SegmentBox {
  segment: Segment
  firms: number
  /** Sum of talent.total over the segment's firms. */
  talent: number
  outputValue: number
  /** Firms relative to the chain's largest segment, 0–1: drives the box size and colour. */
  intensity: number
  flag: LinkFlag
  selected: boolean
}

export interface ChainModel {
  chain: Chain
  stages: { stage: Stage; boxes: SegmentBox[] }[]
  median: number
  /** Firms at or below this (and above 0) make a weak link. */
  weakMax: number
  firms: number
  talent: number
}

export function median(values: readonly number[]): number {
  if (!values.length) return 0
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

export function linkFlag(firms: number, weakMax: number): LinkFlag {
  if (firms === 0) return 'missing'
  return firms <= weakMax ? 'weak' : null
}

/** The chain the diagram shows: the chain filter, else the selected segment's chain, else the fallback. */
export function focusChain(
  chains: readonly Chain[],
  chain: string | null,
  segment: string | null,
  fallback: string,
): Chain | null {
  const byId = (id: string | null) => (id ? chains.find((c) => c.id === id) : undefined)
  const ofSegment = segment ? chains.find((c) => c.segments.some((s) => s.id === segment)) : undefined
  return byId(chain) ?? ofSegment ?? byId(fallback) ?? chains[0] ?? null
}

/** Firms, talent and output of one segment. */
export interface SegmentStats {
  count: number
  talent: number
  outputValue: number
}

/**
 * Segment boxes of one chain in stage columns from per-segment stats (the engine's `bySegment`,
 * which ignores the segment filter), with 缺链 / 弱链 flags.
 */
export function chainModelFromStats(
  chain: Chain,
  bySegment: ReadonlyMap<string, SegmentStats>,
  selected: string | null,
): ChainModel {
  const stats = chain.segments.map((s) => bySegment.get(s.id) ?? { count: 0, talent: 0, outputValue: 0 })
  const counts = stats.map((a) => a.count)
  const med = median(counts)
  const weakMax = Math.floor(med * WEAK_SHARE)
  const top = Math.max(1, ...counts)
  const boxes = chain.segments.map((segment, i): SegmentBox => {
    const a = stats[i] ?? { count: 0, talent: 0, outputValue: 0 }
    return {
      segment,
      firms: a.count,
      talent: a.talent,
      outputValue: a.outputValue,
      intensity: a.count / top,
      flag: linkFlag(a.count, weakMax),
      selected: segment.id === selected,
    }
  })
  return {
    chain,
    stages: STAGES.map((stage) => ({ stage, boxes: boxes.filter((b) => b.segment.stage === stage) })),
    median: med,
    weakMax,
    firms: boxes.reduce((n, b) => n + b.firms, 0),
    talent: boxes.reduce((n, b) => n + b.talent, 0),
  }
}
