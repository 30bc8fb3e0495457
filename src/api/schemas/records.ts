import { referenceCheck } from '../../domain/reconcile.ts'
import { PARTNERS_MAX, RECORD_RULES, type RecordKind } from '../../domain/recordRules.ts'
import type {
  Boundaries,
  Datasets,
  DemandRow,
  Enterprise,
  Meta,
  Platform,
  TalentCell,
  TalentSourceRow,
} from '../../domain/types.ts'
import {
  count,
  idString,
  lat,
  lon,
  nameString,
  nonNegative,
  requireArrays,
  validateList,
  year,
  zodCheck,
  type DropReport,
  type RecordCheck,
  type ShapeResult,
} from './common.ts'
import { recordCheck, type EngineOptions } from './fast.ts'
import { z } from './zod.ts'

// The zod schemas of the large datasets' records: the reference the rule tables (domain/recordRules.ts) are tested against.

export const talentCellSchema = z.object({
  district: idString,
  chain: idString.nullable(),
  talentType: idString,
  education: idString,
  ageBand: idString,
  year,
  stock: count,
  inflow: count,
})

export const demandRowSchema = z.object({
  district: idString,
  chain: idString,
  segment: idString,
  year,
  demand: count,
  supply: count,
})

export const talentSourceSchema = z.object({
  year,
  chain: idString.nullable(),
  source: nameString,
  sourceType: idString,
  introduced: count,
})

export const enterpriseSchema = z.object({
  id: idString,
  name: nameString,
  district: idString,
  lon,
  lat,
  chain: idString,
  segment: idString,
  types: z.array(idString),
  employees: count,
  talent: z.object({ total: count, doctor: count, master: count, bachelor: count, introduced: count }),
  outputValue: nonNegative,
  founded: year,
})

export const platformSchema = z.object({
  id: idString,
  name: nameString,
  kind: idString,
  level: idString,
  district: idString,
  lon,
  lat,
  chain: idString.nullable(),
  host: nameString.nullable(),
  founded: year,
  researchers: count,
  postdocs: count,
  partners: z.array(nameString).transform((list) => (list.length > PARTNERS_MAX ? list.slice(0, PARTNERS_MAX) : list)),
})

interface Records {
  cells: TalentCell
  demand: DemandRow
  sources: TalentSourceRow
  enterprises: Enterprise
  platforms: Platform
}

type Checks = { readonly [K in RecordKind]: RecordCheck<Records[K]> }

/** Record checks by engine: the rule tables (fast) and zod; each pair must agree (tests/unit/api/engines.test.ts). */
export const recordChecks: { readonly fast: Checks; readonly zod: Checks } = {
  fast: {
    cells: recordCheck(RECORD_RULES.cells),
    demand: recordCheck(RECORD_RULES.demand),
    sources: recordCheck(RECORD_RULES.sources),
    enterprises: recordCheck(RECORD_RULES.enterprises),
    platforms: recordCheck(RECORD_RULES.platforms),
  },
  zod: {
    cells: zodCheck(talentCellSchema),
    demand: zodCheck(demandRowSchema),
    sources: zodCheck(talentSourceSchema),
    enterprises: zodCheck(enterpriseSchema),
    platforms: zodCheck(platformSchema),
  },
}

type RecordDataset = 'talent' | 'enterprises' | 'platforms'

/** Each large dataset's arrays (the body's key) and the record type each holds. */
const LISTS: { readonly [D in RecordDataset]: readonly (readonly [key: string, kind: RecordKind])[] } = {
  talent: [
    ['cells', 'cells'],
    ['demand', 'demand'],
    ['sources', 'sources'],
  ],
  enterprises: [['items', 'enterprises']],
  platforms: [['items', 'platforms']],
}

export interface RecordOptions extends EngineOptions {
  /** Also run the reference stage (ids meta must know, points in their district) in the same pass. */
  against?: { meta: Meta; boundaries?: Boundaries | null | undefined } | undefined
}

/**
 * Validates GET {apiBase}/talent, /enterprises or /platforms: each array must be present, each record is
 * checked on its own; ids must be unique where the rules say so (the first valid record is kept).
 */
export function validateRecords<D extends RecordDataset>(
  name: D,
  raw: unknown,
  report: DropReport,
  options: RecordOptions = {},
): ShapeResult<Datasets[D]> {
  const lists = LISTS[name]
  const top = requireArrays(
    raw,
    lists.map(([key]) => key),
  )
  if (!top.ok) return top
  const data: Record<string, object[]> = {}
  for (const [key, kind] of lists) {
    const rules = RECORD_RULES[kind]
    const unique = rules.unique
    const check: RecordCheck<object> = recordChecks[options.engine ?? 'fast'][kind]
    data[key] = validateList(top.value[key] ?? [], check, `${name}.${key}`, report, {
      key: unique && ((value) => (value as Record<string, unknown>)[unique]),
      refer: options.against && referenceCheck(rules, options.against.meta, options.against.boundaries),
    })
  }
  return { ok: true, data: data as unknown as Datasets[D] }
}
