import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
/** axe-core's browser bundle, injected as a script tag (the test context bypasses the app's CSP for it). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[]; failureSummary?: string }[]
}

/** Runs axe-core (WCAG 2.x A/AA rules and best practices) on the whole page; its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE })
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe
    const res = await axe.run(document, { resultTypes: ['violations'] })
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }))
  })
}

/** One line per violation, for a readable assertion message. */
export function describeViolations(list: readonly AxeViolation[]): string[] {
  return list.map(
    (v) =>
      `${v.impact} ${v.id} (${v.nodes.length}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  )
}

/**
 * Chinese in the page's chrome: every visible text node, select option and user-facing attribute
 * (aria-label, title, placeholder, alt) with a CJK character or CJK punctuation, outside elements
 * marked `data-i18n-data` (names, titles and publishers that are data and stay as given).
 */
export function chromeCjk(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/
    const isData = (el: Element) => !!el.closest('[data-i18n-data]')
    const out: string[] = []
    const where = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? ''
      const el = n.parentElement
      if (!el || !CJK.test(text) || isData(el)) continue
      const shown =
        el.tagName === 'OPTION' || el.tagName === 'OPTGROUP' || el.checkVisibility({ visibilityProperty: true })
      if (shown && !['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)) out.push(`${where(el)}: ${text.trim()}`)
    }
    for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[alt],optgroup[label]')) {
      if (isData(el)) continue
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'label']) {
        const v = el.getAttribute(attr)
        if (v && CJK.test(v)) out.push(`${where(el)}@${attr}: ${v}`)
      }
    }
    return out
  })
}
