import { createI18n } from 'vue-i18n'
import * as exporting from './views/export'
import * as industry from './views/industry'
import * as innovation from './views/innovation'
import * as screen from './views/screen'
import * as talent from './views/talent'
import zhCN from './zh-CN'

export type Lang = 'zh' | 'en'

/** URL `lang` values mapped to vue-i18n locales. */
export const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' }

const areas = { talent, industry, innovation, screen, export: exporting }
const pick = (lang: 'zh' | 'en') => Object.fromEntries(Object.entries(areas).map(([k, m]) => [k, m[lang]]))

export function createAppI18n() {
  return createI18n({
    legacy: false,
    locale: 'zh-CN',
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': { ...zhCN, ...pick('zh') }, en: pick('en') },
  })
}

let englishLoaded: Promise<void> | null = null

/**
 * The English chrome (`./en.ts`) loads the first time English is chosen: the default language's
 * first load does not carry it. `merge` is the global composer's `mergeLocaleMessage`.
 */
export function loadEnglish(merge: (locale: string, messages: Record<string, unknown>) => void): Promise<void> {
  englishLoaded ??= import('./en').then((m) => merge(LOCALES.en, m.default))
  englishLoaded.catch(() => (englishLoaded = null))
  return englishLoaded
}
