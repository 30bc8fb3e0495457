/** Server mode under live refresh: each successful check asks the server again; a failed re-ask keeps the answer. */
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import type { ServerClient } from '../../../src/api/serverClient'
import type { EngineResult } from '../../../src/api/serverWire'
import { useDataStore } from '../../../src/stores/data'
import { useRefreshStore } from '../../../src/stores/refresh'
import { useServerQueryStore } from '../../../src/stores/serverQuery'
import { validMeta } from '../fixtures'

const answers: { fail: boolean; queries: number } = { fail: false, queries: 0 }

const client: Pick<ServerClient, 'query' | 'list'> = {
  query: () => {
    answers.queries += 1
    return answers.fail
      ? Promise.reject(new Error('HTTP 503'))
      : Promise.resolve({ n: answers.queries } as unknown as EngineResult)
  },
  list: () => Promise.resolve([]),
}

vi.mock('../../../src/api/serverClient', () => ({ createServerClient: () => client }))

afterEach(() => {
  answers.fail = false
  answers.queries = 0
  vi.restoreAllMocks()
})

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0))
  await nextTick()
}

describe('serverQuery and live refresh', () => {
  it('asks again on every successful check; a failed re-ask keeps the last answer, quietly', async () => {
    setActivePinia(createPinia())
    const data = useDataStore()
    data.init({ apiBase: '/api/v1', basemap: null, title: 't', mode: 'server' }, () => ({
      load: () => Promise.reject(new Error('unused')),
    }))
    data.raw = { meta: validMeta() }
    const server = useServerQueryStore()
    const refresh = useRefreshStore()
    await settle()
    expect(answers.queries).toBe(1)
    expect(server.result).toEqual({ n: 1 })

    refresh.checks += 1
    await settle()
    expect(answers.queries).toBe(2)
    expect(server.result).toEqual({ n: 2 })

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    answers.fail = true
    refresh.checks += 1
    await settle()
    expect(answers.queries).toBe(3)
    expect(server.result).toEqual({ n: 2 })
    expect(server.error).toBeNull()
    expect(warn).toHaveBeenCalledOnce()
  })
})
