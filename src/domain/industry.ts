/**
 * The `n` records with the largest `values` among `indices`, largest first (ties: the earlier record
 * first); one pass with a small sorted buffer. Returns their indices, so only the winners become records.
 */
export function topIndices(values: ArrayLike<number>, indices: ArrayLike<number>, n: number): number[] {
  const top: number[] = []
  const at = (i: number | undefined) => (i === undefined ? 0 : (values[i] as number))
  for (let k = 0; k < indices.length; k++) {
    const r = indices[k] as number
    const v = values[r] as number
    if (top.length === n && at(top[n - 1]) >= v) continue
    let i = top.length
    while (i > 0 && at(top[i - 1]) < v) i -= 1
    top.splice(i, 0, r)
    if (top.length > n) top.pop()
  }
  return top
}
