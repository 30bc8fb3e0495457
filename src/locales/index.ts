import { createI18n } from 'vue-i18n'
import en from './en'
import zhCN from './zh-CN'

export type Lang = 'zh' | 'en'

/** URL `lang` values mapped to vue-i18n locales. */
export const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' }

export function createAppI18n() {
  return createI18n({
    legacy: false,
    locale: 'zh-CN',
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en },
  })
}
