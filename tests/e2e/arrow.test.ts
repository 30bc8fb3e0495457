/**
 * The columnar path (issue 13) in the built app: `{dataset}.arrow` loaded by default and decoded in the
 * dataset worker, `"format": "json"` loading the JSON, and hostile Arrow files with the same outcome the
 * JSON path gives the same records — an error panel naming the dataset (with a working retry), or the
 * drops `validateDataset` counts for the equivalent JSON, by reason, in `data-notice`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { float64, utf8 } from '@uwdata/flechette'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { encodeDataset, type EncodeOptions } from '../../mock/arrow'
import { validateDataset } from '../../src/api/load'
import type { Boundaries, Enterprise, Meta, Platform } from '../../src/domain/types'
import { kpi, withFreshPage } from './browser'
import { expectedKpis, served } from './expected'
import { DIST } from './server'
import { useBrowserAndServer } from './suite'

type Firm = Enterprise & Record<string, unknown>
type Items = 'enterprises' | 'platforms'

const read = <T>(name: string) => JSON.parse(readFileSync(path.join(DIST, 'api/v1', name), 'utf8')) as T
const meta = read<Meta>('meta')
const boundaries = read<Boundaries>('boundaries')
const firms = read<{ items: Firm[] }>('enterprises').items
const platforms = read<{ items: Platform[] }>('platforms').items
const baseline = expectedKpis(served(), {})

const env = useBrowserAndServer()

/** Serves `body` at `rel` (an Arrow stream unless told) until the returned function is called. */
function answer(rel: string, body: Uint8Array | string, type = 'application/vnd.apache.arrow.stream'): () => void {
  env.server.overrides.set(rel, (_req, res) => res.writeHead(200, { 'Content-Type': type }).end(body))
  return () => env.server.overrides.delete(rel)
}

async function open(page: Page, hash = '/') {
  env.server.hits.length = 0
  await page.goto(`${env.server.url}#${hash}`)
  await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
}

async function notice(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="data-notice"]')
    if (!el) return null
    const reasons: Record<string, number> = {}
    for (const s of el.querySelectorAll('[data-reason]'))
      reasons[s.getAttribute('data-reason')!] = Number(s.getAttribute('data-count'))
    return reasons
  })
}

const failedNames = (page: Page) =>
  page.$$eval('[data-testid="error-panel"] [data-dataset]', (els) => els.map((e) => e.getAttribute('data-dataset')))

/** What the JSON path drops for the same records: the app's one rule set, on the JSON form. */
function jsonDrops(name: Items, items: readonly object[]): Record<string, number> {
  const result = validateDataset(name, { items }, { against: { meta, boundaries } })
  if (!result.ok) throw new Error(result.error.message)
  return result.dropped.byReason
}

function firmsArrow(items: readonly object[], options: EncodeOptions = {}) {
  return encodeDataset('enterprises', { items } as never, options)
}

describe('Arrow datasets in the built app', () => {
  it('loads the three .arrow files by default (the sample data is small: built on the page), with the KPIs of the served JSON', async () => {
    await withFreshPage(env.browser, async (page, errors) => {
      await open(page)
      const api = env.server.hits.filter((h) => h.startsWith('/api/v1/')).sort()
      expect(api).toEqual(
        ['boundaries', 'enterprises.arrow', 'meta', 'platforms.arrow', 'talent.arrow'].map((n) => `/api/v1/${n}`),
      )
      for (const [id, v] of Object.entries(baseline)) expect(await kpi(page, id), id).toBe(v)
      expect(await notice(page)).toBeNull()
      expect(errors).toEqual([])
    })
  })

  it('"format": "json" loads the JSON only, with the same KPIs', async () => {
    const config = JSON.stringify({ apiBase: './api/v1', basemap: null, title: 'json', format: 'json' })
    const undo = answer('/config.json', config, 'application/json')
    try {
      await withFreshPage(env.browser, async (page, errors) => {
        await open(page)
        expect(env.server.hits.filter((h) => h.endsWith('.arrow'))).toEqual([])
        expect(env.server.hits).toContain('/api/v1/talent')
        for (const [id, v] of Object.entries(baseline)) expect(await kpi(page, id), id).toBe(v)
        expect(errors).toEqual([])
      })
    } finally {
      undo()
    }
  })

  it('an HTML page where an .arrow file should be means JSON (a host without the Arrow files)', async () => {
    const undo = answer('/api/v1/platforms.arrow', '<!doctype html><title>404</title>', 'text/html')
    try {
      await withFreshPage(env.browser, async (page) => {
        await open(page)
        expect(env.server.hits).toContain('/api/v1/platforms')
        expect(await kpi(page, 'platform-count')).toBe(baseline['platform-count'])
        expect(await page.$('[data-testid="error-panel"]')).toBeNull()
      })
    } finally {
      undo()
    }
  })

  const broken: { name: string; rel: string; dataset: string; body: () => Uint8Array }[] = [
    {
      name: 'truncated talent.arrow',
      rel: '/api/v1/talent.arrow',
      dataset: 'talent',
      body: () => {
        const bytes = readFileSync(path.join(DIST, 'api/v1/talent.arrow'))
        return bytes.subarray(0, Math.floor(bytes.length * 0.6))
      },
    },
    {
      name: 'garbage after the Arrow magic in enterprises.arrow',
      rel: '/api/v1/enterprises.arrow',
      dataset: 'enterprises',
      body: () => Uint8Array.from({ length: 4096 }, (_, i) => (i < 6 ? 'ARROW1'.charCodeAt(i) : (i * 131) % 251)),
    },
    {
      name: 'platforms.arrow holding the talent tables',
      rel: '/api/v1/platforms.arrow',
      dataset: 'platforms',
      body: () => readFileSync(path.join(DIST, 'api/v1/talent.arrow')),
    },
  ]
  for (const c of broken) {
    it(`${c.name}: error panel naming ${c.dataset}, retry loads it`, async () => {
      const undo = answer(c.rel, c.body())
      try {
        await withFreshPage(env.browser, async (page, errors) => {
          await open(page)
          expect(await failedNames(page)).toEqual([c.dataset])
          undo()
          await page.click(`[data-testid="retry-${c.dataset}"]`)
          await page.waitForSelector('[data-testid="error-panel"]', { state: 'detached', timeout: 30_000 })
          await page.waitForFunction(
            (want) =>
              Object.entries(want).every(
                ([id, v]) => document.querySelector(`[data-testid="kpi-${id}"]`)?.getAttribute('data-value') === v,
              ),
            Object.fromEntries(Object.entries(baseline).map(([id, v]) => [id, String(v)])),
            { timeout: 30_000 },
          )
          expect(errors).toEqual([])
        })
      } finally {
        undo()
      }
    })
  }

  const dropped: { name: string; dataset: Items; items: () => object[]; arrow: (items: object[]) => Uint8Array }[] = [
    {
      name: 'NaN and Infinity coordinates',
      dataset: 'enterprises',
      items: () => firms.map((f, i) => (i < 3 ? { ...f, lon: NaN } : i < 5 ? { ...f, lat: Infinity } : f)),
      arrow: (items) => firmsArrow(items),
    },
    {
      name: 'negative counts',
      dataset: 'enterprises',
      items: () => firms.map((f, i) => (i % 50 === 7 ? { ...f, employees: -5 } : f)),
      arrow: (items) => firmsArrow(items),
    },
    {
      name: 'dictionary values not in meta',
      dataset: 'platforms',
      items: () => platforms.map((p, i) => (i < 4 ? { ...p, district: '999999' } : i < 6 ? { ...p, kind: 'nope' } : p)),
      arrow: (items) => encodeDataset('platforms', { items } as never),
    },
    {
      name: 'a number column as text (wrong type)',
      dataset: 'enterprises',
      items: () => firms.map((f) => ({ ...f, outputValue: String(f.outputValue) })),
      arrow: (items) => firmsArrow(items, { types: { outputValue: utf8() } }),
    },
    {
      name: 'a missing column',
      dataset: 'enterprises',
      items: () => firms.map(({ founded: _founded, ...f }) => f),
      arrow: (items) => firmsArrow(items, { omit: ['founded'] }),
    },
    {
      name: 'a person-identifying column',
      dataset: 'enterprises',
      items: () => firms.map((f, i) => ({ ...f, idCard: `37040219800101${String(i).padStart(4, '0')}` })),
      arrow: (items) =>
        firmsArrow(items, {
          extra: { idCard: { type: utf8(), values: items.map((f) => (f as { idCard: string }).idCard) } },
        }),
    },
  ]
  for (const c of dropped) {
    it(`${c.dataset}.arrow with ${c.name}: the JSON path's drops, by reason`, async () => {
      const items = c.items()
      const want = jsonDrops(c.dataset, items)
      expect(Object.keys(want).length).toBeGreaterThan(0)
      const undo = answer(`/api/v1/${c.dataset}.arrow`, c.arrow(items))
      try {
        await withFreshPage(env.browser, async (page, errors) => {
          await open(page)
          expect(await page.$('[data-testid="error-panel"]')).toBeNull()
          expect(await notice(page)).toEqual(want)
          expect(errors).toEqual([])
        })
      } finally {
        undo()
      }
    })
  }

  it('an unknown column is ignored, as unknown JSON keys are', async () => {
    const values = firms.map((_, i) => i / 7)
    const undo = answer(
      '/api/v1/enterprises.arrow',
      firmsArrow(firms, { extra: { score: { type: float64(), values } } }),
    )
    try {
      await withFreshPage(env.browser, async (page) => {
        await open(page)
        expect(await notice(page)).toBeNull()
        expect(await kpi(page, 'enterprise-count')).toBe(baseline['enterprise-count'])
      })
    } finally {
      undo()
    }
  })
})
