import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Page,
} from 'playwright-core'

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

export interface PageOptions extends BrowserContextOptions {
  /** Accept downloads, for `page.waitForEvent('download')`. */
  downloads?: boolean
  /**
   * Watch the Content-Security-Policy: each "Refused to …" console report joins the page's errors, and
   * every `securitypolicyviolation` event from the first script on is kept for `cspViolations(page)`.
   */
  watchCsp?: boolean
  /** Console messages that count as errors too (the dev server's warnings, unhandled rejections). */
  consoleErrors?: (m: ConsoleMessage) => boolean
  /** Dismiss every dialog (alert, confirm, prompt) and count it as an error. */
  dialogsAsErrors?: boolean
  /** Runs before the app's scripts in every page of the context (a probe, a recorder). */
  initScript?: Parameters<BrowserContext['addInitScript']>[0]
}

export interface OpenPage {
  page: Page
  /** Page errors, plus what the options count as errors. */
  errors: string[]
  /** Closes the page's context. */
  close: () => Promise<void>
}

/** Records every CSP violation on window.__csp, from the first script on. */
const RECORD_CSP_VIOLATIONS = `
  window.__csp = []
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(e.effectiveDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber)
  }, true)
`

/** The CSP violations a `watchCsp` page has seen since it last loaded a document. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as { __csp?: string[] }).__csp ?? ['no recorder'])
}

/** A fresh page in a context of its own (1440×900 unless told), with its page errors; `close()` when done. */
export async function openPage(browser: Browser, opts: PageOptions = {}): Promise<OpenPage> {
  const { downloads, watchCsp, consoleErrors, dialogsAsErrors, initScript, ...context } = opts
  const ctx = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    ...(downloads && { acceptDownloads: true }),
    ...context,
  })
  if (watchCsp) await ctx.addInitScript(RECORD_CSP_VIOLATIONS)
  if (initScript) await ctx.addInitScript(initScript)
  const page = await ctx.newPage()
  const { errors } = watchErrors(page)
  page.on('console', (m) => {
    if (watchCsp && m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text()))
      errors.push(`csp: ${m.text()}`)
    else if (consoleErrors?.(m)) errors.push(`console.${m.type()}: ${m.text().slice(0, 300)}`)
  })
  if (dialogsAsErrors) page.on('dialog', (d) => void d.dismiss().then(() => errors.push(`dialog: ${d.message()}`)))
  return { page, errors, close: () => ctx.close() }
}

/** Runs `fn` on a fresh page (see `openPage`) and closes its context after. */
export async function withFreshPage<T>(
  browser: Browser,
  fn: (page: Page, errors: string[]) => Promise<T>,
  opts: PageOptions = {},
): Promise<T> {
  const { page, errors, close } = await openPage(browser, opts)
  try {
    return await fn(page, errors)
  } finally {
    await close()
  }
}
