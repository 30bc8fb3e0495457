import type { Chain, Enterprise, Stage } from '../../../src/domain/types'

/** A seeded generator so property-like tests are repeatable. */
export function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export function firm(p: Partial<Enterprise> = {}): Enterprise {
  return {
    id: 'e',
    name: '测试企业',
    district: '370402',
    lon: 117.3,
    lat: 34.8,
    chain: 'lithium',
    segment: 'lithium-cathode',
    types: [],
    employees: 10,
    talent: { total: 5, doctor: 0, master: 1, bachelor: 2, introduced: 0 },
    outputValue: 1,
    founded: 2010,
    ...p,
  }
}

const SEGS: [string, Stage][] = [
  ['resources', 'upstream'],
  ['cathode', 'upstream'],
  ['anode', 'upstream'],
  ['separator', 'upstream'],
  ['cell', 'midstream'],
  ['pack', 'midstream'],
  ['bms', 'midstream'],
  ['storage', 'downstream'],
  ['recycling', 'downstream'],
]

export const lithium: Chain = {
  id: 'lithium',
  name: '锂电产业链',
  nameEn: 'Lithium battery',
  segments: SEGS.map(([s, stage]) => ({ id: `lithium-${s}`, name: s, nameEn: s, stage })),
}

/** Firm counts per lithium segment, shaped like the sample (a missing and two weak links). */
export const COUNTS: Record<string, number> = {
  'lithium-resources': 0,
  'lithium-cathode': 12,
  'lithium-anode': 9,
  'lithium-separator': 2,
  'lithium-cell': 11,
  'lithium-pack': 9,
  'lithium-bms': 1,
  'lithium-storage': 15,
  'lithium-recycling': 13,
}

/** `scale` × COUNTS firms, each with talent 3, plus some firms of another chain. */
export function chainFirms(scale = 1): Enterprise[] {
  const out: Enterprise[] = []
  for (const [segment, n] of Object.entries(COUNTS)) {
    for (let i = 0; i < n * scale; i++) {
      out.push(
        firm({
          id: `${segment}-${i}`,
          segment,
          talent: { total: 3, doctor: 0, master: 0, bachelor: 1, introduced: 0 },
        }),
      )
    }
  }
  for (let i = 0; i < 5; i++) out.push(firm({ id: `x${i}`, chain: 'chemical', segment: 'lithium-bms' }))
  return out
}
