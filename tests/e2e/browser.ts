import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  })
}

export interface PageErrors {
  errors: string[]
}

/** Collects page errors and console errors that are not the app's own reported failures. */
export function watchErrors(page: Page): PageErrors {
  const out: PageErrors = { errors: [] }
  page.on('pageerror', (e) => out.errors.push(`pageerror: ${e.message}`))
  return out
}

/** Opens a hash route and waits until every dataset has settled. */
export async function openReady(page: Page, base: string, hash: string) {
  await page.goto(`${base}#${hash}`)
  await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 30_000 })
}

export async function kpi(page: Page, id: string): Promise<number | null> {
  const v = await page.getAttribute(`[data-testid="kpi-${id}"]`, 'data-value')
  return v === null || v === '' ? null : Number(v)
}

/** Runs `fn` on a fresh page in a context of its own (1440×900 unless told), with its page errors; closes it after. */
export async function withFreshPage<T>(
  browser: Browser,
  fn: (page: Page, errors: string[]) => Promise<T>,
  opts: BrowserContextOptions = {},
): Promise<T> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, ...opts })
  const page = await ctx.newPage()
  const { errors } = watchErrors(page)
  try {
    return await fn(page, errors)
  } finally {
    await ctx.close()
  }
}
