/**
 * Loads one record dataset into columns: fetch (`{dataset}.arrow`, or the JSON body), decode, validate
 * (the same rules and drop counts as `validateDataset`), check against meta and the boundaries, convert the
 * points to the basemap's system, build the cube. The dataset worker runs it (src/workers/dataset.worker.ts)
 * and transfers the result; it never touches the page's state, so it can run again for a refresh.
 */
import { buildState, measureFields, type ColumnBatch, type CubeState } from '../domain/engine/build.ts'
import { enterpriseSpec } from '../domain/engine/enterprises.ts'
import { platformSpec } from '../domain/engine/platforms.ts'
import { talentSpec } from '../domain/engine/talent.ts'
import type { DictColumn, ListColumn } from '../domain/engine/columns.ts'
import type { CubeSpec } from '../domain/engine/spec.ts'
import { frameNumbers, type Frame } from '../domain/frame.ts'
import { gcj02ToWgs84 } from '../domain/geo.ts'
import type { Boundaries, Enterprise, Meta, Platform, TalentCell } from '../domain/types.ts'
import { decodeTables, type DecodedTable } from './arrow/decode.ts'
import { ARROW_TABLES, type ArrowDataset } from './arrow/layout.ts'
import { buildFrame } from './columns/frame.ts'
import { recordsTable, type SourceTable } from './columns/source.ts'
import { checkReferences, checkSchema, keptRows, type ColumnCheck } from './columns/validate.ts'
import { parseJson, type DatasetError } from './http.ts'
import { emptyReport, type DropReport } from './schemas/common.ts'
import { validateRecords } from './schemas/records.ts'

/** config.json `format`: which form of the record datasets to load. */
export type DataFormat = 'arrow' | 'json'

export interface ColumnarRequest {
  dataset: ArrowDataset
  /** An absolute URL (a worker resolves relative ones against its own script, not the page). */
  apiBase: string
  /** Absent: `{dataset}.arrow` where the server has it (not 404, not an HTML page), else the JSON body. */
  format?: DataFormat | undefined
  timeoutMs?: number | undefined
  /** The basemap's coordinate system; points are converted to it after the checks, which use the data's GCJ-02. */
  crs: 'gcj02' | 'wgs84'
  /** The data version a refresh asks for (`?v=` on the URLs). */
  version?: string | undefined
}

/** What the reference checks need; null where that dataset failed (its checks are then skipped, as on the page). */
export interface DatasetContext {
  meta: Meta | null
  boundaries: Boundaries | null
}

/** A dataset in columns: its tables by array name (`cells`, `items`…) and the cube of its first table. */
export interface ColumnarData {
  tables: Record<string, Frame>
  cube: CubeState
  /** Which checks ran: against meta (ids), against the boundaries (points in their district). */
  checked: { meta: boolean; boundaries: boolean }
}

export type ColumnarResult =
  { ok: true; data: ColumnarData; dropped: DropReport; format: DataFormat } | { ok: false; error: DatasetError }

/** A record dataset's body as fetched: the Arrow file, or the JSON's UTF-8 bytes (decoded where it is parsed). */
export interface ColumnarBody {
  format: DataFormat
  bytes: Uint8Array
}

/** The cube declaration of each dataset; the worker builds only the state (the page makes the cube from it). */
const SPECS = {
  talent: talentSpec as CubeSpec<TalentCell>,
  enterprises: enterpriseSpec as CubeSpec<Enterprise>,
  platforms: platformSpec as CubeSpec<Platform>,
} as Record<ArrowDataset, CubeSpec<unknown>>

/** A frame's dims and measures as the cube's columnar batch (dictionary and list columns pass as they are). */
function batchOf<Row>(spec: CubeSpec<Row>, frame: Frame): ColumnBatch {
  const dims: Record<string, DictColumn | ListColumn> = {}
  for (const dim of Object.values(spec.dims)) {
    const col = frame.columns[dim.field]
    if (col?.type !== 'dict' && col?.type !== 'list') throw new Error(`${spec.name}: ${dim.field} is not a dictionary`)
    dims[dim.field] = col
  }
  const measures: Record<string, Float64Array> = {}
  for (const field of measureFields(spec)) {
    const values = frameNumbers(frame, field)
    if (!values) throw new Error(`${spec.name}: no numbers for ${field}`)
    measures[field] = values
  }
  return { length: frame.length, dims, measures }
}

function toBasemap(frame: Frame): void {
  const lon = frame.columns.lon
  const lat = frame.columns.lat
  if (lon?.type !== 'number' || lat?.type !== 'number') return
  for (let i = 0; i < frame.length; i++) {
    const [x, y] = gcj02ToWgs84(lon.values[i] as number, lat.values[i] as number)
    lon.values[i] = x
    lat.values[i] = y
  }
}

/** The Arrow tables of a dataset, in its layout's order, or why they are not what the layout says. */
function arrowTables(name: ArrowDataset, bytes: Uint8Array): DecodedTable[] | string {
  let tables: DecodedTable[]
  try {
    tables = decodeTables(bytes)
  } catch {
    return 'response is not valid Arrow IPC (truncated or malformed)'
  }
  const layout = ARROW_TABLES[name]
  if (tables.length !== layout.length)
    return `expected ${layout.length} Arrow table(s) (${layout.map(([k]) => k).join(', ')}); got ${tables.length}`
  const wrong = layout.findIndex(([key, kind], i) => {
    const got = tables[i]?.name
    return got !== null && got !== undefined && got !== key && got !== kind
  })
  return wrong >= 0 ? `Arrow table ${wrong + 1} should be ${layout[wrong]?.[0]}` : tables
}

type Checked = { frames: Record<string, Frame>; dropped: DropReport }

/** Reads one form of a dataset's body: its frames and drop counts, or why the dataset is unusable. */
type BodyReader<B> = (name: ArrowDataset, body: B, context: Promise<DatasetContext>) => Promise<Checked | DatasetError>

/** One frame per table of the dataset's layout, from the table's columns and the rows kept of it. */
function layoutFrames(
  name: ArrowDataset,
  source: (key: string, i: number) => { table: SourceTable; rows: ArrayLike<number> },
): Record<string, Frame> {
  const frames: Record<string, Frame> = {}
  ARROW_TABLES[name].forEach(([key, kind], i) => {
    const { table, rows } = source(key, i)
    frames[key] = buildFrame(kind, table, rows)
  })
  return frames
}

const fromArrow: BodyReader<Uint8Array> = async (name, bytes, context) => {
  const tables = arrowTables(name, bytes)
  if (typeof tables === 'string') return { dataset: name, kind: 'parse', message: tables }
  const checks = ARROW_TABLES[name].map(([, kind], i) => checkSchema(kind, tables[i] as DecodedTable))
  const { meta, boundaries } = await context
  const dropped = emptyReport()
  const frames = layoutFrames(name, (key, i) => {
    const check = checks[i] as ColumnCheck
    if (meta) checkReferences(check, { meta, boundaries })
    return { table: check.table, rows: keptRows(check, dropped, `${name}.${key}`) }
  })
  return { frames, dropped }
}

const fromJson: BodyReader<string> = async (name, text, context) => {
  const parsed = parseJson(name, text)
  if (!parsed.ok) return parsed.error
  const { meta, boundaries } = await context
  const dropped = emptyReport()
  const result = validateRecords(name, parsed.value, dropped, meta ? { against: { meta, boundaries } } : {})
  if (!result.ok) return { dataset: name, kind: 'shape', message: result.message }
  const body = result.data as unknown as Record<string, readonly unknown[]>
  const frames = layoutFrames(name, (key) => {
    const rows = body[key] ?? []
    return { table: recordsTable(rows), rows: Uint32Array.from(rows, (_, i) => i) }
  })
  return { frames, dropped }
}

/** Decodes, validates, checks and builds one record dataset from its fetched body. Never rejects. */
export async function columnarFromBody(
  req: ColumnarRequest,
  body: ColumnarBody,
  context: Promise<DatasetContext>,
): Promise<ColumnarResult> {
  const { dataset } = req
  try {
    const checked =
      body.format === 'arrow'
        ? await fromArrow(dataset, body.bytes, context)
        : await fromJson(dataset, new TextDecoder().decode(body.bytes), context)
    if ('kind' in checked) return { ok: false, error: checked }
    const { meta, boundaries } = await context
    const [mainKey] = ARROW_TABLES[dataset][0] ?? ['']
    const main = checked.frames[mainKey] as Frame
    if (req.crs === 'wgs84') toBasemap(main)
    const spec = SPECS[dataset]
    const cube = buildState(spec, batchOf(spec, main), { meta })
    return {
      ok: true,
      data: { tables: checked.frames, cube, checked: { meta: meta !== null, boundaries: boundaries !== null } },
      dropped: checked.dropped,
      format: body.format,
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : 'unexpected failure'
    return { ok: false, error: { dataset, kind: 'shape', message: `loading failed: ${message}` } }
  }
}
