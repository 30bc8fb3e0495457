import { combine, reconcilePoints, reconcileTalent, type Reconciled } from '../../../src/domain/reconcile'
import type { Datasets } from '../../../src/domain/types'

/**
 * The store's cross-checks in one call (src/stores/data.ts runs them per dataset, as each arrives):
 * ids meta does not know, and points outside their district, are dropped and counted. Without meta
 * records pass as they are.
 */
export function reconcile(d: Partial<Datasets>): Reconciled {
  const meta = d.meta
  if (!meta) return { datasets: d, dropped: {}, outside: 0 }
  return combine(d, {
    talent: d.talent && reconcileTalent(meta, d.talent),
    enterprises: d.enterprises && reconcilePoints('enterprises', meta, d.boundaries, d.enterprises),
    platforms: d.platforms && reconcilePoints('platforms', meta, d.boundaries, d.platforms),
  })
}
