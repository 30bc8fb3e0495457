import { referenceCheck } from '../../domain/reconcile.ts'
import { RECORD_RULES, type RecordKind } from '../../domain/recordRules.ts'
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
import { ARROW_TABLES, type ArrowDataset } from '../arrow/layout.ts'
import { requireArrays, validateList, type DropReport, type RecordCheck, type ShapeResult } from './common.ts'
import { recordCheck } from './fast.ts'

/** The record type each rule table describes. */
export interface Records {
  cells: TalentCell
  demand: DemandRow
  sources: TalentSourceRow
  enterprises: Enterprise
  platforms: Platform
}

/** One record check per record type. */
export type RecordChecks = { readonly [K in RecordKind]: RecordCheck<Records[K]> }

/** The record checks the rule tables define (schemas/fast.ts); zod's, the reference, in tests/unit/api/recordsZod.ts. */
export const fastRecordChecks: RecordChecks = {
  cells: recordCheck(RECORD_RULES.cells),
  demand: recordCheck(RECORD_RULES.demand),
  sources: recordCheck(RECORD_RULES.sources),
  enterprises: recordCheck(RECORD_RULES.enterprises),
  platforms: recordCheck(RECORD_RULES.platforms),
}

export interface RecordOptions {
  /** The record checks to run; default the rule tables' (`fastRecordChecks`). */
  checks?: RecordChecks | undefined
  /** Also run the reference stage (ids meta must know, points in their district) in the same pass. */
  against?: { meta: Meta; boundaries?: Boundaries | null | undefined } | undefined
}

/**
 * Validates GET {apiBase}/talent, /enterprises or /platforms: each array must be present, each record is
 * checked on its own; ids must be unique where the rules say so (the first valid record is kept).
 */
export function validateRecords<D extends ArrowDataset>(
  name: D,
  raw: unknown,
  report: DropReport,
  options: RecordOptions = {},
): ShapeResult<Datasets[D]> {
  const lists = ARROW_TABLES[name]
  const top = requireArrays(
    raw,
    lists.map(([key]) => key),
  )
  if (!top.ok) return top
  const data: Record<string, object[]> = {}
  for (const [key, kind] of lists) {
    const rules = RECORD_RULES[kind]
    const unique = rules.unique
    const check: RecordCheck<object> = (options.checks ?? fastRecordChecks)[kind]
    data[key] = validateList(top.value[key] ?? [], check, `${name}.${key}`, report, {
      key: unique && ((value) => (value as Record<string, unknown>)[unique]),
      refer: options.against && referenceCheck(rules, options.against.meta, options.against.boundaries),
    })
  }
  return { ok: true, data: data as unknown as Datasets[D] }
}
