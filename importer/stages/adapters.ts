/** The app's validator and cross-checks, as seen by each list the importer writes. */
import { reconcilePoints, reconcileTalent } from '../../src/domain/reconcile.ts'
import type {
  Boundaries,
  DemandRow,
  Enterprise,
  Meta,
  Platform,
  Source,
  Talent,
  TalentCell,
  TalentSourceRow,
} from '../../src/domain/types.ts'
import type { AppList, Reconciler } from '../check.ts'
import type { MapContext } from '../datasets/common.ts'
import type { OpenOptions } from '../sheet.ts'

/** What every stage needs: meta and boundaries, the lookups and converter, and the options. */
export interface Env {
  meta: Meta
  boundaries: Boundaries
  ctx: MapContext
  open: (file: 'firms' | 'platforms' | 'talent' | 'demand' | 'sources') => OpenOptions
  keepOutside: boolean
  minCell: number
}

export const ENTERPRISES: AppList<'enterprises', Enterprise> = {
  name: 'enterprises',
  wrap: (items) => ({ items }),
  unwrap: (d) => d.items,
  key: (e) => e.id,
}

export const PLATFORMS: AppList<'platforms', Platform> = {
  name: 'platforms',
  wrap: (items) => ({ items }),
  unwrap: (d) => d.items,
  key: (p) => p.id,
}

type TalentPart = keyof Talent

function talentList<P extends TalentPart>(part: P): AppList<'talent', Talent[P][number]> {
  return {
    name: 'talent',
    wrap: (list) => ({ cells: [], demand: [], sources: [], [part]: list }),
    unwrap: (d) => d[part],
  }
}

export const CELLS: AppList<'talent', TalentCell> = talentList('cells')
export const DEMAND: AppList<'talent', DemandRow> = talentList('demand')
export const TALENT_SOURCES: AppList<'talent', TalentSourceRow> = talentList('sources')

/** meta.sources, checked inside the base meta. */
export function citedSourcesList(meta: Meta): AppList<'meta', Source> {
  return { name: 'meta', wrap: (sources) => ({ ...meta, sources }), unwrap: (m) => m.sources, key: (s) => s.id }
}

export function firmReconciler(env: Env): Reconciler<Enterprise> {
  return (items, withBoundaries) => {
    const r = reconcilePoints('enterprises', env.meta, withBoundaries ? env.boundaries : null, { items })
    return { kept: r.data.items, dropped: r.dropped }
  }
}

export function platformReconciler(env: Env): Reconciler<Platform> {
  return (items, withBoundaries) => {
    const r = reconcilePoints('platforms', env.meta, withBoundaries ? env.boundaries : null, { items })
    return { kept: r.data.items, dropped: r.dropped }
  }
}

export function talentReconciler<P extends TalentPart>(env: Env, part: P): Reconciler<Talent[P][number]> {
  return (items) => {
    const r = reconcileTalent(env.meta, { cells: [], demand: [], sources: [], [part]: items })
    return { kept: r.data[part], dropped: r.dropped }
  }
}
