import { describe, expect, it } from 'vitest'
import { axeViolations, chromeCjk, describeViolations } from './a11y'
import { openReady, withFreshPage } from './browser'
import { useBrowserAndServer } from './suite'

const env = useBrowserAndServer()

const ROUTES = ['/', '/talent', '/industry', '/innovation']
const VARIANTS = [
  { name: 'zh desk', query: '' },
  { name: 'en desk', query: 'lang=en' },
  { name: 'zh screen', query: 'screen=1' },
  { name: 'en screen', query: 'lang=en&screen=1' },
]
/** Every chart drawn and the map loaded, so axe sees the page as a user does. */
async function settled(page: import('playwright-core').Page) {
  await page.waitForSelector('[data-testid="map"][data-loaded="1"]', { state: 'attached' })
  await page.waitForTimeout(400)
}

describe('WCAG 2.2 AA: axe-core on every route, in both languages, desk and big screen', () => {
  for (const route of ROUTES) {
    for (const v of VARIANTS) {
      it(`${route} ${v.name}: no serious or critical violation`, async () => {
        await withFreshPage(
          env.browser,
          async (page, errors) => {
            await openReady(page, env.server.url, `${route}${v.query ? `?${v.query}` : ''}`)
            await settled(page)
            const bad = (await axeViolations(page)).filter((x) => x.impact === 'serious' || x.impact === 'critical')
            expect(describeViolations(bad)).toEqual([])
            expect(errors).toEqual([])
          },
          { viewport: { width: 1600, height: 900 }, bypassCSP: true },
        )
      })
    }
  }

  it('the drawer, the open search list, the district panel and the export menu pass too', async () => {
    await withFreshPage(
      env.browser,
      async (page) => {
        await openReady(page, env.server.url, '/industry')
        await settled(page)
        await page.focus('[data-testid="filter-q"]')
        await page.keyboard.type('科技')
        await page.waitForSelector('[data-testid^="search-hit-"]')
        await page.keyboard.press('ArrowDown')
        let bad = (await axeViolations(page)).filter((x) => x.impact === 'serious' || x.impact === 'critical')
        expect(describeViolations(bad)).toEqual([])
        await page.keyboard.press('Enter')
        await page.waitForSelector('[data-testid="detail-drawer"]')
        await page.focus('[data-testid="filter-district-toggle"]')
        await page.keyboard.press('ArrowDown')
        await page.focus('[data-testid="export-menu"]')
        await page.keyboard.press('ArrowDown')
        bad = (await axeViolations(page)).filter((x) => x.impact === 'serious' || x.impact === 'critical')
        expect(describeViolations(bad)).toEqual([])
      },
      { viewport: { width: 1600, height: 900 }, bypassCSP: true },
    )
  })
})

describe('the district comparison passes too', () => {
  for (const v of VARIANTS) {
    it(`compare= ${v.name}: no serious or critical violation${v.query.includes('lang=en') ? ', no Chinese chrome' : ''}`, async () => {
      await withFreshPage(
        env.browser,
        async (page) => {
          const q = `compare=370481,370402,370403${v.query ? `&${v.query}` : ''}`
          await openReady(page, env.server.url, `/industry?${q}`)
          await page.waitForSelector('[data-testid="compare-view"] table')
          await settled(page)
          const bad = (await axeViolations(page)).filter((x) => x.impact === 'serious' || x.impact === 'critical')
          expect(describeViolations(bad)).toEqual([])
          if (v.query.includes('lang=en')) expect(await chromeCjk(page)).toEqual([])
        },
        { viewport: { width: 1600, height: 900 }, bypassCSP: true },
      )
    })
  }
})

describe('English is complete: no Chinese in the chrome under lang=en', () => {
  for (const route of ROUTES) {
    for (const query of ['lang=en', 'lang=en&screen=1']) {
      it(`${route}?${query}: only data (marked data-i18n-data) may be Chinese`, async () => {
        await withFreshPage(
          env.browser,
          async (page) => {
            await openReady(page, env.server.url, `${route}?${query}`)
            await settled(page)
            expect(await chromeCjk(page)).toEqual([])
          },
          { viewport: { width: 1600, height: 900 } },
        )
      })
    }
  }

  it('with every filter set, the drawer open and the radius tool listing, the chrome stays English', async () => {
    await withFreshPage(
      env.browser,
      async (page) => {
        const q = 'lang=en&district=370481&chain=lithium&segment=lithium-cathode&year=2020-2024&entType=high-tech'
        await openReady(
          page,
          env.server.url,
          `/industry?${q}&talentType=professional&education=master&platformKind=key-lab`,
        )
        await settled(page)
        await page.locator('[data-testid="chart-industry-top"] button').first().click()
        await page.waitForSelector('[data-testid="detail-drawer"]')
        expect(await chromeCjk(page)).toEqual([])
      },
      { viewport: { width: 1600, height: 900 } },
    )
  })

  it('the scan does see Chinese chrome: the same page in zh is full of it', async () => {
    await withFreshPage(env.browser, async (page) => {
      await openReady(page, env.server.url, '/industry')
      expect((await chromeCjk(page)).length).toBeGreaterThan(20)
    })
  })
})
