import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'

export type Lang = 'zh' | 'en'

/** URL `lang` values mapped to vue-i18n locales. */
export const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' }

export function createAppI18n() {
  return createI18n({
    legacy: false,
    locale: 'zh-CN',
    fallbackLocale: 'zh-CN',
    // English (`./en.ts`) is merged in by loadEnglish()'s caller.
    messages: { 'zh-CN': zhCN, en: {} },
  })
}

type English = (typeof import('./en'))['default']
let english: Promise<English> | null = null

/**
 * The English messages (`./en.ts`), loaded the first time English is chosen so the default language's
 * first load does not carry them; merge them into the `en` locale (`mergeLocaleMessage`) before switching.
 */
export function loadEnglish(): Promise<English> {
  english ??= import('./en').then((m) => m.default)
  english.catch(() => (english = null))
  return english
}
