/**
 * Layers marked with this metadata take clicks and hovers first: the district layers
 * beneath them ignore a pointer event that lands on one (a firm, a cluster, a platform).
 */
export const POINTER = { 'zz:pointer': true } as const

/** Whether any of the rendered features under the pointer belongs to a pointer-taking layer. */
export function claimsPointer(hits: readonly { layer: { metadata?: unknown } }[]): boolean {
  return hits.some((h) => (h.layer.metadata as Record<string, unknown> | undefined)?.['zz:pointer'] === true)
}
