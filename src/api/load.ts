import type { DatasetName, Datasets } from '../domain/types.ts'
import { createHttp, nextTask, type DatasetError, type Http } from './client.ts'
import type { AppConfig } from './config.ts'
import { emptyReport, type DropReport } from './schemas/common.ts'
import { validators, type ValidateOptions } from './schemas/index.ts'

export type { DatasetError } from './client.ts'
export type { DropReport } from './schemas/common.ts'

/** A validated dataset with what was dropped on the way, or why it cannot be used at all. */
export type LoadResult<K extends DatasetName> =
  { ok: true; data: Datasets[K]; dropped: DropReport } | { ok: false; error: DatasetError }

export interface Api {
  /**
   * Fetches and validates `{apiBase}/{name}`. Never rejects: every failure is `{ ok: false, error }`.
   * `version`: the data version a refresh asks for (see `Http.getJson`).
   */
  load<K extends DatasetName>(name: K, version?: string): Promise<LoadResult<K>>
}

function describeThrown(error: unknown): string {
  return error instanceof Error ? error.message : 'unexpected failure'
}

/**
 * Validates an already-parsed body: the top-level shape must hold (else kind 'shape'),
 * bad records are dropped and counted. Never throws. The one entry point to the app's rules for
 * other tools too (src/api/README.md): `options.against` adds the checks against meta and the boundaries.
 */
export function validateDataset<K extends DatasetName>(
  name: K,
  raw: unknown,
  options: ValidateOptions = {},
): LoadResult<K> {
  try {
    const report = emptyReport()
    const result = validators[name](raw, report, options)
    if (!result.ok) return { ok: false, error: { dataset: name, kind: 'shape', message: result.message } }
    return { ok: true, data: result.data, dropped: report }
  } catch (error) {
    return {
      ok: false,
      error: { dataset: name, kind: 'shape', message: `validation failed: ${describeThrown(error)}` },
    }
  }
}

/** The data API for one deployment. `http` defaults to fetch against `config.apiBase`, with `config.timeoutMs`. */
export function createApi(
  config: Pick<AppConfig, 'apiBase' | 'timeoutMs'>,
  http: Http = createHttp(config.apiBase, config.timeoutMs === undefined ? {} : { timeoutMs: config.timeoutMs }),
): Api {
  return {
    async load<K extends DatasetName>(name: K, version?: string): Promise<LoadResult<K>> {
      try {
        const body = await http.getJson(name, version)
        if (!body.ok) return { ok: false, error: body.error }
        await nextTask()
        return validateDataset(name, body.value)
      } catch (error) {
        return { ok: false, error: { dataset: name, kind: 'network', message: describeThrown(error) } }
      }
    },
  }
}
