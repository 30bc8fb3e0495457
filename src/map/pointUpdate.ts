import type { GeoJSONSource } from 'maplibre-gl'

/**
 * Keeping a large GeoJSON point source in step with a filter. MapLibre serialises every feature handed
 * to `setData` or `updateData` on the main thread (≈ 4 µs a point in headless Chromium: 0.8–1 s for the
 * 200k firms of the scale-50 data in one task), so a point source is fed through a `PointFeed`: feature
 * ids are record indexes (`feature(i)` makes or finds feature i), a change sends only the difference, and the
 * points to add go in slices of `POINT_SLICE`, each sent once MapLibre's worker has taken the one before
 * (so no main-thread task serialises more than one slice, and input and frames run in between).
 */

/** Above this share of the new selection to add, a diff costs as much as resending everything. */
export const REPLACE_SHARE = 0.5

/** Points per upload: ≈ 50–80 ms of MapLibre's serialisation on a busy 2-core machine. */
export const POINT_SLICE = 15_000

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

/** The two calls of MapLibre's GeoJSONSource a point update needs (each resolves once its worker is done). */
export type PointSink = Pick<GeoJSONSource, 'setData' | 'updateData'>

/** One point source kept showing a selection of the features (the masks index them by record). */
export interface PointFeed {
  /** Starts bringing the source to the points of `next`; a later call supersedes the slices still to send. */
  show(next: Uint8Array): PointUpdate['kind']
  /** Sends no more slices (the source's dataset or map went away). */
  stop(): void
  /** Resolves once the source holds what the last `show` asked for (or a later `show` or `stop` took over). */
  readonly done: Promise<void>
}

function sameMask(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function selectedIndices(mask: Uint8Array): number[] {
  const out: number[] = []
  for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(i)
  return out
}

export function pointFeed(sink: PointSink, feature: (i: number) => GeoJSON.Feature, slice = POINT_SLICE): PointFeed {
  /** What the source holds, counting every update already handed to it (MapLibre applies them in order). */
  let held: Uint8Array | null = null
  /** What the last `show` asked for; the same selection again continues its slices instead of starting over. */
  let wanted: Uint8Array | null = null
  let run = 0
  let done: Promise<void> = Promise.resolve()
  const features = (ids: readonly number[]) => ids.map(feature)

  async function addInSlices(ids: readonly number[], from: number, mine: number): Promise<void> {
    for (let k = from; k < ids.length; k += slice) {
      if (mine !== run || !held) return
      const part = ids.slice(k, k + slice)
      for (const i of part) held[i] = 1
      await sink.updateData({ add: features(part) }).catch(() => undefined)
    }
  }

  function show(next: Uint8Array): PointUpdate['kind'] {
    if (wanted && sameMask(wanted, next)) return 'none'
    const plan = planPointUpdate(held, next)
    wanted = next
    if (plan.kind === 'none') return plan.kind
    const mine = ++run
    if (plan.kind === 'replace') {
      const ids = selectedIndices(next)
      const first = ids.slice(0, slice)
      held = new Uint8Array(next.length)
      for (const i of first) held[i] = 1
      const sent = sink.setData({ type: 'FeatureCollection', features: features(first) })
      done = sent.catch(() => undefined).then(() => addInSlices(ids, slice, mine))
    } else {
      const h = held as Uint8Array
      for (const i of plan.remove) h[i] = 0
      const removed = plan.remove.length ? sink.updateData({ remove: plan.remove }) : Promise.resolve()
      done = removed.catch(() => undefined).then(() => addInSlices(plan.add, 0, mine))
    }
    return plan.kind
  }

  return {
    show,
    stop: () => {
      run++
      wanted = null
    },
    get done() {
      return done
    },
  }
}
