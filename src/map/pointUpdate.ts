import type { GeoJSONSource } from 'maplibre-gl'

/**
 * Keeping a large GeoJSON point source in step with a filter. MapLibre serialises and
 * structured-clones every feature handed to `setData` on the main thread (≈ 1–2 s for the 200k
 * firms of the scale-50 data in headless Chromium), so a filter change sends only what changed:
 * feature ids are indexes into one feature list built per dataset, narrowing sends the ids to
 * remove, widening the features to add.
 */

/** Above this share of the new selection to add, a diff costs as much as resending everything. */
export const REPLACE_SHARE = 0.5

export type PointUpdate = { kind: 'replace' } | { kind: 'diff'; remove: number[]; add: number[] } | { kind: 'none' }

/** What to send a source that shows `shown` so it shows `next` (null `shown` = nothing sent yet). */
export function planPointUpdate(shown: Uint8Array | null, next: Uint8Array): PointUpdate {
  if (!shown || shown.length !== next.length) return { kind: 'replace' }
  const remove: number[] = []
  const add: number[] = []
  let count = 0
  for (let i = 0; i < next.length; i++) {
    const n = next[i] as number
    count += n
    if (n === shown[i]) continue
    if (n) add.push(i)
    else remove.push(i)
  }
  if (!remove.length && !add.length) return { kind: 'none' }
  return add.length > count * REPLACE_SHARE ? { kind: 'replace' } : { kind: 'diff', remove, add }
}

/** The two calls of MapLibre's GeoJSONSource a point update needs. */
export type PointSink = Pick<GeoJSONSource, 'setData' | 'updateData'>

/**
 * Sends `sink`, which shows the points of `shown`, what it needs to show those of `next`:
 * nothing, a diff by feature id, or the whole selection. `all` is the feature list the masks index.
 */
export function sendPointUpdate(
  sink: PointSink,
  shown: Uint8Array | null,
  next: Uint8Array,
  all: readonly GeoJSON.Feature[],
): PointUpdate['kind'] {
  const plan = planPointUpdate(shown, next)
  if (plan.kind === 'diff')
    void sink.updateData({ remove: plan.remove, add: plan.add.map((i) => all[i] as GeoJSON.Feature) })
  if (plan.kind === 'replace')
    void sink.setData({ type: 'FeatureCollection', features: all.filter((_, i) => next[i] === 1) })
  return plan.kind
}
