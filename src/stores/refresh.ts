import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { DatasetName } from '@/domain/types'
import type { CheckResult } from '@/api/refreshLoop'
import { probeMeta } from '@/api/refreshMeta'
import {
  clampRefreshSeconds,
  emptiedDataset,
  NO_VALIDATORS,
  REFRESH_SECONDS_DEFAULT,
  type MetaValidators,
} from '@/api/refreshPolicy'
import { useDataStore } from './data'

/** Why the last check failed; the data on screen is still the last good one. */
export interface RefreshFailure {
  /** The dataset that came back unusable as a whole, when that was the cause (else the network or meta). */
  dataset: DatasetName | null
}

/**
 * Live refresh state (issue 19): when the data on screen was last known current, whether the last
 * check failed, and `generation`, bumped on every swap. The loop that calls `check` lives in
 * `useDataRefresh`. Server mode: `serverQuery` asks the server again whenever `checks` moves on
 * (every interval), as it holds no datasets to swap.
 */
export const useRefreshStore = defineStore('refresh', () => {
  const data = useDataStore()
  /** Seconds between checks; 0 = off. */
  const intervalSeconds = computed(() => clampRefreshSeconds(data.config?.refreshSeconds ?? REFRESH_SECONDS_DEFAULT))
  /** When the data on screen was last confirmed current (loaded, or a check found nothing newer). */
  const checkedAt = ref<number | null>(null)
  /** When new data was last swapped in. */
  const updatedAt = ref<number | null>(null)
  const failure = shallowRef<RefreshFailure | null>(null)
  const generation = ref(0)
  /** Successful checks so far: server mode re-asks the server on each (the same interval). */
  const checks = ref(0)
  let validators: MetaValidators = NO_VALIDATORS

  /** The first load counts as a check. */
  function markLoaded() {
    checkedAt.value ??= Date.now()
  }

  function fail(dataset: DatasetName | null, message: string): CheckResult {
    console.warn(
      `[refresh] update failed, keeping the data of ${new Date(checkedAt.value ?? 0).toISOString()}: ${message}`,
    )
    failure.value = { dataset }
    // Ask plainly next time: a cross-origin server may refuse conditional headers it did not expect.
    validators = NO_VALIDATORS
    return 'failed'
  }

  /** One check: ask meta whether the data changed; if so, load the new version and swap it in whole. */
  async function check(): Promise<CheckResult> {
    const config = data.config
    if (!config) return 'failed'
    const decision = await probeMeta(config.apiBase, {
      version: data.meta?.dataVersion ?? null,
      validators,
      ...(config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
    })
    if (decision.kind === 'failed') return fail(null, decision.message)
    if (decision.kind === 'changed') {
      const next = await data.loadNext(decision.version)
      if (!next.ok) {
        const first = next.errors[0]
        return fail(first?.dataset ?? null, next.errors.map((e) => `${e.dataset}: ${e.message}`).join('; '))
      }
      const emptied = emptiedDataset(next.raw, next.dropped)
      if (emptied) return fail(emptied, `${emptied}: every record failed validation`)
      data.swapIn(next)
      updatedAt.value = Date.now()
      generation.value += 1
    }
    validators = decision.validators
    failure.value = null
    checkedAt.value = Date.now()
    checks.value += 1
    return 'ok'
  }

  return { intervalSeconds, checkedAt, updatedAt, failure, generation, checks, markLoaded, check }
})
