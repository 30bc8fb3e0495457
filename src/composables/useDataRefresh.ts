import { onScopeDispose, watch } from 'vue'
import { startRefreshLoop } from '@/api/refreshLoop'
import { useDataStore } from '@/stores/data'
import { useRefreshStore } from '@/stores/refresh'

/**
 * Owns the live-refresh timer (issue 19): once every dataset has settled, checks for new data every
 * `refreshSeconds` (config.json; 0 = off) through the refresh store. One loop at a time; stopped
 * while a dataset reloads by hand and when the app's scope ends.
 */
export function useDataRefresh() {
  const data = useDataStore()
  const refresh = useRefreshStore()
  let stop: (() => void) | null = null

  function stopLoop() {
    stop?.()
    stop = null
  }

  watch(
    () => [data.settled, refresh.intervalSeconds] as const,
    ([settled, seconds]) => {
      stopLoop()
      if (!settled) return
      refresh.markLoaded()
      if (seconds > 0) stop = startRefreshLoop({ intervalMs: seconds * 1000, check: refresh.check })
    },
    { immediate: true },
  )
  onScopeDispose(stopLoop)
}
