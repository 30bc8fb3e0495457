/**
 * The output read back as the app reads it: each body through JSON and the app's validator, then
 * the app's cross-checks. Expected: nothing dropped (points outside their district only when kept).
 */
import { validateDataset } from '../src/api/load.ts'
import { reconcilePoints, reconcileTalent } from '../src/domain/reconcile.ts'
import { DATASET_NAMES, type Datasets } from '../src/domain/types.ts'
import type { ImportReport } from './report.ts'

export function finalCheck(d: Datasets): ImportReport['app'] {
  const validation: Record<string, Record<string, number>> = {}
  const read: Partial<Datasets> = {}
  for (const name of DATASET_NAMES) {
    const r = validateDataset(name, JSON.parse(JSON.stringify(d[name])))
    validation[name] = r.ok ? r.dropped.byReason : { [`failed: ${r.error.message}`]: 1 }
    if (r.ok) Object.assign(read, { [name]: r.data })
  }
  const reconcile: Record<string, Record<string, number>> = {}
  let outside = 0
  if (read.meta) {
    const parts = {
      talent: read.talent && reconcileTalent(read.meta, read.talent),
      enterprises: read.enterprises && reconcilePoints('enterprises', read.meta, read.boundaries, read.enterprises),
      platforms: read.platforms && reconcilePoints('platforms', read.meta, read.boundaries, read.platforms),
    }
    for (const [name, part] of Object.entries(parts)) {
      reconcile[name] = part?.dropped ?? {}
      outside += part?.outside ?? 0
    }
  }
  return { validation, reconcile, outside }
}
