/** Demand and supply, sources of introduced talent, and the sources the data cites. */
import type { DemandRow, Source, TalentSourceRow } from '../../src/domain/types.ts'
import { checkWithApp, reconcileWithRows, type AppList, type Checked, type Reconciler } from '../check.ts'
import type { Mapped } from '../datasets/common.ts'
import { mapCitedSources, mapDemand, mapTalentSources } from '../datasets/tables.ts'
import { datasetReport, type DatasetReport } from '../report.ts'
import type { Sheet } from '../sheet.ts'
import { citedSourcesList, DEMAND, talentReconciler, TALENT_SOURCES, type Env } from './adapters.ts'

function importTable<K extends 'talent' | 'meta', T extends object>(
  sheet: Sheet,
  mapped: Mapped,
  list: AppList<K, T>,
  reconciler: Reconciler<T> | null,
): { rows: T[]; report: DatasetReport } {
  let c: Checked<T> = checkWithApp(list, mapped.records, mapped.origins, mapped.tally)
  if (reconciler) c = reconcileWithRows(c, reconciler, mapped.tally, false).checked
  return { rows: c.records, report: datasetReport(sheet, mapped.tally, c.records.length, c.records.length) }
}

export function importDemand(sheet: Sheet, env: Env): { rows: DemandRow[]; report: DatasetReport } {
  return importTable(sheet, mapDemand(sheet, env.ctx), DEMAND, talentReconciler(env, 'demand'))
}

export function importTalentSources(sheet: Sheet, env: Env): { rows: TalentSourceRow[]; report: DatasetReport } {
  return importTable(sheet, mapTalentSources(sheet, env.ctx), TALENT_SOURCES, talentReconciler(env, 'sources'))
}

export function importCitedSources(sheet: Sheet, env: Env): { rows: Source[]; report: DatasetReport } {
  return importTable(sheet, mapCitedSources(sheet), citedSourcesList(env.meta), null)
}
