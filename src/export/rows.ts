import { talentCube } from '@/domain/engine'
import { effectiveYears, type Filters } from '@/domain/filters'
import { chainName, districtName, named, segmentName } from '@/domain/labels'
import type { Enterprise, Meta, Platform, Stage, TalentCell } from '@/domain/types'

type Lang = 'zh' | 'en'

/** One exported value: text, a number, or empty. */
export type Cell = string | number | null

/** A table ready for CSV or XLSX: localised headers and one row per record. */
export interface ExportTable {
  headers: string[]
  rows: Cell[][]
}

export type ColumnKey =
  | 'id'
  | 'name'
  | 'district'
  | 'chain'
  | 'segment'
  | 'stage'
  | 'types'
  | 'employees'
  | 'talentTotal'
  | 'doctor'
  | 'master'
  | 'bachelor'
  | 'introduced'
  | 'outputValue'
  | 'founded'
  | 'lon'
  | 'lat'
  | 'kind'
  | 'level'
  | 'host'
  | 'researchers'
  | 'postdocs'
  | 'partners'
  | 'years'
  | 'talentType'
  | 'education'
  | 'ageBand'
  | 'stock'
  | 'inflow'

/** The words a table needs, taken from the message files by the caller. */
export interface RowLabels {
  lang: Lang
  column: (key: ColumnKey) => string
  stage: (s: Stage) => string
  /** Talent cells with `chain: null`. */
  noChain: string
}

/** A name lookup that asks `labels.ts` once per distinct id (tables can have 200k rows). */
function memo(fn: (id: string) => string): (id: string) => string {
  const seen = new Map<string, string>()
  return (id) => {
    let v = seen.get(id)
    if (v === undefined) {
      v = fn(id)
      seen.set(id, v)
    }
    return v
  }
}

function namers(meta: Meta | null, lang: Lang) {
  const list = (
    k: 'talentTypes' | 'educations' | 'ageBands' | 'enterpriseTypes' | 'platformKinds' | 'platformLevels',
  ) => memo((id) => named(meta?.[k] ?? [], id, lang))
  const stages = new Map<string, Stage>()
  for (const c of meta?.chains ?? []) for (const s of c.segments) stages.set(s.id, s.stage)
  return {
    district: memo((id) => districtName(meta, id, lang)),
    chain: memo((id) => chainName(meta, id, lang)),
    segment: memo((id) => segmentName(meta, id, lang)),
    stageOf: (segment: string) => stages.get(segment),
    talentType: list('talentTypes'),
    education: list('educations'),
    ageBand: list('ageBands'),
    entType: list('enterpriseTypes'),
    kind: list('platformKinds'),
    level: list('platformLevels'),
    joiner: lang === 'zh' ? '、' : '; ',
  }
}

const FIRM_COLUMNS: ColumnKey[] = [
  'id',
  'name',
  'district',
  'chain',
  'segment',
  'stage',
  'types',
  'employees',
  'talentTotal',
  'doctor',
  'master',
  'bachelor',
  'introduced',
  'outputValue',
  'founded',
  'lon',
  'lat',
]

/** The filtered firms, one row each. */
export function enterpriseTable(items: readonly Enterprise[], meta: Meta | null, labels: RowLabels): ExportTable {
  const n = namers(meta, labels.lang)
  const rows = items.map((e): Cell[] => {
    const stage = n.stageOf(e.segment)
    return [
      e.id,
      e.name,
      n.district(e.district),
      n.chain(e.chain),
      n.segment(e.segment),
      stage ? labels.stage(stage) : null,
      e.types.map(n.entType).join(n.joiner),
      e.employees,
      e.talent.total,
      e.talent.doctor,
      e.talent.master,
      e.talent.bachelor,
      e.talent.introduced,
      e.outputValue,
      e.founded,
      e.lon,
      e.lat,
    ]
  })
  return { headers: FIRM_COLUMNS.map(labels.column), rows }
}

const PLATFORM_COLUMNS: ColumnKey[] = [
  'id',
  'name',
  'kind',
  'level',
  'district',
  'chain',
  'host',
  'founded',
  'researchers',
  'postdocs',
  'partners',
  'lon',
  'lat',
]

/** The filtered platforms, one row each; `hosts` names host firms by id (the id is kept when unknown). */
export function platformTable(
  items: readonly Platform[],
  meta: Meta | null,
  hosts: ReadonlyMap<string, string>,
  labels: RowLabels,
): ExportTable {
  const n = namers(meta, labels.lang)
  const rows = items.map((p): Cell[] => [
    p.id,
    p.name,
    n.kind(p.kind),
    n.level(p.level),
    n.district(p.district),
    p.chain === null ? null : n.chain(p.chain),
    p.host === null ? null : (hosts.get(p.host) ?? p.host),
    p.founded,
    p.researchers,
    p.postdocs,
    p.partners.join(n.joiner),
    p.lon,
    p.lat,
  ])
  return { headers: PLATFORM_COLUMNS.map(labels.column), rows }
}

const TALENT_COLUMNS: ColumnKey[] = [
  'years',
  'district',
  'chain',
  'talentType',
  'education',
  'ageBand',
  'stock',
  'inflow',
]

/** Each table's columns, in order (the workbook describes them on its About sheet). */
export const TABLE_COLUMNS = { firms: FIRM_COLUMNS, platforms: PLATFORM_COLUMNS, talent: TALENT_COLUMNS } as const

interface TalentGroup {
  cell: TalentCell
  stock: number
  inflow: number
}

/**
 * Talent cells matching the filters, grouped by district × chain × talent type × education × age band:
 * stock at the range's last year and inflow summed over the range (SPEC §4), one row per group.
 */
export function talentTable(
  cells: readonly TalentCell[],
  f: Filters,
  lastYear: number,
  meta: Meta | null,
  labels: RowLabels,
): ExportTable {
  const years = effectiveYears(f, lastYear)
  const matches = talentCube.matcher(f, lastYear)
  const groups = new Map<string, TalentGroup>()
  for (const c of cells) {
    if (!matches(c)) continue
    const key = `${c.district}|${c.chain ?? ''}|${c.talentType}|${c.education}|${c.ageBand}`
    let g = groups.get(key)
    if (!g) {
      g = { cell: c, stock: 0, inflow: 0 }
      groups.set(key, g)
    }
    g.inflow += c.inflow
    if (c.year === years.to) g.stock += c.stock
  }
  const n = namers(meta, labels.lang)
  const span = years.from === years.to ? String(years.to) : `${years.from}–${years.to}`
  const rows = sortGroups([...groups.values()], meta).map(({ cell: c, stock, inflow }): Cell[] => [
    span,
    n.district(c.district),
    c.chain === null ? labels.noChain : n.chain(c.chain),
    n.talentType(c.talentType),
    n.education(c.education),
    n.ageBand(c.ageBand),
    stock,
    inflow,
  ])
  return { headers: TALENT_COLUMNS.map(labels.column), rows }
}

/** Orders groups as meta lists districts, chains, types, educations and age bands (unknown ids last). */
function sortGroups(groups: TalentGroup[], meta: Meta | null): TalentGroup[] {
  const rank = (ids: readonly string[]) => {
    const m = new Map(ids.map((id, i) => [id, i]))
    return (id: string | null) => (id === null ? ids.length : (m.get(id) ?? ids.length + 1))
  }
  const district = rank(meta?.districts.map((d) => d.adcode) ?? [])
  const chain = rank(meta?.chains.map((c) => c.id) ?? [])
  const type = rank(meta?.talentTypes.map((t) => t.id) ?? [])
  const edu = rank(meta?.educations.map((e) => e.id) ?? [])
  const age = rank(meta?.ageBands.map((a) => a.id) ?? [])
  const key = (g: TalentGroup) => [
    district(g.cell.district),
    chain(g.cell.chain),
    type(g.cell.talentType),
    edu(g.cell.education),
    age(g.cell.ageBand),
  ]
  const keyed = groups.map((g) => ({ g, k: key(g) }))
  keyed.sort((a, b) => {
    for (let i = 0; i < a.k.length; i++) {
      const d = (a.k[i] ?? 0) - (b.k[i] ?? 0)
      if (d !== 0) return d
    }
    return 0
  })
  return keyed.map((x) => x.g)
}
