import { chainName, districtName, joinNames, named, segmentName } from './labels'
import type { Enterprise, Meta, Platform } from './types'

type Lang = 'zh' | 'en'

/**
 * One line of a record's drawer: its key (message `industry.detail.<key>`, test id `detail-<key>`),
 * the value shown, and whether that value is data (names as given, not translated).
 */
export type DetailField = readonly [key: string, value: string, isData?: boolean]

/** A firm's drawer lines; `none` is the word for an empty list. */
export function enterpriseFields(f: Enterprise, meta: Meta | null, lang: Lang, none: string): DetailField[] {
  const types = f.types.map((ty) => named(meta?.enterpriseTypes ?? [], ty, lang))
  return [
    ['district', districtName(meta, f.district, lang)],
    ['chain', chainName(meta, f.chain, lang)],
    ['segment', segmentName(meta, f.segment, lang)],
    ['types', joinNames(types, lang) || none],
    ['employees', f.employees.toLocaleString()],
    ['talentTotal', f.talent.total.toLocaleString()],
    ['doctor', f.talent.doctor.toLocaleString()],
    ['master', f.talent.master.toLocaleString()],
    ['bachelor', f.talent.bachelor.toLocaleString()],
    ['introduced', f.talent.introduced.toLocaleString()],
    ['output', f.outputValue.toLocaleString()],
    ['founded', String(f.founded)],
  ]
}

/** A platform's drawer lines; partners are organisations, so their names are data. */
export function platformFields(p: Platform, meta: Meta | null, lang: Lang, none: string): DetailField[] {
  return [
    ['kind', named(meta?.platformKinds ?? [], p.kind, lang)],
    ['level', named(meta?.platformLevels ?? [], p.level, lang)],
    ['district', districtName(meta, p.district, lang)],
    ['chain', p.chain ? chainName(meta, p.chain, lang) : none],
    ['founded', String(p.founded)],
    ['researchers', p.researchers.toLocaleString()],
    ['postdocs', p.postdocs.toLocaleString()],
    ['partners', joinNames(p.partners, lang) || none, p.partners.length > 0],
  ]
}
