import { createI18n } from 'vue-i18n'
import en from './en'
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
    messages: { 'zh-CN': { ...zhCN, ...zhViews }, en: { ...en, ...enViews } },
  })
}
