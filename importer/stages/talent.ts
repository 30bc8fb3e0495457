/**
 * Talent: a cell-form file is taken as is (after the app's checks); person rows are aggregated
 * into cells, and cells with fewer than --min-cell persons are suppressed — left out whole, with
 * their persons counted in the report — so no published count singles anyone out. Sources of
 * introduced talent derived from person rows count only persons of published cells, and source
 * rows under --min-cell are left out the same way.
 */
import type { TalentCell, TalentSourceRow } from '../../src/domain/types.ts'
import { checkWithApp, reconcileWithRows, type Checked } from '../check.ts'
import { mapTalentCells } from '../datasets/talentCells.ts'
import { cellKey, mapTalentPersons, type PersonCells } from '../datasets/talentPersons.ts'
import { datasetReport, type DatasetReport, type TalentReport } from '../report.ts'
import type { Sheet } from '../sheet.ts'
import { createTally, firstRows, type Origin, type Tally } from '../tally.ts'
import { CELLS, talentReconciler, TALENT_SOURCES, type Env } from './adapters.ts'

const rowsIn = (origins: readonly Origin[]) => origins.reduce((n, o) => n + o.count, 0)

export function emptyTalentReport(): TalentReport {
  return {
    ...datasetReport(null, createTally(), 0, 0),
    form: null,
    suppressed: { cells: 0, persons: 0, rows: [] },
    suppressedSources: 0,
    smallCells: 0,
  }
}

function checkCells(mapped: { records: unknown[]; origins: Origin[]; tally: Tally }, env: Env): Checked<TalentCell> {
  const checked = checkWithApp(CELLS, mapped.records, mapped.origins, mapped.tally)
  return reconcileWithRows(checked, talentReconciler(env, 'cells'), mapped.tally, false).checked
}

/** Leaves out cells under `minCell` persons; their persons are counted as dropped rows. */
function suppress(c: Checked<TalentCell>, minCell: number, tally: Tally) {
  const out: Checked<TalentCell> = { records: [], origins: [] }
  let cells = 0
  c.records.forEach((cell, i) => {
    const origin = c.origins[i] as Origin
    if (cell.stock >= minCell) {
      out.records.push(cell)
      out.origins.push(origin)
      return
    }
    cells += 1
    tally.drop('suppressed-cell', origin)
  })
  return { checked: out, cells }
}

/**
 * Introduced persons of the published cells by year × chain × source; rows under `minCell` persons
 * are left out (their persons stay in the cells, only where they came from is not shown).
 */
function derivedSources(cells: readonly TalentCell[], persons: PersonCells, env: Env) {
  const rows = new Map<string, TalentSourceRow & { origin: Origin }>()
  for (const cell of cells)
    for (const s of persons.sources.get(cellKey(cell))?.values() ?? []) {
      const key = `${cell.year}|${cell.chain}|${s.source}|${s.sourceType}`
      const row = rows.get(key) ?? {
        ...s,
        year: cell.year,
        chain: cell.chain,
        introduced: 0,
        origin: { rows: [], count: 0 },
      }
      row.introduced += s.introduced
      row.origin = { rows: firstRows(row.origin.rows, s.origin.rows), count: row.origin.count + s.origin.count }
      rows.set(key, row)
    }
  const tally = createTally()
  const kept = [...rows.values()].filter((r) => r.introduced >= env.minCell)
  for (const r of rows.values()) if (r.introduced < env.minCell) tally.drop('suppressed-source', r.origin)
  const records = kept.map((r) => ({
    year: r.year,
    chain: r.chain,
    source: r.source,
    sourceType: r.sourceType,
    introduced: r.introduced,
  }))
  const checked = checkWithApp(
    TALENT_SOURCES,
    records,
    kept.map((r) => r.origin),
    tally,
  )
  const placed = reconcileWithRows(checked, talentReconciler(env, 'sources'), tally, false).checked
  const read = [...rows.values()].reduce((n, r) => n + r.origin.count, 0)
  const report: DatasetReport = {
    ...datasetReport(null, tally, placed.records.length, rowsIn(placed.origins)),
    rowsRead: read,
  }
  report.notes.push(
    `derived from the talent file's source column (introduced persons of published cells): ${rows.size} rows, ${rows.size - kept.length} with fewer than ${env.minCell} persons left out`,
  )
  return { rows: placed.records, report, suppressed: rows.size - kept.length }
}

export interface TalentStage {
  cells: TalentCell[]
  /** Source rows derived from person rows (null when the file had no source column or was in cell form). */
  sources: { rows: TalentSourceRow[]; report: DatasetReport } | null
  report: TalentReport
}

export function importTalent(sheet: Sheet, env: Env): TalentStage {
  if (sheet.kind === 'talentCells') {
    const mapped = mapTalentCells(sheet, env.ctx)
    const c = checkCells(mapped, env)
    const report = datasetReport(sheet, mapped.tally, c.records.length, rowsIn(c.origins))
    const smallCells = c.records.filter((x) => x.stock > 0 && x.stock < env.minCell).length
    if (smallCells)
      report.notes.push(`${smallCells} cells given with fewer than ${env.minCell} persons were taken as is (cell form)`)
    return { cells: c.records, sources: null, report: { ...emptyTalentReport(), ...report, form: 'cells', smallCells } }
  }
  const persons = mapTalentPersons(sheet, env.ctx)
  const s = suppress(checkCells(persons, env), env.minCell, persons.tally)
  const suppressed = persons.tally.reasons['suppressed-cell']
  const sources = sheet.columns.has('source') ? derivedSources(s.checked.records, persons, env) : null
  const report = datasetReport(sheet, persons.tally, s.checked.records.length, rowsIn(s.checked.origins))
  if (!sheet.columns.has('introduced') && !sheet.columns.has('introducedYear'))
    report.notes.push('no column says who was introduced that year: every inflow is 0')
  return {
    cells: s.checked.records,
    sources: sources && { rows: sources.rows, report: sources.report },
    report: {
      ...report,
      form: 'persons',
      suppressed: { cells: s.cells, persons: suppressed?.count ?? 0, rows: suppressed?.rows ?? [] },
      suppressedSources: sources?.suppressed ?? 0,
      smallCells: 0,
    },
  }
}
