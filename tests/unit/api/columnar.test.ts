/**
 * `loadColumnar` (what the dataset worker runs) against the page's own path: the same records, the same
 * answers from the cube it builds as from a cube built from the validated JSON records, for Arrow and JSON
 * bodies; its result survives a structured clone with every buffer transferred.
 */
import { describe, expect, it } from 'vitest'
import { encodeDataset } from '../../../mock/arrow'
import { generate } from '../../../mock/generate'
import {
  columnarFromBody,
  type ColumnarRequest,
  type ColumnarResult,
  type DataFormat,
  type DatasetContext,
} from '../../../src/api/columnar'
import { fetchColumnarBody } from '../../../src/api/columnarFetch'
import type { Fetcher } from '../../../src/api/fetchTransport'
import { columnarTransfer } from '../../../src/api/columnarTransfer'
import type { ArrowDataset } from '../../../src/api/arrow/layout'
import { validateDataset } from '../../../src/api/load'
import { enterpriseCube, platformCube, talentCube } from '../../../src/domain/engine'
import { emptyFilters, type Filters } from '../../../src/domain/filters'
import { frameTable } from '../../../src/domain/records'

const data = generate({ scale: 1 })
const lastYear = Math.max(...data.meta.years)
/** Fetch, then build: what the page's loader does with a dataset (on the page or in a worker). */
async function loadColumnar(req: ColumnarRequest, context: Promise<DatasetContext>, fetcher: Fetcher) {
  const got = await fetchColumnarBody(req, fetcher)
  return got.ok ? columnarFromBody(req, got.body, context) : got
}

const context = Promise.resolve({ meta: data.meta, boundaries: data.boundaries })
const FILTERS: Filters[] = [
  emptyFilters(),
  { ...emptyFilters(), chain: 'lithium' },
  { ...emptyFilters(), district: ['370481', '370402'], year: { from: 2019, to: 2022 } },
  { ...emptyFilters(), entType: 'high-tech', platformKind: 'postdoc-station' },
]

function serve(format: DataFormat, dataset: ArrowDataset): (url: string) => Promise<Response> {
  const body = format === 'arrow' ? encodeDataset(dataset, data[dataset] as never) : JSON.stringify(data[dataset])
  return (url) =>
    Promise.resolve(
      url.endsWith(format === 'arrow' ? `/${dataset}.arrow` : `/${dataset}`)
        ? new Response(body as BodyInit)
        : new Response('', { status: 404 }),
    )
}

async function load(format: DataFormat, dataset: ArrowDataset): Promise<ColumnarResult> {
  const req = { dataset, apiBase: 'http://host/api/v1', crs: 'gcj02' } as const
  return loadColumnar(req, context, serve(format, dataset))
}

/** Moves the result through postMessage's algorithm, as the worker sends it. */
function transferred(result: ColumnarResult): ColumnarResult {
  if (!result.ok) return result
  return structuredClone(result, { transfer: columnarTransfer(result.data) })
}

describe('loadColumnar', () => {
  for (const format of ['arrow', 'json'] as const) {
    it(`${format}: the cube it builds answers as the page's cube over the validated records`, async () => {
      const cases = [
        ['talent', talentCube, data.talent.cells, 'cells'],
        ['enterprises', enterpriseCube, data.enterprises.items, 'items'],
        ['platforms', platformCube, data.platforms.items, 'items'],
      ] as const
      for (const [dataset, def, rows, table] of cases) {
        const got = transferred(await load(format, dataset))
        expect(got.ok && got.format, dataset).toBe(format)
        if (!got.ok) return
        const want = validateDataset(dataset, data[dataset], {
          against: { meta: data.meta, boundaries: data.boundaries },
        })
        expect(want.ok && got.dropped).toEqual(want.ok && want.dropped)
        const frame = got.data.tables[table]!
        expect(frame.length).toBe(rows.length)
        const cube = (def.fromTransferable as (s: unknown) => { query(f: Filters, y: number): unknown })(got.data.cube)
        const reference = (
          def.fromRows as (r: readonly unknown[], o: object) => { query(f: Filters, y: number): unknown }
        )(rows, { meta: data.meta })
        for (const f of FILTERS)
          expect(cube.query(f, lastYear), `${dataset} ${JSON.stringify(f)}`).toEqual(reference.query(f, lastYear))
        // Records read back from the columns are the JSON's.
        const records = frameTable(frame)
        for (const i of [0, 1, rows.length - 1]) expect(records.row(i)).toEqual(rows[i])
        if (table === 'items') {
          const last = rows[rows.length - 1] as { id: string }
          expect(records.byId(last.id)).toEqual(last)
          expect(records.byId('no-such-id')).toBeNull()
        }
      }
    }, 60_000)
  }

  it('without a format, takes the JSON when the .arrow file is absent', async () => {
    const got = await loadColumnar(
      { dataset: 'platforms', apiBase: 'http://host/api/v1', crs: 'gcj02' },
      context,
      serve('json', 'platforms'),
    )
    expect(got.ok && got.format).toBe('json')
  })

  it('tells of each 2xx response before its body is read: the form and the size the server states', async () => {
    const heard: [DataFormat, number | null][] = []
    const body = JSON.stringify(data.platforms)
    const fetcher = (url: string) =>
      Promise.resolve(
        url.endsWith('/platforms')
          ? new Response(body, { headers: { 'Content-Length': String(body.length) } })
          : new Response('', { status: 404 }),
      )
    const req = { dataset: 'platforms', apiBase: 'http://host/api/v1', crs: 'gcj02' } as const
    const got = await fetchColumnarBody(req, fetcher, (format, bytes) => heard.push([format, bytes]))
    expect(got.ok && got.body.format).toBe('json')
    // The .arrow request's 404 is not a body to start a worker for; the JSON's is, with its stated size.
    expect(heard).toEqual([['json', body.length]])
    heard.length = 0
    await fetchColumnarBody(req, serve('arrow', 'platforms'), (format, bytes) => heard.push([format, bytes]))
    expect(heard).toEqual([['arrow', null]])
  })

  it('"format": "arrow" with no .arrow file is a failed dataset, never a JSON load', async () => {
    const got = await loadColumnar(
      { dataset: 'platforms', apiBase: 'http://host/api/v1', crs: 'gcj02', format: 'arrow', timeoutMs: 1000 },
      context,
      serve('json', 'platforms'),
    )
    expect(got.ok).toBe(false)
    expect(!got.ok && got.error).toMatchObject({ dataset: 'platforms', kind: 'http', status: 404 })
  })
})
