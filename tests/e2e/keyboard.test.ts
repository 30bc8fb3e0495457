import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { kpi, openReady, withFreshPage } from './browser'
import { expectedKpis, served, type Expect } from './expected'
import { useBrowserAndServer } from './suite'

let cached: ReturnType<typeof served> | null = null
const data = () => (cached ??= served())

const env = useBrowserAndServer()

const KPIS = ['talent-stock', 'talent-inflow', 'enterprise-count', 'platform-count', 'postdoc-count'] as const

/** The filter state the URL holds, in the recount's terms. */
function expectFromUrl(href: string): Expect {
  const q = new URLSearchParams(new URL(href).hash.split('?')[1] ?? '')
  const year = q.get('year')
  const [from, to] = (year ?? '').split('-').map(Number)
  return {
    district: q.get('district')?.split(',') ?? [],
    chain: q.get('chain') ?? undefined,
    segment: q.get('segment') ?? undefined,
    years: year ? [from!, to ?? from!] : undefined,
    talentType: q.get('talentType') ?? undefined,
    education: q.get('education') ?? undefined,
    entType: q.get('entType') ?? undefined,
    platformKind: q.get('platformKind') ?? undefined,
    q: q.get('q') ?? undefined,
  }
}

/** Every KPI on the page equals the recount of the served JSON for the filters in the URL. */
async function kpisMatchUrl(page: Page) {
  const want = expectedKpis(data(), expectFromUrl(page.url()))
  for (const id of KPIS) await expect.poll(() => kpi(page, id), { timeout: 5000 }).toBe(want[id])
  return want
}

/** Tabs from the top of the page until focus is inside `testid`; fails if it is not in the tab order. */
async function tabTo(page: Page, testid: string, max = 60) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const inside = await page.evaluate((id) => !!document.activeElement?.closest(`[data-testid="${id}"]`), testid)
    if (inside) return i + 1
  }
  throw new Error(`${testid} is not reachable with Tab`)
}

const focusedTestid = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null)

const withPage = <T>(fn: (page: Page, errors: string[]) => Promise<T>) =>
  withFreshPage(env.browser, fn, { viewport: { width: 1600, height: 900 } })

describe('every filter by keyboard alone, KPIs against an independent recount', () => {
  it('the skip link is the first stop and moves focus to the main content', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/')
      await page.keyboard.press('Tab')
      expect(await focusedTestid(page)).toBe('skip-link')
      expect(await page.isVisible('[data-testid="skip-link"]')).toBe(true)
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
      expect(new URL(page.url()).hash).toBe('#/')
    })
  })

  const selects: { param: string; keys: string[] }[] = [
    { param: 'chain', keys: ['ArrowDown'] },
    { param: 'talentType', keys: ['ArrowDown', 'ArrowDown'] },
    { param: 'education', keys: ['ArrowDown'] },
    { param: 'entType', keys: ['ArrowDown', 'ArrowDown', 'ArrowDown'] },
    { param: 'platformKind', keys: ['ArrowDown', 'ArrowDown'] },
    { param: 'segment', keys: ['ArrowDown', 'ArrowDown'] },
  ]
  for (const { param, keys } of selects) {
    it(`filter-${param}: Tab to it, arrow keys choose, every KPI follows`, async () => {
      await withPage(async (page, errors) => {
        await openReady(page, env.server.url, '/')
        await tabTo(page, `filter-${param}`)
        expect(await focusedTestid(page)).toBe(`filter-${param}`)
        for (const k of keys) await page.keyboard.press(k)
        await page.waitForFunction((p) => new URL(location.href).hash.includes(`${p}=`), param)
        const value = await page.inputValue(`[data-testid="filter-${param}"]`)
        expect(value).not.toBe('')
        expect(await page.isVisible(`[data-testid="filter-chip-${param}"]`)).toBe(true)
        await kpisMatchUrl(page)
        // Back to "all" with the keyboard too.
        await page.keyboard.press('Home')
        await page.waitForFunction((p) => !new URL(location.href).hash.includes(`${p}=`), param)
        await kpisMatchUrl(page)
        expect(errors).toEqual([])
      })
    })
  }

  it('filter-district: open with ArrowDown, Space ticks several districts, Escape returns to the button', async () => {
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/')
      await tabTo(page, 'filter-district')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Space')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('ArrowDown')
      await page.keyboard.press('Space')
      await page.waitForFunction(() => /district=\d{6},\d{6}/.test(location.hash))
      const want = await kpisMatchUrl(page)
      expect(expectFromUrl(page.url()).district).toHaveLength(2)
      expect(want['talent-stock']).toBeGreaterThan(0)
      await page.keyboard.press('Escape')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'filter-district-toggle',
      )
      expect(await page.isVisible('[data-testid="filter-district-370402"]')).toBe(false)
      expect(errors).toEqual([])
    })
  })

  it('filter-year: the range ends by arrow keys; a from after the to moves the to', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/')
      await tabTo(page, 'filter-year')
      expect(await focusedTestid(page)).toBe('year-from')
      await page.keyboard.press('Home')
      await page.waitForFunction(() => location.hash.includes('year=2019-2024'))
      await kpisMatchUrl(page)
      await page.keyboard.press('Tab')
      expect(await focusedTestid(page)).toBe('year-to')
      await page.keyboard.press('ArrowUp')
      await page.waitForFunction(() => location.hash.includes('year=2019-2023'))
      await kpisMatchUrl(page)
    })
  })

  it('filter-q: typing filters firms and platforms by name; arrow keys and Enter open a hit, marked on the map', async () => {
    const d = data()
    const firm = d.enterprises.find((f) => f.name.includes('科技') && f.chain === 'lithium') ?? d.enterprises[0]!
    const term = firm.name.slice(0, 4)
    await withPage(async (page, errors) => {
      await openReady(page, env.server.url, '/industry')
      await tabTo(page, 'filter-q')
      await page.keyboard.type(term)
      await page.waitForFunction((q) => new URL(location.href).hash.includes(`q=${encodeURIComponent(q)}`), term)
      const want = await kpisMatchUrlOn(page, ['enterprise-count', 'platform-count'])
      expect(want['enterprise-count']).toBeGreaterThan(0)
      expect(want['enterprise-count']).toBeLessThan(d.enterprises.length)
      // The combobox: ArrowDown marks the first option, Enter opens it.
      await page.keyboard.press('ArrowDown')
      const active = await page.getAttribute('[data-testid="filter-q"]', 'aria-activedescendant')
      expect(active).toBe('search-hit-0')
      const hitId = await page.getAttribute('#search-hit-0', 'data-testid')
      await page.keyboard.press('Enter')
      const drawer = page.locator('[data-testid="detail-drawer"]')
      await drawer.waitFor()
      expect(`search-hit-${await drawer.getAttribute('data-id')}`).toBe(hitId)
      const mark = page.locator('[data-testid="map-highlight"]')
      expect(await mark.getAttribute('data-id')).toBe(await drawer.getAttribute('data-id'))
      expect(await focusedTestid(page)).toBe('detail-close')
      // Escape closes the drawer and gives focus back to the search field.
      await page.keyboard.press('Escape')
      await drawer.waitFor({ state: 'detached' })
      expect(await focusedTestid(page)).toBe('filter-q')
      expect(errors).toEqual([])
    })
  })
})

/** The KPIs a route shows equal the recount for the URL's filters. */
async function kpisMatchUrlOn(page: Page, ids: readonly (typeof KPIS)[number][]) {
  const want = expectedKpis(data(), expectFromUrl(page.url()))
  for (const id of ids) await expect.poll(() => kpi(page, id), { timeout: 5000 }).toBe(want[id])
  return want
}

describe('districts and points without a mouse', () => {
  it('the map has a district list that keyboard focus reveals; Enter filters like a click on the map', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/talent')
      await tabTo(page, 'map-district-list', 120)
      expect(await page.isVisible('[data-testid="map-district-list"]')).toBe(true)
      const box = await page.locator('[data-testid="map-district-list"]').boundingBox()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      const id = await focusedTestid(page)
      expect(id).toMatch(/^map-district-\d{6}$/)
      await page.keyboard.press('Enter')
      const adcode = id!.slice('map-district-'.length)
      await page.waitForFunction((a) => location.hash.includes(`district=${a}`), adcode)
      expect(await page.getAttribute(`[data-testid="${id}"]`, 'aria-pressed')).toBe('true')
      await kpisMatchUrlOn(page, ['talent-stock', 'talent-inflow'])
    })
  })
})

describe('focus is never lost to the page', () => {
  it('removing a chip moves focus to the next chip, and the last one to the bar', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/?chain=lithium&year=2020-2024&education=doctor')
      const chip = (k: string) => `[data-testid="filter-chip-${k}"] button`
      await page.focus(chip('chain'))
      await page.keyboard.press('Enter')
      await page.waitForSelector('[data-testid="filter-chip-chain"]', { state: 'detached' })
      expect(await focusedTestid(page)).toBe('filter-chip-year')
      await page.keyboard.press('Enter')
      expect(await focusedTestid(page)).toBe('filter-chip-education')
      await page.keyboard.press('Enter')
      await page.waitForSelector('.filter-chip', { state: 'detached' })
      expect(await focusedTestid(page)).toBe('filter-bar')
      await kpisMatchUrl(page)
    })
  })

  it('the export menu: ArrowDown opens it on the first item, arrows move, Escape returns to its button', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/')
      await page.focus('[data-testid="export-menu"]')
      await page.keyboard.press('ArrowDown')
      expect(await focusedTestid(page)).toBe('export-png')
      await page.keyboard.press('ArrowDown')
      expect(await focusedTestid(page)).toBe('export-pdf')
      await page.keyboard.press('End')
      expect(await focusedTestid(page)).toBe('copy-link')
      await page.keyboard.press('ArrowDown')
      expect(await focusedTestid(page)).toBe('export-png')
      await page.keyboard.press('Escape')
      expect(await focusedTestid(page)).toBe('export-menu')
      expect(await page.isVisible('[role="menu"]')).toBe(false)
    })
  })

  it('a firm opened from the top-firms table returns focus there when the drawer closes', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/industry')
      const first = page.locator('[data-testid="chart-industry-top"] tbody button').first()
      await first.focus()
      await page.keyboard.press('Enter')
      await page.waitForSelector('[data-testid="detail-drawer"]')
      await page.keyboard.press('Escape')
      await page.waitForSelector('[data-testid="detail-drawer"]', { state: 'detached' })
      expect(
        await page.evaluate(() => document.activeElement?.closest('[data-testid="chart-industry-top"]') !== null),
      ).toBe(true)
    })
  })

  it('every focused control shows a ring of at least 3:1 against the page', async () => {
    await withPage(async (page) => {
      await openReady(page, env.server.url, '/')
      const rings: { id: string | null; ratio: number; width: number }[] = []
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab')
        rings.push(
          await page.evaluate(() => {
            const el = document.activeElement as HTMLElement
            const s = getComputedStyle(el)
            const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number)
            const lum = ([r, g, b]: number[]) =>
              [r!, g!, b!]
                .map((v) => v / 255)
                .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
                .reduce((acc, v, k) => acc + v * [0.2126, 0.7152, 0.0722][k]!, 0)
            // What the ring is drawn on: the nearest ancestor with an opaque background.
            let bg = 'rgb(255, 255, 255)'
            for (let p = el.parentElement; p; p = p.parentElement) {
              const c = getComputedStyle(p).backgroundColor
              if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
                bg = c
                break
              }
            }
            const [a, b] = [lum(rgb(s.outlineColor)), lum(rgb(bg))]
            return {
              id: el.getAttribute('data-testid') ?? el.tagName,
              ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
              width: s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth),
            }
          }),
        )
      }
      for (const r of rings) {
        expect(r.width, String(r.id)).toBeGreaterThanOrEqual(2)
        expect(r.ratio, String(r.id)).toBeGreaterThanOrEqual(3)
      }
    })
  })
})
