/**
 * One import: spreadsheets in, the v1 datasets and the report out (nothing written here; see write.ts).
 */
import type { Datasets, Source, Talent } from '../src/domain/types.ts'
import { toGcj02, type InputCrs } from './crs.ts'
import { finalCheck } from './final.ts'
import { createLookups } from './lookup.ts'
import { loadMapping, unknownMappingIds, type FileKey } from './mapping.ts'
import { asOfFor, dataVersionOf, finalMeta, loadBaseMeta, loadBoundaries, yearsOf } from './meta.ts'
import type { Encoding } from './read/decode.ts'
import { datasetReport, type DatasetReport, type ImportReport, type PointReport } from './report.ts'
import { openSheet, type Sheet } from './sheet.ts'
import type { Env } from './stages/adapters.ts'
import { importFirms, importPlatforms } from './stages/points.ts'
import { emptyTalentReport, importTalent } from './stages/talent.ts'
import { importCitedSources, importDemand, importTalentSources } from './stages/tables.ts'
import { createTally } from './tally.ts'
import type { TableKind } from './columns.ts'

export interface ImportOptions {
  firms?: string
  platforms?: string
  talent?: string
  demand?: string
  /** Files of cited sources (meta.sources) or of introduced talent's sources (talent.sources), told apart by their columns. */
  sources?: string[]
  crs: InputCrs
  minCell: number
  outside: 'drop' | 'keep'
  mapping?: string
  meta?: string
  boundaries?: string
  encoding?: Encoding
  asOf?: string
}

export interface ImportResult {
  datasets: Datasets
  report: ImportReport
}

const empty = (): DatasetReport => datasetReport(null, createTally(), 0, 0)
const emptyPoints = (keep: boolean): PointReport => ({ ...empty(), outside: { count: 0, rows: [], action: keep ? 'kept' : 'dropped' } })
const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

async function createEnv(o: ImportOptions) {
  const mapping = await loadMapping(o.mapping)
  const base = await loadBaseMeta(o.meta)
  const bad = unknownMappingIds(mapping, base.meta)
  if (bad.length) throw new Error(`--mapping: ids meta does not have: ${bad.join('; ')}`)
  const env: Env = {
    meta: base.meta,
    boundaries: await loadBoundaries(o.boundaries),
    ctx: { lookups: createLookups(base.meta, mapping.values), toGcj02: toGcj02(o.crs) },
    open: (file: FileKey) => ({ encoding: o.encoding, sheet: mapping.sheets[file], overrides: mapping.columns }),
    keepOutside: o.outside === 'keep',
    minCell: o.minCell,
  }
  return { env, base }
}

/** Opens a file, or records why it cannot be read and returns null. */
async function tryOpen(path: string, file: FileKey, kinds: TableKind[], env: Env, errors: string[]): Promise<Sheet | null> {
  try {
    return await openSheet(path, kinds, env.open(file))
  } catch (e) {
    errors.push(message(e))
    return null
  }
}

function importSource(o: ImportOptions, asOf: string): Source {
  const files = [o.firms, o.platforms, o.talent, o.demand].filter(Boolean).map((p) => (p as string).split(/[\\/]/).pop())
  return { id: 'import', title: `导入数据：${files.join('、')}`, publisher: '', date: asOf }
}

/** Runs the whole import. Throws only for option-level problems (mapping, meta, boundaries files). */
export async function runImport(o: ImportOptions, now = new Date()): Promise<ImportResult> {
  const { env, base } = await createEnv(o)
  const errors: string[] = []
  const open = (path: string | undefined, file: FileKey, kinds: TableKind[]) => (path ? tryOpen(path, file, kinds, env, errors) : null)
  const keep = env.keepOutside
  const firmsSheet = await open(o.firms, 'firms', ['firms'])
  const firms = firmsSheet ? importFirms(firmsSheet, env) : { items: [], report: emptyPoints(keep) }
  const platformsSheet = await open(o.platforms, 'platforms', ['platforms'])
  const platforms = platformsSheet ? importPlatforms(platformsSheet, env) : { items: [], report: emptyPoints(keep) }
  const talentSheet = await open(o.talent, 'talent', ['talentCells', 'talentPersons'])
  const talent = talentSheet ? importTalent(talentSheet, env) : { cells: [], sources: null, report: emptyTalentReport() }
  const demandSheet = await open(o.demand, 'demand', ['demand'])
  const demand = demandSheet ? importDemand(demandSheet, env) : { rows: [], report: empty() }
  let talentSources = talent.sources ?? { rows: [], report: empty() }
  let cited = { rows: [] as Source[], report: empty() }
  for (const path of o.sources ?? []) {
    const sheet = await open(path, 'sources', ['talentSources', 'sources'])
    if (sheet?.kind === 'talentSources') talentSources = importTalentSources(sheet, env)
    else if (sheet) cited = importCitedSources(sheet, env)
  }
  const talentBody: Talent = { cells: talent.cells, demand: demand.rows, sources: talentSources.rows }
  const years = yearsOf(new Set([...talentBody.cells, ...talentBody.demand, ...talentBody.sources].map((r) => r.year)), base.meta.years)
  const asOf = asOfFor(years, base.meta, o.asOf, now)
  const bodies = [talentBody, { items: firms.items }, { items: platforms.items }].map((b) => JSON.stringify(b))
  const sources = cited.rows.length ? cited.rows : base.fromFile && base.meta.sources.length ? base.meta.sources : [importSource(o, asOf)]
  const meta = finalMeta(base.meta, { years, asOf, dataVersion: dataVersionOf(asOf, bodies), sources })
  const datasets: Datasets = { meta, boundaries: env.boundaries, talent: talentBody, enterprises: { items: firms.items }, platforms: { items: platforms.items } }
  const given: [string | undefined, number, string][] = [
    [o.firms, firms.items.length, 'firms'],
    [o.platforms, platforms.items.length, 'platforms'],
    [o.talent, talent.cells.length, 'talent'],
  ]
  for (const [path, n, what] of given) if (path && n === 0) errors.push(`${what}: no usable record in ${path.split(/[\\/]/).pop()}`)
  const report: ImportReport = {
    tool: 'npm run import',
    generatedAt: now.toISOString(),
    ok: errors.length === 0,
    exitCode: errors.length ? 1 : 0,
    errors,
    options: { crs: o.crs, minCell: o.minCell, outside: o.outside, mapping: o.mapping ?? null, meta: o.meta ?? null },
    meta: { asOf, dataVersion: meta.dataVersion, years, isSample: false, notes: metaNotes(base.fromFile, base.dropped) },
    datasets: {
      enterprises: firms.report,
      platforms: platforms.report,
      talent: talent.report,
      demand: demand.report,
      talentSources: talentSources.report,
      sources: cited.report,
    },
    app: finalCheck(datasets),
  }
  return { datasets, report }
}

function metaNotes(fromFile: boolean, dropped: number): string[] {
  const notes = [
    fromFile ? 'code lists from --meta' : 'code lists from the bundled sample meta (districts, chains, segments, types, kinds, levels)',
    'years, asOf, dataVersion and sources from the imported data; isSample false',
  ]
  if (!fromFile) notes.push("the sample's published figures (facts) are left out")
  if (dropped) notes.push(`${dropped} entries of the meta file were dropped by the app's meta schema`)
  return notes
}
