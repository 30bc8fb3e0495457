import { chromium, type Browser, type Page } from 'playwright-core'

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
