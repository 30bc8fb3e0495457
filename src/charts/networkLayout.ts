/** A node's place in the layout frame: x in [-aspect/2, aspect/2], y in [-1/2, 1/2]. */
export type NodePoint = [x: number, y: number]

export interface LayoutOptions {
  /** Width over height of the frame the nodes are kept in. */
  aspect?: number
  iterations?: number
}

/**
 * A force-directed layout (Fruchterman–Reingold) computed here rather than by ECharts, so it is
 * the same on every draw and every node stays inside a frame the chart then fits to its box:
 * ECharts' own force layout lets nodes drift out over the legend and past the chart's edges.
 * Nodes start on a sunflower spiral in the order given (the caller puts hubs first, so they
 * settle in the middle); no randomness. O(iterations × n²): fine for the capped network (≤ 60 nodes).
 */
export function forceLayout(
  ids: readonly string[],
  links: readonly { source: string; target: string }[],
  { aspect = 1.5, iterations = 300 }: LayoutOptions = {},
): Map<string, NodePoint> {
  const n = ids.length
  const index = new Map(ids.map((id, i) => [id, i]))
  const edges = links.flatMap((l) => {
    const [a, b] = [index.get(l.source), index.get(l.target)]
    return a === undefined || b === undefined || a === b ? [] : [[a, b] as const]
  })
  // The ideal spacing: somewhat under an even share of the frame, so the nodes do not pile up on its edges.
  const k = 0.7 * Math.sqrt(aspect / Math.max(n, 1))
  const golden = Math.PI * (3 - Math.sqrt(5))
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const r = 0.45 * Math.sqrt((i + 0.5) / n)
    x[i] = r * Math.cos(i * golden) * aspect
    y[i] = r * Math.sin(i * golden)
  }
  const dx = new Float64Array(n)
  const dy = new Float64Array(n)
  // Adds a force of `f` per unit of distance along i→j to i, its opposite to j (positive: apart).
  const push = (i: number, j: number, f: number, ex: number, ey: number) => {
    dx[i]! += ex * f
    dy[i]! += ey * f
    dx[j]! -= ex * f
    dy[j]! -= ey * f
  }
  for (let it = 0; it < iterations; it++) {
    dx.fill(0)
    dy.fill(0)
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        // Two nodes on one spot are parted along a fixed direction rather than at random.
        const ex = x[i]! - x[j]! || 1e-6 * (i - j)
        const ey = y[i]! - y[j]! || 1e-6
        const d2 = ex * ex + ey * ey
        push(i, j, (k * k) / d2, ex, ey)
      }
    for (const [a, b] of edges) {
      const ex = x[a]! - x[b]!
      const ey = y[a]! - y[b]!
      push(a, b, -Math.sqrt(ex * ex + ey * ey) / k, ex, ey)
    }
    // The step shrinks from a tenth of the frame to nothing: the layout settles.
    const step = (0.1 * aspect * (iterations - it)) / iterations
    for (let i = 0; i < n; i++) {
      const len = Math.hypot(dx[i]!, dy[i]!) || 1
      const m = Math.min(len, step) / len
      x[i] = clamp(x[i]! + dx[i]! * m, aspect / 2)
      y[i] = clamp(y[i]! + dy[i]! * m, 0.5)
    }
  }
  return new Map(ids.map((id, i) => [id, [x[i]!, y[i]!] as NodePoint]))
}

function clamp(v: number, half: number): number {
  return Math.max(-half, Math.min(half, v))
}
