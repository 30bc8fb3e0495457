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
