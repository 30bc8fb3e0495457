/**
 * The refresh store against a data store with a fake API: a new dataVersion is loaded off to the
 * side and swapped in whole; a failure keeps what is shown and says which dataset failed.
 */
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Api, LoadResult } from '../../../src/api/load.ts'
import { emptyReport } from '../../../src/api/schemas/common.ts'
import type { DatasetName, Datasets } from '../../../src/domain/types.ts'
import { useDataStore } from '../../../src/stores/data.ts'
import { useRefreshStore } from '../../../src/stores/refresh.ts'
import { validBoundaries, validEnterprise, validMeta, validPlatform, validTalentBody } from '../fixtures'

function datasets(version: string, firms: number): Datasets {
  return {
    meta: { ...validMeta(), dataVersion: version },
    boundaries: validBoundaries(),
    talent: validTalentBody() as Datasets['talent'],
    enterprises: { items: Array.from({ length: firms }, (_, i) => validEnterprise(i)) },
    platforms: { items: [validPlatform(0)] },
  }
}

/** What the fake server holds: meta's version, the datasets, a dataset that fails as a whole, one whose records all fail. */
const server = {
  data: datasets('v1', 2),
  broken: null as DatasetName | null,
  allDropped: null as DatasetName | null,
  metaDown: false,
}
const loads: { name: DatasetName; version: string | undefined }[] = []

const fakeApi: Api = {
  load<K extends DatasetName>(name: K, version?: string): Promise<LoadResult<K>> {
    loads.push({ name, version })
    if (server.broken === name)
      return Promise.resolve({ ok: false, error: { dataset: name, kind: 'shape', message: 'wrong shape' } })
    if (server.allDropped === name) {
      const dropped = { ...emptyReport(), total: 4, byReason: { 'wrong-type': 4 } }
      return Promise.resolve({ ok: true, data: { items: [] } as unknown as Datasets[K], dropped })
    }
    return Promise.resolve({ ok: true, data: structuredClone(server.data[name]), dropped: emptyReport() })
  },
}

function metaAnswer(): Response {
  if (server.metaDown) throw new TypeError('Failed to fetch')
  return new Response(JSON.stringify(server.data.meta), {
    status: 200,
    headers: { ETag: `"${server.data.meta.dataVersion}"` },
  })
}

async function started() {
  setActivePinia(createPinia())
  const data = useDataStore()
  data.init({ apiBase: './api/v1', basemap: null, title: 't', refreshSeconds: 5 }, () => fakeApi)
  await data.loadAll()
  const refresh = useRefreshStore()
  refresh.markLoaded()
  return { data, refresh }
}

beforeEach(() => {
  server.data = datasets('v1', 2)
  server.broken = null
  server.allDropped = null
  server.metaDown = false
  loads.length = 0
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(metaAnswer())),
  )
  vi.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('refresh store', () => {
  it('same dataVersion: nothing is reloaded; the check time moves on', async () => {
    const { data, refresh } = await started()
    const before = data.raw
    loads.length = 0
    expect(await refresh.check()).toBe('ok')
    expect(loads).toEqual([])
    expect(data.raw).toBe(before)
    expect(refresh.generation).toBe(0)
    expect(refresh.intervalSeconds).toBe(5)
  })

  it('a new dataVersion: every dataset is loaded at that version, then swapped in at once', async () => {
    const { data, refresh } = await started()
    server.data = datasets('v2', 5)
    loads.length = 0
    const statuses: string[] = []
    const check = refresh.check()
    statuses.push(...Object.values(data.status))
    expect(await check).toBe('ok')
    expect(statuses.every((s) => s === 'ready')).toBe(true)
    expect(loads.map((l) => l.version)).toEqual(['v2', 'v2', 'v2', 'v2', 'v2'])
    expect(data.meta?.dataVersion).toBe('v2')
    expect(data.raw.enterprises?.items).toHaveLength(5)
    expect(refresh.generation).toBe(1)
    expect(refresh.updatedAt).not.toBeNull()
    expect(refresh.failure).toBeNull()
    // The next check asks with the new ETag.
    await refresh.check()
    const init = vi.mocked(fetch).mock.calls.at(-1)?.[1]
    expect(init?.headers).toEqual({ 'If-None-Match': '"v2"' })
  })

  it('a dataset failing as a whole: nothing is swapped, the failure names it, the next check tries again', async () => {
    const { data, refresh } = await started()
    const before = data.raw
    const checkedAt = refresh.checkedAt
    server.data = datasets('v2', 5)
    server.broken = 'enterprises'
    expect(await refresh.check()).toBe('failed')
    expect(data.raw).toBe(before)
    expect(data.meta?.dataVersion).toBe('v1')
    expect(refresh.failure).toEqual({ dataset: 'enterprises' })
    expect(refresh.checkedAt).toBe(checkedAt)
    expect(refresh.generation).toBe(0)

    server.broken = null
    expect(await refresh.check()).toBe('ok')
    expect(data.meta?.dataVersion).toBe('v2')
    expect(refresh.failure).toBeNull()
  })

  it('a dataset whose every record fails validation is not swapped in either', async () => {
    const { data, refresh } = await started()
    server.data = datasets('v2', 5)
    server.allDropped = 'platforms'
    expect(await refresh.check()).toBe('failed')
    expect(refresh.failure).toEqual({ dataset: 'platforms' })
    expect(data.raw.platforms?.items).toHaveLength(1)
    expect(data.meta?.dataVersion).toBe('v1')
  })

  it('meta unreachable: the data stays, the failure names no dataset', async () => {
    const { data, refresh } = await started()
    server.metaDown = true
    expect(await refresh.check()).toBe('failed')
    expect(refresh.failure).toEqual({ dataset: null })
    expect(data.meta?.dataVersion).toBe('v1')
    expect(data.settled).toBe(true)
  })

  it('a swap clears an error of the first load', async () => {
    server.broken = 'platforms'
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { data, refresh } = await started()
    expect(data.failed).toEqual(['platforms'])
    server.broken = null
    server.data = datasets('v2', 1)
    expect(await refresh.check()).toBe('ok')
    expect(data.failed).toEqual([])
    expect(data.raw.platforms?.items).toHaveLength(1)
  })
})
