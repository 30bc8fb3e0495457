import { ref } from 'vue'

/**
 * While the datasets load, each chart's first drawing runs in a task of its own: a first `setOption`
 * lays out and measures every axis label (20–80 ms a chart at scale 50), and the charts of a view all
 * get their data in the task that brought the dataset, which would otherwise hold them all at once.
 * After the load (`endLoad`), charts draw at once, in the task of the change that asked for it.
 */
const queue: (() => void)[] = []
let scheduled = false
let loading = true

/** Charts whose first drawing is still queued; `data-ready` waits for none. */
export const chartsPending = ref(0)

function drain() {
  scheduled = false
  queue.shift()?.()
  chartsPending.value = queue.length
  if (queue.length) schedule()
}

function schedule() {
  if (scheduled) return
  scheduled = true
  setTimeout(drain, 0)
}

/** Runs `draw` now after the load, else in its own task after the ones queued before; returns a cancel. */
export function firstDraw(draw: () => void): () => void {
  if (!loading) {
    draw()
    return () => undefined
  }
  queue.push(draw)
  chartsPending.value = queue.length
  schedule()
  return () => {
    const i = queue.indexOf(draw)
    if (i < 0) return
    queue.splice(i, 1)
    chartsPending.value = queue.length
  }
}

/** The load is over (every dataset settled, every chart drawn): later first drawings run at once. */
export function endLoad(): void {
  loading = false
}
