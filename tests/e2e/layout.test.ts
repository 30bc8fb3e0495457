/**
 * The big-screen layouts (SPEC §7, issue 15): every route on each of the three stage designs
 * keeps every element inside its panel, no two panels (or two overlays of a map) overlapping,
 * no text cut or ellipsised, no text under 14 px in stage coordinates — DOM text, chart text
 * as ECharts draws it, map labels — no chart text drawn over other chart text, no chart graphic
 * past its chart's edge, and every category axis naming every bar. The tour caption has a strip of its own.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openReady, withFreshPage } from './browser'
import { auditStage } from './stageAudit'
import { useBrowserAndServer } from './suite'

const env = useBrowserAndServer()

const SHAPES = [
  ['wide', 1920, 1080],
  ['portrait', 1080, 1920],
  ['ultrawide', 5760, 1080],
] as const
const ROUTES = ['/', '/talent', '/industry', '/innovation']
const MIN_TEXT = 14

/** Helpers the test bundler may wrap page functions (auditStage) with. */
const BUNDLER_HELPERS = 'window.__name = (f) => f'

/** Opens a route on the stage and waits for its maps and charts to be drawn and settled. */
async function openStage(page: Page, hash: string) {
  await openReady(page, env.server.url, hash)
  await page.waitForFunction(
    () => {
      const maps = [...document.querySelectorAll('[data-testid="map"]')]
      const charts = [...document.querySelectorAll('.chart-canvas')].filter((c) => c.getClientRects().length)
      return (
        maps.length > 0 &&
        maps.every((m) => m.getAttribute('data-loaded') === '1') &&
        charts.every((c) => c.querySelector('canvas'))
      )
    },
    undefined,
    { timeout: 45_000 },
  )
  // Chart animations (300 ms) and label layout, the maps' refit to their final size.
  await page.waitForTimeout(1500)
}

describe('big-screen layouts: nothing clipped, overlapped or too small', () => {
  for (const [shape, w, h] of SHAPES)
    for (const route of ROUTES)
      it(`${route} on the ${shape} stage (${w}×${h})`, async () => {
        await withFreshPage(
          env.browser,
          async (page, errors) => {
            await openStage(page, `${route}?screen=1`)
            const a = await page.evaluate(auditStage)
            expect(a.shape).toBe(shape)
            expect(a.panels).toBeGreaterThan(6)
            expect(a.charts).toBeGreaterThan(1)
            expect(a.escapes, 'elements leaving their panel').toEqual([])
            expect(a.overlaps, 'overlapping panels or map overlays').toEqual([])
            expect(a.clipped, 'text cut or ellipsised').toEqual([])
            expect(a.domMin.size, `smallest DOM text: ${a.domMin.where}`).toBeGreaterThanOrEqual(MIN_TEXT)
            expect(a.chartMin.size, `smallest chart text: ${a.chartMin.where}`).toBeGreaterThanOrEqual(MIN_TEXT)
            expect(a.mapMin.size, `smallest map label: ${a.mapMin.where}`).toBeGreaterThanOrEqual(MIN_TEXT)
            expect(a.chartOverlaps, 'chart labels drawn over one another').toEqual([])
            expect(a.unlabelledAxes, 'category axes that may skip a bar').toEqual([])
            expect(a.chartCut, "chart graphics cut at the chart's edge").toEqual([])
            expect(errors).toEqual([])
          },
          { viewport: { width: w, height: h }, initScript: BUNDLER_HELPERS },
        )
      })

  it('the tour caption has a strip of its own in the stage foot, covering nothing', async () => {
    await withFreshPage(
      env.browser,
      async (page) => {
        await openStage(page, '/industry?screen=1&tour=1&tourInterval=600')
        const r = await page.evaluate(() => {
          const box = (el: Element) => el.getBoundingClientRect()
          const caption = box(document.querySelector('[data-testid="tour-caption"]') as Element)
          const foot = box(document.querySelector('.screen-foot') as Element)
          const hit = (b: DOMRect) =>
            Math.min(b.right, caption.right) - Math.max(b.left, caption.left) > 0 &&
            Math.min(b.bottom, caption.bottom) - Math.max(b.top, caption.top) > 0
          const covered = [...document.querySelectorAll('.app-main .panel, .app-main .kpi, .map-panel > *, .ticker')]
            .filter((el) => el.getClientRects().length && hit(box(el)))
            .map((el) => el.className)
          return {
            inFoot: caption.top >= foot.top && caption.bottom <= foot.bottom && caption.left >= foot.left,
            covered,
          }
        })
        expect(r.inFoot).toBe(true)
        expect(r.covered).toEqual([])
        const a = await page.evaluate(auditStage)
        expect(a.overlaps).toEqual([])
        expect(a.escapes).toEqual([])
      },
      { viewport: { width: 1920, height: 1080 }, initScript: BUNDLER_HELPERS },
    )
  })
})
