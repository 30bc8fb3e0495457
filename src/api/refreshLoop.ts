import { retryDelayMs } from './refreshPolicy.ts'

export type CheckResult = 'ok' | 'failed'

export interface RefreshLoopOptions {
  intervalMs: number
  /** One check (and the reload it may start); the next is scheduled once it has settled. */
  check: () => Promise<CheckResult>
  /** Spreads retries of many screens; defaults to Math.random. */
  random?: () => number
}

/**
 * Runs `check` every `intervalMs`, after failures with backoff (`retryDelayMs`). One timer at a
 * time and never two checks at once, whatever a check costs. Returns `stop`, which clears the
 * timer and ignores a check still under way.
 */
export function startRefreshLoop(options: RefreshLoopOptions): () => void {
  const { intervalMs, check, random = Math.random } = options
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  let failures = 0

  function schedule(ms: number) {
    timer = setTimeout(() => void run(), ms)
  }

  async function run() {
    timer = undefined
    const result = await check().catch((): CheckResult => 'failed')
    if (stopped) return
    failures = result === 'ok' ? 0 : failures + 1
    schedule(failures ? retryDelayMs(intervalMs, failures, random()) : intervalMs)
  }

  schedule(intervalMs)
  return () => {
    stopped = true
    clearTimeout(timer)
    timer = undefined
  }
}
