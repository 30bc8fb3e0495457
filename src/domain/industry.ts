import type { Enterprise } from './types'

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
