/** Firms and platforms: rows → records → the app's checks → no duplicate names → points in their district. */
import type { Enterprise, Platform } from '../../src/domain/types.ts'
import { checkWithApp, dropDuplicateNames, reconcileWithRows, type AppList, type Reconciler } from '../check.ts'
import type { Mapped } from '../datasets/common.ts'
import { mapFirms } from '../datasets/firms.ts'
import { mapPlatforms } from '../datasets/platforms.ts'
import { datasetReport, outsideReport, type PointReport } from '../report.ts'
import type { Sheet } from '../sheet.ts'
import { ENTERPRISES, firmReconciler, PLATFORMS, platformReconciler, type Env } from './adapters.ts'

const rowsIn = (origins: readonly { count: number }[]) => origins.reduce((n, o) => n + o.count, 0)

function importPoints<K extends 'enterprises' | 'platforms', T extends Enterprise | Platform>(
  sheet: Sheet,
  mapped: Mapped,
  list: AppList<K, T>,
  reconciler: Reconciler<T>,
  env: Env,
): { items: T[]; report: PointReport } {
  const checked = checkWithApp(list, mapped.records, mapped.origins, mapped.tally)
  const unique = dropDuplicateNames(checked, mapped.tally)
  const { checked: placed, outside } = reconcileWithRows(unique, reconciler, mapped.tally, env.keepOutside)
  const report = datasetReport(sheet, mapped.tally, placed.records.length, rowsIn(placed.origins))
  return { items: placed.records, report: { ...report, outside: outsideReport(outside, env.keepOutside) } }
}

export function importFirms(sheet: Sheet, env: Env) {
  return importPoints(sheet, mapFirms(sheet, env.ctx), ENTERPRISES, firmReconciler(env), env)
}

export function importPlatforms(sheet: Sheet, env: Env) {
  return importPoints(sheet, mapPlatforms(sheet, env.ctx), PLATFORMS, platformReconciler(env), env)
}
