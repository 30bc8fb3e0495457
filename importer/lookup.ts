/**
 * Names as people write them → the ids of meta: district names (滕州市, 滕州, 枣庄市滕州市,
 * Tengzhou) → adcodes, chain and segment names (Chinese or English) → ids, and the code lists
 * (enterprise types, talent types, educations, age bands, platform kinds and levels).
 * The mapping file's `values` come first.
 */
import type { AgeBand, Meta, Named } from '../src/domain/types.ts'
import { BUILTIN_NAMES } from './names.ts'
import { valueKey } from './text.ts'

/** Mapping-file value overrides by list: written value → id (chain: null for "no chain"). */
export type ValueOverrides = Partial<Record<ListName, Record<string, string | null>>>

export type ListName =
  | 'district'
  | 'chain'
  | 'segment'
  | 'enterpriseType'
  | 'talentType'
  | 'education'
  | 'ageBand'
  | 'platformKind'
  | 'platformLevel'
  | 'sourceType'

type Index = Map<string, string>

function add(index: Index, text: string | undefined, id: string, core?: (key: string) => string): void {
  if (!text) return
  const key = valueKey(text)
  if (key && !index.has(key)) index.set(key, id)
  const c = core?.(key)
  if (c && !index.has(c)) index.set(c, id)
}

function overridesOf(index: Index, overrides: Record<string, string | null> | undefined): void {
  for (const [text, id] of Object.entries(overrides ?? {})) if (id !== null) index.set(valueKey(text), id)
}

const districtCore = (k: string) => k.replace(/(市|区|县|旗|district|city|county)$/, '')
const chainCore = (k: string) => k.replace(/(产业链|产业|链|chain|industry|industries)$/, '')
const typeCore = (k: string) => k.replace(/(企业|enterprise|enterprises)$/, '')

/** A resolver over a meta list: id, name, English name, a "core" form and built-in synonyms. */
function namedResolver(
  list: readonly Named[],
  listName: ListName,
  overrides: ValueOverrides,
  core?: (k: string) => string,
) {
  const index: Index = new Map()
  overridesOf(index, overrides[listName])
  for (const x of list) {
    add(index, x.id, x.id)
    add(index, x.name, x.id, core)
    add(index, x.nameEn, x.id, core)
    for (const s of BUILTIN_NAMES[listName]?.[x.id] ?? []) add(index, s, x.id, core)
  }
  return (text: string): string | null => {
    const key = valueKey(text)
    return index.get(key) ?? (core ? index.get(core(key)) : undefined) ?? null
  }
}

function districtResolver(meta: Meta, overrides: ValueOverrides) {
  const named = namedResolver(
    meta.districts.map((d) => ({ id: d.adcode, name: d.name, nameEn: d.nameEn })),
    'district',
    overrides,
    districtCore,
  )
  const city = valueKey(meta.city.name)
  const prefixes = ['山东省', city, districtCore(city)].map(valueKey).filter((p) => p !== '')
  return (text: string): string | null => {
    const candidates = [valueKey(text)]
    for (const p of prefixes)
      for (const c of [...candidates]) if (c.startsWith(p) && c !== p) candidates.push(c.slice(p.length))
    for (const c of candidates) {
      const hit = named(c)
      if (hit) return hit
    }
    return null
  }
}

const NO_CHAIN = new Set(
  ['', '无', '未分产业链', '未分类', '其他产业', 'nochain', 'none', 'null', '-', '/'].map(valueKey),
)

/** Chain names → id; `null` for a cell saying "no chain" (empty, 无, 未分产业链); `undefined` when unknown. */
function chainResolver(meta: Meta, overrides: ValueOverrides) {
  const named = namedResolver(meta.chains, 'chain', overrides, chainCore)
  const explicit = overrides.chain ?? {}
  const nulls = new Set([
    ...NO_CHAIN,
    ...Object.keys(explicit)
      .filter((k) => explicit[k] === null)
      .map(valueKey),
  ])
  return (text: string): string | null | undefined => (nulls.has(valueKey(text)) ? null : (named(text) ?? undefined))
}

/** Segment names → { chain, segment }, within the given chain or, without one, wherever the name is unique. */
function segmentResolver(meta: Meta, overrides: ValueOverrides) {
  const byChain = new Map<string, (t: string) => string | null>()
  for (const c of meta.chains) {
    const segs = c.segments.map((s) => ({
      ...s,
      shortId: s.id.startsWith(`${c.id}-`) ? s.id.slice(c.id.length + 1) : s.id,
    }))
    const resolve = namedResolver(segs, 'segment', overrides)
    const short = new Map(segs.map((s) => [valueKey(s.shortId), s.id]))
    byChain.set(c.id, (t) => resolve(t) ?? short.get(valueKey(t)) ?? null)
  }
  return (text: string, chain: string | null): { chain: string; segment: string } | null => {
    if (chain) {
      const segment = byChain.get(chain)?.(text)
      return segment ? { chain, segment } : null
    }
    const hits = [...byChain].flatMap(([c, resolve]) => {
      const segment = resolve(text)
      return segment ? [{ chain: c, segment }] : []
    })
    return hits.length === 1 ? (hits[0] ?? null) : null
  }
}

/** Age bands' bounds read from their names: "25岁及以下", "26–35岁", "56岁及以上", "25 and under". */
export function ageBandBounds(band: AgeBand): [number, number] | null {
  for (const name of [band.name, band.nameEn ?? '']) {
    const key = valueKey(name)
    const nums = [...key.matchAll(/\d+/g)].map((m) => Number(m[0]))
    const [a, b] = nums
    if (a === undefined) continue
    if (b !== undefined) return [a, b]
    if (/以下|under|below|orless|或以下|≤|<=/.test(key)) return [0, a]
    if (/以上|over|above|ormore|或以上|≥|>=|\+/.test(key)) return [a, 200]
  }
  return null
}

function ageBandOfAge(bands: readonly AgeBand[]) {
  const bounds = bands.flatMap((b) => {
    const r = ageBandBounds(b)
    return r ? [{ id: b.id, lo: r[0], hi: r[1] }] : []
  })
  return (age: number): string | null => bounds.find((b) => age >= b.lo && age <= b.hi)?.id ?? null
}

/** The list entry whose name (or a built-in synonym) the text contains, longest name first: "…博士后科研工作站" → postdoc-workstation. */
function containedResolver(list: readonly Named[], listName: ListName) {
  const names = list
    .flatMap((x) => [x.name, ...(BUILTIN_NAMES[listName]?.[x.id] ?? [])].map((n) => [valueKey(n), x.id] as const))
    .filter(([n]) => n.length >= 2)
    .sort((a, b) => b[0].length - a[0].length)
  return (text: string): string | null => {
    const key = valueKey(text)
    return names.find(([n]) => key.includes(n))?.[1] ?? null
  }
}

/** Every resolver the table mappers need, built once per import. */
export function createLookups(meta: Meta, overrides: ValueOverrides = {}) {
  return {
    district: districtResolver(meta, overrides),
    chain: chainResolver(meta, overrides),
    segment: segmentResolver(meta, overrides),
    enterpriseType: namedResolver(meta.enterpriseTypes, 'enterpriseType', overrides, typeCore),
    talentType: namedResolver(meta.talentTypes, 'talentType', overrides),
    education: namedResolver(meta.educations, 'education', overrides),
    ageBand: namedResolver(meta.ageBands, 'ageBand', overrides),
    ageBandOfAge: ageBandOfAge(meta.ageBands),
    platformKind: namedResolver(meta.platformKinds, 'platformKind', overrides),
    platformKindInName: containedResolver(meta.platformKinds, 'platformKind'),
    platformLevel: namedResolver(meta.platformLevels, 'platformLevel', overrides),
  }
}

export type Lookups = ReturnType<typeof createLookups>
