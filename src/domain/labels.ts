import { ID_FILTER_LISTS, type Filters, type FilterKey } from './filters'
import { formatYear } from './url'
import type { Meta, Named } from './types'

type Lang = 'zh' | 'en'

function pick(item: { name: string; nameEn?: string } | undefined, id: string, lang: Lang): string {
  if (!item) return id
  return lang === 'en' && item.nameEn ? item.nameEn : item.name
}

/** The name of an item of a meta list (talent types, platform kinds, levels…) in the language asked. */
export function named(list: readonly Named[], id: string, lang: Lang): string {
  return pick(
    list.find((x) => x.id === id),
    id,
    lang,
  )
}

export function districtName(meta: Meta | null, adcode: string, lang: Lang): string {
  return pick(
    meta?.districts.find((d) => d.adcode === adcode),
    adcode,
    lang,
  )
}

export function chainName(meta: Meta | null, id: string, lang: Lang): string {
  return pick(
    meta?.chains.find((c) => c.id === id),
    id,
    lang,
  )
}

export function segmentName(meta: Meta | null, id: string, lang: Lang): string {
  const seg = meta?.chains.flatMap((c) => c.segments).find((s) => s.id === id)
  return pick(seg, id, lang)
}

/** Names listed in running text: 、 between Chinese names, a comma between English ones. */
export function joinNames(names: readonly string[], lang: Lang): string {
  return names.join(lang === 'zh' ? '、' : ', ')
}

/** The words for one active filter, as shown on its chip and in export captions. */
export function filterValueLabel(meta: Meta | null, f: Filters, key: FilterKey, lang: Lang): string {
  switch (key) {
    case 'district':
      return joinNames(
        f.district.map((d) => districtName(meta, d, lang)),
        lang,
      )
    case 'chain':
      return f.chain ? chainName(meta, f.chain, lang) : ''
    case 'segment':
      return f.segment ? segmentName(meta, f.segment, lang) : ''
    case 'year':
      return f.year ? formatYear(f.year).replace('-', '–') : ''
    case 'talentType':
    case 'education':
    case 'entType':
    case 'platformKind': {
      const id = f[key]
      return id ? named(meta?.[ID_FILTER_LISTS[key]] ?? [], id, lang) : ''
    }
    case 'q':
      return f.q
  }
}
