import { createI18n } from 'vue-i18n'
import * as exporting from './views/export'
import * as industry from './views/industry'
import * as innovation from './views/innovation'
import * as refresh from './views/refresh'
import * as screen from './views/screen'
import * as talent from './views/talent'
import zhCN from './zh-CN'

export type Lang = 'zh' | 'en'

/** URL `lang` values mapped to vue-i18n locales. */
export const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' }

// Each view's messages live in a file of their own; both languages are spelled out so a missing one is a type error.
const zhViews = {
  talent: talent.zh,
  industry: industry.zh,
  innovation: innovation.zh,
  screen: screen.zh,
  export: exporting.zh,
  refresh: refresh.zh,
}
const enViews = {
  talent: talent.en,
  industry: industry.en,
  innovation: innovation.en,
  screen: screen.en,
  export: exporting.en,
  refresh: refresh.en,
}

export function createAppI18n() {
  return createI18n({
    legacy: false,
    locale: 'zh-CN',
    fallbackLocale: 'zh-CN',
    // English chrome (`./en.ts`) is merged in by loadEnglish()'s caller; the views' messages are small.
    messages: { 'zh-CN': { ...zhCN, ...zhViews }, en: enViews },
  })
}

type English = (typeof import('./en'))['default']
let english: Promise<English> | null = null

/**
 * The English chrome (`./en.ts`), loaded the first time English is chosen so the default language's
 * first load does not carry it; merge it into the `en` locale (`mergeLocaleMessage`) before switching.
 */
export function loadEnglish(): Promise<English> {
  english ??= import('./en').then((m) => m.default)
  english.catch(() => (english = null))
  return english
}
