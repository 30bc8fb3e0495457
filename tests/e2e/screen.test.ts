import { describe, expect, it } from 'vitest'
import { openReady, withFreshPage } from './browser'
import { served as data } from './expected'
import { useBrowserAndServer } from './suite'

const env = useBrowserAndServer()

/** Window sizes (with their OS scaling) and the stage design each should get: the nearest aspect. */
const SIZES: [w: number, h: number, dpr: number, shape: string, designW: number, designH: number][] = [
  [1366, 768, 1, 'wide', 1920, 1080],
  [1920, 1080, 1, 'wide', 1920, 1080],
  [2560, 1440, 1, 'wide', 1920, 1080],
  [3840, 2160, 1, 'wide', 1920, 1080],
  [1536, 864, 1.25, 'wide', 1920, 1080], // 1920×1080 under 125% OS scaling
  [1280, 720, 1.5, 'wide', 1920, 1080], // 1920×1080 under 150% OS scaling
  [1024, 768, 1, 'wide', 1920, 1080], // 4:3: the 16:9 design, bars top and bottom
  [1080, 1920, 1, 'portrait', 1080, 1920],
  [1200, 1920, 1, 'portrait', 1080, 1920], // a little wider than 9:16: bars left and right
  [5760, 1080, 1, 'ultrawide', 5760, 1080],
  [3840, 1080, 1, 'ultrawide', 5760, 1080], // 32:9: the 48:9 design, bars top and bottom
]

describe('big-screen stage', () => {
  for (const [w, h, dpr, shape, dw, dh] of SIZES) {
    it(`fits ${w}×${h}@${dpr}x with the ${shape} design (${dw}×${dh}): letterboxed, no scrollbars, crisp canvases`, async () => {
      await withFreshPage(
        env.browser,
        async (page, errors) => {
          await openReady(page, env.server.url, '/?screen=1')
          await page.waitForSelector('[data-testid="map"][data-loaded="1"]')
          const m = await page.evaluate(() => {
            const stage = document.querySelector('[data-testid="screen-stage"]') as HTMLElement
            const r = stage.getBoundingClientRect()
            const se = document.scrollingElement ?? document.documentElement
            const chart = document.querySelector<HTMLCanvasElement>('[data-testid^="chart-"] canvas')
            const mapCanvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas')
            return {
              shape: stage.getAttribute('data-shape'),
              layoutW: stage.offsetWidth,
              layoutH: stage.offsetHeight,
              left: r.left,
              top: r.top,
              width: r.width,
              height: r.height,
              scrollW: se.scrollWidth,
              scrollH: se.scrollHeight,
              innerW: window.innerWidth,
              innerH: window.innerHeight,
              dpr: window.devicePixelRatio,
              chartRatio: chart ? chart.width / chart.getBoundingClientRect().width : null,
              mapRatio: mapCanvas ? mapCanvas.width / mapCanvas.getBoundingClientRect().width : null,
            }
          })
          const scale = Math.min(w / dw, h / dh)
          expect(m.shape).toBe(shape)
          // Laid out at the design size, then scaled as a whole: never stretched.
          expect([m.layoutW, m.layoutH]).toEqual([dw, dh])
          expect(m.width / m.height).toBeCloseTo(dw / dh, 2)
          expect(m.width).toBeCloseTo(dw * scale, 0)
          expect(m.height).toBeCloseTo(dh * scale, 0)
          // Centred: equal bars on the letterboxed sides, nothing cropped; one side fills the window.
          expect(m.left).toBeGreaterThanOrEqual(-0.5)
          expect(m.top).toBeGreaterThanOrEqual(-0.5)
          expect(Math.abs(m.left * 2 + m.width - w)).toBeLessThan(1.5)
          expect(Math.abs(m.top * 2 + m.height - h)).toBeLessThan(1.5)
          expect(Math.min(Math.abs(m.width - w), Math.abs(m.height - h))).toBeLessThan(1.5)
          expect(m.scrollW).toBeLessThanOrEqual(m.innerW)
          expect(m.scrollH).toBeLessThanOrEqual(m.innerH)
          // Backing stores match the on-screen pixels (device pixel ratio), so nothing is CSS-stretched.
          expect(m.chartRatio).not.toBeNull()
          expect(m.chartRatio!).toBeGreaterThan(m.dpr * 0.97)
          expect(m.mapRatio!).toBeGreaterThan(m.dpr * 0.97)
          expect(errors).toEqual([])
        },
        { viewport: { width: w, height: h }, deviceScaleFactor: dpr },
      )
    })
  }
})

describe('tour', () => {
  it('cycles views, then chains (lithium first) and districts, pauses on input and resumes', async () => {
    // Record every step the caption announces, in the page, so a busy machine cannot miss one.
    const recordTour = () => {
      const log: { visited: number; step: number; route: string; focus: string }[] = []
      ;(window as unknown as { __tourLog: typeof log }).__tourLog = log
      new MutationObserver(() => {
        const el = document.querySelector('[data-testid="tour-caption"]')
        const visited = Number(el?.getAttribute('data-visited') ?? 0)
        if (!el || visited === 0 || log.at(-1)?.visited === visited) return
        log.push({
          visited,
          step: Number(el.getAttribute('data-step')),
          route: el.getAttribute('data-route') ?? '',
          focus: el.getAttribute('data-focus') ?? '',
        })
      }).observe(document, { subtree: true, childList: true, attributes: true })
    }
    await withFreshPage(
      env.browser,
      async (page, errors) => {
        await openReady(page, env.server.url, '/?screen=1&tour=1&tourInterval=0.5')
        const meta = data().meta
        const cycle = 4 + meta.chains.length + meta.districts.length
        await page.waitForFunction(
          (n) => (window as unknown as { __tourLog: unknown[] }).__tourLog.length >= n,
          cycle + 2,
          { timeout: 60_000 },
        )
        const log = await page.evaluate(
          () =>
            (window as unknown as { __tourLog: { visited: number; step: number; route: string; focus: string }[] })
              .__tourLog,
        )
        // Consecutive steps, one at a time: never skipped, never doubled.
        for (let i = 1; i < log.length; i++) {
          expect(log[i]!.visited).toBe(log[i - 1]!.visited + 1)
          expect(log[i]!.step).toBe((log[i - 1]!.step + 1) % cycle)
        }
        const byStep = new Map(log.map((e) => [e.step, e]))
        expect([0, 1, 2, 3].map((i) => byStep.get(i)?.focus)).toEqual([
          'view:/',
          'view:/talent',
          'view:/industry',
          'view:/innovation',
        ])
        expect(byStep.get(4)).toMatchObject({ route: '/industry', focus: 'chain:lithium' })
        expect(byStep.get(4 + meta.chains.length)).toMatchObject({
          route: '/talent',
          focus: `district:${meta.districts[0]!.adcode}`,
        })
        // No history growth: the tour replaces entries.
        expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2)

        await page.keyboard.press('Shift')
        await page.waitForSelector('[data-testid="tour-caption"][data-paused="1"]')
        const paused = await page.getAttribute('[data-testid="tour-caption"]', 'data-visited')
        const focus = await page.getAttribute('[data-testid="tour-caption"]', 'data-focus')
        await page.waitForTimeout(2000)
        expect(await page.getAttribute('[data-testid="tour-caption"]', 'data-visited')).toBe(paused)
        // While paused the URL settles on what the caption says.
        const route = await page.getAttribute('[data-testid="tour-caption"]', 'data-route')
        expect(new URL(page.url()).hash.startsWith(`#${route}?`)).toBe(true)
        if (focus?.startsWith('chain:')) expect(page.url()).toContain(`chain=${focus.slice(6)}`)
        if (focus?.startsWith('district:')) expect(page.url()).toContain(`district=${focus.slice(9)}`)

        // The toggle stops it and starts it again.
        await page.click('[data-testid="tour-toggle"]')
        await page.waitForSelector('[data-testid="tour-caption"]', { state: 'detached' })
        expect(page.url()).not.toContain('tour=1')
        await page.click('[data-testid="tour-toggle"]')
        await page.waitForSelector('[data-testid="tour-caption"][data-paused="0"]')
        await page.waitForFunction(
          () => Number(document.querySelector('[data-testid="tour-caption"]')?.getAttribute('data-visited')) >= 1,
          undefined,
          { timeout: 15_000 },
        )
        expect(errors).toEqual([])
      },
      { viewport: { width: 1920, height: 1080 }, initScript: recordTour },
    )
  })

  it('leaks no map or chart instance across 40 tour steps', async () => {
    await withFreshPage(
      env.browser,
      async (page) => {
        await openReady(page, env.server.url, '/?screen=1&tour=1&tourInterval=0.3')
        const visited = (n: number) =>
          page.waitForFunction(
            (min) =>
              Number(document.querySelector('[data-testid="tour-caption"]')?.getAttribute('data-visited')) >= min,
            n,
            { timeout: 90_000 },
          )
        // By step 20 the tour has shown every view; the views stay alive (App.vue's KeepAlive).
        await visited(20)
        const at20 = await page.evaluate(() => ({ ...window.__zzInstances }))
        await visited(40)
        await page.click('[data-testid="tour-toggle"]')
        await page.waitForTimeout(1500)
        const live = await page.evaluate(() => ({ ...window.__zzInstances }))
        const canvases = await page.evaluate(() => document.querySelectorAll('[data-testid="map"] canvas').length)
        // One map per view (the four routes), none more after 20 further steps; only the shown view's in the page.
        expect(live.map).toBe(4)
        expect(live).toEqual(at20)
        expect(canvases).toBe(1)
        // ECharts marks each live container: the charts alive are those of the four views, each as many as
        // a page opened on that view shows.
        let perView = 0
        for (const route of ['', 'talent', 'industry', 'innovation'])
          perView += await withFreshPage(
            env.browser,
            async (one) => {
              await openReady(one, env.server.url, `/${route}?screen=1`)
              await one.waitForTimeout(500)
              return one.evaluate(() => document.querySelectorAll('[_echarts_instance_]').length)
            },
            { viewport: { width: 1920, height: 1080 } },
          )
        expect(perView).toBeGreaterThan(0)
        expect(live.chart).toBe(perView)
      },
      { viewport: { width: 1920, height: 1080 } },
    )
  })
})
