import type { Enterprise } from './types'

/** Firm count per district, one pass. */
export function firmsByDistrict(firms: readonly Enterprise[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const f of firms) out.set(f.district, (out.get(f.district) ?? 0) + 1)
  return out
}

/** Firm count per enterprise type; a firm with several types counts under each. */
export function firmsByType(firms: readonly Enterprise[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const f of firms) for (const t of f.types) out.set(t, (out.get(t) ?? 0) + 1)
  return out
}

/** Output value (亿元) per segment, one pass. */
export function outputBySegment(firms: readonly Enterprise[]): Map<string, number> {
  const out = new Map<string, number>()
  for (const f of firms) out.set(f.segment, (out.get(f.segment) ?? 0) + f.outputValue)
  return out
}

export function sumOutput(firms: readonly Enterprise[]): number {
  let n = 0
  for (const f of firms) n += f.outputValue
  return n
}

export function sumTalent(firms: readonly Enterprise[]): number {
  let n = 0
  for (const f of firms) n += f.talent.total
  return n
}

/** The `n` firms with the largest output value, largest first; one pass with a small sorted buffer. */
export function topFirms(firms: readonly Enterprise[], n: number): Enterprise[] {
  const top: Enterprise[] = []
  for (const f of firms) {
    if (top.length === n && (top[n - 1]?.outputValue ?? 0) >= f.outputValue) continue
    let i = top.length
    while (i > 0 && (top[i - 1]?.outputValue ?? 0) < f.outputValue) i -= 1
    top.splice(i, 0, f)
    if (top.length > n) top.pop()
  }
  return top
}
