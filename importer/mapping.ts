/**
 * The mapping file (`--mapping FILE`, JSON): headers and values the built-in synonyms do not know.
 *   { "columns": { "firms": { "name": "单位全称", "district": ["所在县区", "县区名称"] }, … },
 *     "values":  { "district": { "高新区": "370403" }, "chain": { "锂电池": "lithium", "无": null }, … },
 *     "sheets":  { "firms": "企业名单" } }
 * Column keys: firms, platforms, talent, demand, sources. Value lists: see `ListName` in lookup.ts.
 */
import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import type { Meta } from '../src/domain/types.ts'
import type { ColumnOverrides, TableKind } from './columns.ts'
import type { ListName, ValueOverrides } from './lookup.ts'

const FILES = ['firms', 'platforms', 'talent', 'demand', 'sources'] as const
export type FileKey = (typeof FILES)[number]

const LISTS = [
  'district',
  'chain',
  'segment',
  'enterpriseType',
  'talentType',
  'education',
  'ageBand',
  'platformKind',
  'platformLevel',
] as const satisfies readonly ListName[]

const headerList = z.union([z.string(), z.array(z.string())])
const schema = z
  .object({
    columns: z.partialRecord(z.enum(FILES), z.record(z.string(), headerList)).default({}),
    values: z.partialRecord(z.enum(LISTS), z.record(z.string(), z.string().nullable())).default({}),
    sheets: z.partialRecord(z.enum(FILES), z.string()).default({}),
  })
  .strict()

export interface Mapping {
  columns: Partial<Record<TableKind, ColumnOverrides>>
  values: ValueOverrides
  sheets: Partial<Record<FileKey, string>>
}

const KINDS_OF: Record<FileKey, TableKind[]> = {
  firms: ['firms'],
  platforms: ['platforms'],
  talent: ['talentPersons', 'talentCells'],
  demand: ['demand'],
  sources: ['talentSources', 'sources'],
}

export async function loadMapping(path?: string): Promise<Mapping> {
  if (!path) return { columns: {}, values: {}, sheets: {} }
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    throw new Error(`--mapping ${path}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`--mapping ${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`)
  }
  const columns: Mapping['columns'] = {}
  for (const [file, over] of Object.entries(parsed.data.columns) as [FileKey, ColumnOverrides][])
    for (const kind of KINDS_OF[file]) columns[kind] = over
  return { columns, values: parsed.data.values, sheets: parsed.data.sheets }
}

/** Mapping values that name an id meta does not have (a typo there would silently drop rows). */
export function unknownMappingIds(mapping: Mapping, meta: Meta): string[] {
  const ids: Record<string, Set<string>> = {
    district: new Set(meta.districts.map((d) => d.adcode)),
    chain: new Set(meta.chains.map((c) => c.id)),
    segment: new Set(meta.chains.flatMap((c) => c.segments.map((s) => s.id))),
    enterpriseType: new Set(meta.enterpriseTypes.map((x) => x.id)),
    talentType: new Set(meta.talentTypes.map((x) => x.id)),
    education: new Set(meta.educations.map((x) => x.id)),
    ageBand: new Set(meta.ageBands.map((x) => x.id)),
    platformKind: new Set(meta.platformKinds.map((x) => x.id)),
    platformLevel: new Set(meta.platformLevels.map((x) => x.id)),
  }
  return Object.entries(mapping.values).flatMap(([list, values]) =>
    Object.entries(values ?? {})
      .filter(([, id]) => id !== null && !ids[list]?.has(id))
      .map(([text, id]) => `values.${list}["${text}"] = "${id}"`),
  )
}
