import { effectiveYears, FILTER_KEYS, isFilterActive, type FilterKey, type Filters } from '@/domain/filters'
import { filterValueLabel } from '@/domain/labels'
import type { Meta, Source } from '@/domain/types'

type Lang = 'zh' | 'en'

/** The active filters in words, in the filter bar's order: ['滕州市', '锂电产业链', '2021–2024'] (file names). */
export function filterWords(meta: Meta | null, f: Filters, lang: Lang): string[] {
  return FILTER_KEYS.filter((k) => isFilterActive(f, k)).map((k) => {
    const label = filterValueLabel(meta, f, k, lang)
    return k === 'q' ? `“${label}”` : label
  })
}

/** One filter as a caption says it: its name and its value in words. */
export interface FilterPair {
  key: FilterKey
  name: string
  value: string
}

/**
 * The filters with their names, in the filter bar's order. The district and the year are always
 * said, as they always apply: no district is the whole city, no year is the data year (SPEC §4).
 */
export function filterPairs(
  meta: Meta | null,
  f: Filters,
  lang: Lang,
  lastYear: number,
  words: { name: (key: FilterKey) => string; allCity: string },
): FilterPair[] {
  const withYear: Filters = { ...f, year: effectiveYears(f, lastYear) }
  return FILTER_KEYS.filter((k) => k === 'district' || isFilterActive(withYear, k)).map((key) => {
    const label = filterValueLabel(meta, withYear, key, lang)
    const value = key === 'district' && !label ? words.allCity : key === 'q' ? `“${label}”` : label
    return { key, name: words.name(key), value }
  })
}

/** `区县：滕州市 · 产业链：锂电产业链 · 年份：2024` (zh) or `District: Tengzhou · Chain: … · Year: 2024` (en). */
export function filtersSentence(pairs: readonly FilterPair[], lang: Lang): string {
  return pairs.map((p) => `${p.name}${lang === 'zh' ? '：' : ': '}${p.value}`).join(' · ')
}

/** What a caption says; every string is drawn as text, never parsed as HTML. */
export interface CaptionInput {
  title: string
  /** The view's name, or a chart's title for a single chart. */
  view: string
  filters: readonly FilterPair[]
  asOf: string
  exportedAt: string
  isSample: boolean
  sources: readonly Pick<Source, 'publisher' | 'title'>[]
}

/** The message-file words a caption is made of (the caller binds them to `t`). */
export interface CaptionWords {
  lang: Lang
  view: (title: string, view: string) => string
  asOf: (date: string) => string
  exported: (time: string) => string
  sample: string
  sources: (sources: string) => string
}

/** Sources as one line: 枣庄新闻网《…》；枣庄市统计局《…》 (zh) or Publisher, “Title”; … (en). */
export function sourcesText(sources: CaptionInput['sources'], lang: Lang): string {
  const one = (s: CaptionInput['sources'][number]) =>
    lang === 'zh' ? `${s.publisher}《${s.title}》` : `${s.publisher}, “${s.title}”`
  return sources.map(one).join(lang === 'zh' ? '；' : '; ')
}

/** The caption, line by line: title · view; filters with their names; asOf and export time; sample mark; sources. */
export function captionLines(c: CaptionInput, w: CaptionWords): string[] {
  const lines = [
    w.view(c.title, c.view),
    filtersSentence(c.filters, w.lang),
    `${w.asOf(c.asOf)}    ${w.exported(c.exportedAt)}`,
  ]
  if (c.isSample) lines.push(w.sample)
  if (c.sources.length) lines.push(w.sources(sourcesText(c.sources, w.lang)))
  return lines
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Local date as YYYY-MM-DD. */
export function isoDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Local date and time as YYYY-MM-DD HH:mm. */
export function formatDateTime(d: Date): string {
  return `${isoDate(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** Breaks a CJK character or a Latin word with its trailing spaces into one token each. */
const TOKEN =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+\s*|\s+/g

/** Punctuation that never starts a line: it stays on the line before, slightly over the width. */
const CLOSING = /^[，。；：、！？）》」』】,.;:!?)\]]/

/**
 * Wraps text to lines no wider than `maxWidth` as `measure` sees it: Chinese breaks between any two
 * characters, Latin between words; a word longer than a line is cut.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = []
  let line = ''
  for (const token of text.match(TOKEN) ?? []) {
    const next = line + token
    if (line && measure(next.trimEnd()) > maxWidth && !CLOSING.test(token)) {
      lines.push(line.trimEnd())
      line = token.trimStart()
    } else {
      line = next
    }
    while (line.length > 1 && overflows(line, maxWidth, measure)) {
      const cut = fitPrefix(line, maxWidth, measure)
      lines.push(line.slice(0, cut))
      line = line.slice(cut)
    }
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}

/** Wider than the line, not counting one closing punctuation mark at its end. */
function overflows(line: string, maxWidth: number, measure: (s: string) => number): boolean {
  const s = line.trimEnd()
  if (measure(s) <= maxWidth) return false
  return !(CLOSING.test(s.slice(-1)) && measure(s.slice(0, -1)) <= maxWidth)
}

function fitPrefix(s: string, maxWidth: number, measure: (s: string) => number): number {
  let n = 1
  while (n < s.length && measure(s.slice(0, n + 1)) <= maxWidth) n++
  return n
}
