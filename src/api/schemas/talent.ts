import * as z from 'zod'
import type { DemandRow, Talent, TalentCell, TalentSourceRow } from '../../domain/types.ts'
import {
  count,
  ID_MAX,
  idString,
  nameString,
  requireArrays,
  validateList,
  year,
  YEAR_MAX,
  YEAR_MIN,
  zodCheck,
  type DropReason,
  type DropReport,
  type RecordCheck,
  type ShapeResult,
} from './common.ts'

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

export const checkCellZod: RecordCheck<TalentCell> = zodCheck(talentCellSchema)
const checkDemand: RecordCheck<DemandRow> = zodCheck(demandRowSchema)
const checkSource: RecordCheck<TalentSourceRow> = zodCheck(talentSourceSchema)

function idFault(v: unknown): DropReason | null {
  if (typeof v !== 'string') return v === undefined ? 'missing-field' : 'wrong-type'
  if (v.length === 0) return 'missing-field'
  return v.length > ID_MAX ? 'too-long' : null
}

function intFault(v: unknown, min: number, max: number): DropReason | null {
  if (typeof v !== 'number') return v === undefined ? 'missing-field' : 'wrong-type'
  if (!Number.isInteger(v)) return 'invalid-number'
  return v < min || v > max ? 'out-of-range' : null
}

const CELL_IDS = ['district', 'chain', 'talentType', 'education', 'ageBand'] as const

/**
 * Hand-rolled twin of `talentCellSchema` for the million-row `cells` array:
 * same verdicts, same reasons, same first failing field (tests hold the two together).
 */
export const checkCellFast: RecordCheck<TalentCell> = (rec) => {
  for (const key of CELL_IDS) {
    const v = rec[key]
    const fault = key === 'chain' && v === null ? null : idFault(v)
    if (fault) return { ok: false, reason: fault, field: key }
  }
  const yearFault = intFault(rec.year, YEAR_MIN, YEAR_MAX)
  if (yearFault) return { ok: false, reason: yearFault, field: 'year' }
  const stockFault = intFault(rec.stock, 0, Number.MAX_SAFE_INTEGER)
  if (stockFault) return { ok: false, reason: stockFault, field: 'stock' }
  const inflowFault = intFault(rec.inflow, 0, Number.MAX_SAFE_INTEGER)
  if (inflowFault) return { ok: false, reason: inflowFault, field: 'inflow' }
  return {
    ok: true,
    value: {
      district: rec.district as string,
      chain: rec.chain as string | null,
      talentType: rec.talentType as string,
      education: rec.education as string,
      ageBand: rec.ageBand as string,
      year: rec.year as number,
      stock: rec.stock as number,
      inflow: rec.inflow as number,
    },
  }
}

export interface TalentOptions {
  /** Which checker validates `cells`; 'fast' unless a test compares the two. */
  cells?: 'fast' | 'zod'
}

/** Validates GET {apiBase}/talent. */
export function validateTalent(raw: unknown, report: DropReport, options: TalentOptions = {}): ShapeResult<Talent> {
  const top = requireArrays(raw, ['cells', 'demand', 'sources'])
  if (!top.ok) return top
  const checkCell = options.cells === 'zod' ? checkCellZod : checkCellFast
  return {
    ok: true,
    data: {
      cells: validateList(top.value.cells, checkCell, 'talent.cells', report),
      demand: validateList(top.value.demand, checkDemand, 'talent.demand', report),
      sources: validateList(top.value.sources, checkSource, 'talent.sources', report),
    },
  }
}
