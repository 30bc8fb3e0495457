/**
 * Live counts of map and chart instances, exposed on `window.__zzInstances` so browser
 * tests can assert that route changes and tour steps leak none.
 */
const counts = { map: 0, chart: 0 }

declare global {
  interface Window {
    __zzInstances?: typeof counts
  }
}

if (typeof window !== 'undefined') window.__zzInstances = counts

export function registerInstance(kind: keyof typeof counts): () => void {
  counts[kind] += 1
  let released = false
  return () => {
    if (released) return
    released = true
    counts[kind] -= 1
  }
}
