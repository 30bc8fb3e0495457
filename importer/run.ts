/**
 * One import: spreadsheets in, the v1 datasets and the report out (nothing written here; see write.ts).
 */
import type { Datasets, Source, Talent } from '../src/domain/types.ts'
import type { TableKind } from './columns.ts'
import { toGcj02, type InputCrs } from './crs.ts'
import { finalCheck } from './final.ts'
import { createLookups } from './lookup.ts'
import { loadMapping, unknownMappingIds, type FileKey } from './mapping.ts'
import { asOfFor, dataVersionOf, finalMeta, loadBaseMeta, loadBoundaries, yearsOf } from './meta.ts'
import type { Encoding } from './read/decode.ts'
import { readGrids, type Grid } from './read/grid.ts'
import { datasetReport, type DatasetReport, type ImportReport, type PointReport } from './report.ts'
import { openSheet } from './sheet.ts'
import type { Env } from './stages/adapters.ts'
import { importFirms, importPlatforms } from './stages/points.ts'
import { emptyTalentReport, importTalent } from './stages/talent.ts'
import { importCitedSources, importDemand, importTalentSources } from './stages/tables.ts'
import { createTally } from './tally.ts'

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
const emptyPoints = (keep: boolean): PointReport => ({
  ...empty(),
  outside: { count: 0, rows: [], action: keep ? 'kept' : 'dropped' },
})
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path

async function createEnv(o: ImportOptions) {
  const mapping = await loadMapping(o.mapping)
  const base = await loadBaseMeta(o.meta)
  const bad = unknownMappingIds(mapping, base.meta)
  if (bad.length) throw new Error(`--mapping: ids meta does not have: ${bad.join('; ')}`)
  const grids = new Map<string, Promise<Grid[]>>()
  const read = (path: string, encoding?: Encoding) => {
    const key = `${path}|${encoding ?? ''}`
    if (!grids.has(key)) grids.set(key, readGrids(path, encoding))
    return grids.get(key) as Promise<Grid[]>
  }
  const env: Env = {
    meta: base.meta,
    boundaries: await loadBoundaries(o.boundaries),
    ctx: { lookups: createLookups(base.meta, mapping.values), toGcj02: toGcj02(o.crs) },
    open: (file: FileKey) => ({ read, encoding: o.encoding, sheet: mapping.sheets[file], overrides: mapping.columns }),
    keepOutside: o.outside === 'keep',
    minCell: o.minCell,
  }
  return { env, base }
}

/** Reads and checks every file given; a file that cannot be used is named in `errors`. */
async function readAll(o: ImportOptions, env: Env, errors: string[]) {
  const open = async (path: string | undefined, file: FileKey, kinds: TableKind[]) => {
    if (!path) return null
    return openSheet(path, kinds, env.open(file)).catch((e: unknown) => {
      errors.push(e instanceof Error ? e.message : String(e))
      return null
    })
  }
  const keep = env.keepOutside
  const firmsSheet = await open(o.firms, 'firms', ['firms'])
  const platformsSheet = await open(o.platforms, 'platforms', ['platforms'])
  const talentSheet = await open(o.talent, 'talent', ['talentCells', 'talentPersons'])
  const demandSheet = await open(o.demand, 'demand', ['demand'])
  const parts = {
    firms: firmsSheet ? importFirms(firmsSheet, env) : { items: [], report: emptyPoints(keep) },
    platforms: platformsSheet ? importPlatforms(platformsSheet, env) : { items: [], report: emptyPoints(keep) },
    talent: talentSheet ? importTalent(talentSheet, env) : { cells: [], sources: null, report: emptyTalentReport() },
    demand: demandSheet ? importDemand(demandSheet, env) : { rows: [], report: empty() },
    cited: { rows: [] as Source[], report: empty() },
    talentSources: { rows: [] as Talent['sources'], report: empty() },
  }
  if (parts.talent.sources) parts.talentSources = parts.talent.sources
  for (const path of o.sources ?? []) {
    const sheet = await open(path, 'sources', ['talentSources', 'sources'])
    if (sheet?.kind === 'talentSources') parts.talentSources = importTalentSources(sheet, env)
    else if (sheet) parts.cited = importCitedSources(sheet, env)
  }
  return parts
}

function importSource(o: ImportOptions, asOf: string): Source {
  const files = [o.firms, o.platforms, o.talent, o.demand].flatMap((p) => (p ? [fileName(p)] : []))
  return { id: 'import', title: `导入数据：${files.join('、')}`, publisher: '', date: asOf }
}

function metaNotes(fromFile: boolean, dropped: number): string[] {
  const notes = [
    fromFile
      ? 'code lists from --meta'
      : 'code lists from the bundled sample meta (districts, chains, segments, types, kinds, levels)',
    'years, asOf, dataVersion and sources from the imported data; isSample false',
  ]
  if (!fromFile) notes.push("the sample's published figures (facts) are left out")
  if (dropped) notes.push(`${dropped} entries of the meta file were dropped by the app's meta schema`)
  return notes
}

function buildReport(
  o: ImportOptions,
  errors: string[],
  now: Date,
  m: { meta: Datasets['meta']; notes: string[] },
  p: Awaited<ReturnType<typeof readAll>>,
): ImportReport {
  return {
    tool: 'npm run import',
    generatedAt: now.toISOString(),
    ok: errors.length === 0,
    exitCode: errors.length ? 1 : 0,
    errors,
    options: {
      crs: o.crs,
      minCell: o.minCell,
      outside: o.outside,
      // File names only: the report may be served, and a local path can name a person.
      mapping: o.mapping ? fileName(o.mapping) : null,
      meta: o.meta ? fileName(o.meta) : null,
    },
    meta: { asOf: m.meta.asOf, dataVersion: m.meta.dataVersion, years: m.meta.years, isSample: false, notes: m.notes },
    datasets: {
      enterprises: p.firms.report,
      platforms: p.platforms.report,
      talent: p.talent.report,
      demand: p.demand.report,
      talentSources: p.talentSources.report,
      sources: p.cited.report,
    },
    app: { validation: {}, reconcile: {}, outside: 0 },
  }
}

/** Runs the whole import. Throws only for option-level problems (mapping, meta, boundaries files). */
export async function runImport(o: ImportOptions, now = new Date()): Promise<ImportResult> {
  const { env, base } = await createEnv(o)
  const errors: string[] = []
  const p = await readAll(o, env, errors)
  const talent: Talent = { cells: p.talent.cells, demand: p.demand.rows, sources: p.talentSources.rows }
  const dataYears = new Set([...talent.cells, ...talent.demand, ...talent.sources].map((r) => r.year))
  const years = yearsOf(dataYears, base.meta.years)
  const asOf = asOfFor(years, base.meta, o.asOf, now)
  const bodies = [talent, { items: p.firms.items }, { items: p.platforms.items }].map((b) => JSON.stringify(b))
  const fallback = base.fromFile && base.meta.sources.length ? base.meta.sources : [importSource(o, asOf)]
  const sources = p.cited.rows.length ? p.cited.rows : fallback
  const meta = finalMeta(base.meta, { years, asOf, dataVersion: dataVersionOf(asOf, bodies), sources })
  const datasets: Datasets = {
    meta,
    boundaries: env.boundaries,
    talent,
    enterprises: { items: p.firms.items },
    platforms: { items: p.platforms.items },
  }
  for (const [path, n, what] of [
    [o.firms, p.firms.items.length, 'firms'],
    [o.platforms, p.platforms.items.length, 'platforms'],
    [o.talent, p.talent.cells.length, 'talent'],
  ] as const)
    if (path && n === 0 && !errors.some((e) => e.startsWith(`${fileName(path)}:`)))
      errors.push(`${what}: no usable record in ${fileName(path)}`)
  const report = buildReport(o, errors, now, { meta, notes: metaNotes(base.fromFile, base.dropped) }, p)
  report.app = finalCheck(datasets)
  return { datasets, report }
}
