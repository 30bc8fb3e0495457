import type { DemandRow, Talent, TalentCell, TalentSourceRow } from '../../domain/types.ts'
import {
  count,
  idString,
  nameString,
  requireArrays,
  validateList,
  year,
  zodCheck,
  type DropReport,
  type RecordCheck,
  type ShapeResult,
} from './common.ts'
import { countField, idField, idOrNull, nameField, verdict, yearField, type EngineOptions } from './fast.ts'
import { z } from './zod.ts'

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

const checkCellFast: RecordCheck<TalentCell> = (r) =>
  verdict(
    idField(r.district, 'district') ??
      idOrNull(r.chain, 'chain') ??
      idField(r.talentType, 'talentType') ??
      idField(r.education, 'education') ??
      idField(r.ageBand, 'ageBand') ??
      yearField(r.year, 'year') ??
      countField(r.stock, 'stock') ??
      countField(r.inflow, 'inflow'),
    () => ({
      district: r.district as string,
      chain: r.chain as string | null,
      talentType: r.talentType as string,
      education: r.education as string,
      ageBand: r.ageBand as string,
      year: r.year as number,
      stock: r.stock as number,
      inflow: r.inflow as number,
    }),
  )

const checkDemandFast: RecordCheck<DemandRow> = (r) =>
  verdict(
    idField(r.district, 'district') ??
      idField(r.chain, 'chain') ??
      idField(r.segment, 'segment') ??
      yearField(r.year, 'year') ??
      countField(r.demand, 'demand') ??
      countField(r.supply, 'supply'),
    () => ({
      district: r.district as string,
      chain: r.chain as string,
      segment: r.segment as string,
      year: r.year as number,
      demand: r.demand as number,
      supply: r.supply as number,
    }),
  )

const checkSourceFast: RecordCheck<TalentSourceRow> = (r) =>
  verdict(
    yearField(r.year, 'year') ??
      idOrNull(r.chain, 'chain') ??
      nameField(r.source, 'source') ??
      idField(r.sourceType, 'sourceType') ??
      countField(r.introduced, 'introduced'),
    () => ({
      year: r.year as number,
      chain: r.chain as string | null,
      source: r.source as string,
      sourceType: r.sourceType as string,
      introduced: r.introduced as number,
    }),
  )

/** Record checks for talent rows, by engine; the pairs must agree (tests/unit/api/engines.test.ts). */
export const talentChecks = {
  zod: {
    cells: zodCheck(talentCellSchema) satisfies RecordCheck<TalentCell>,
    demand: zodCheck(demandRowSchema) satisfies RecordCheck<DemandRow>,
    sources: zodCheck(talentSourceSchema) satisfies RecordCheck<TalentSourceRow>,
  },
  fast: { cells: checkCellFast, demand: checkDemandFast, sources: checkSourceFast },
}

/** Validates GET {apiBase}/talent. */
export function validateTalent(raw: unknown, report: DropReport, options: EngineOptions = {}): ShapeResult<Talent> {
  const top = requireArrays(raw, ['cells', 'demand', 'sources'])
  if (!top.ok) return top
  const check = talentChecks[options.engine ?? 'fast']
  return {
    ok: true,
    data: {
      cells: validateList(top.value.cells, check.cells, 'talent.cells', report),
      demand: validateList(top.value.demand, check.demand, 'talent.demand', report),
      sources: validateList(top.value.sources, check.sources, 'talent.sources', report),
    },
  }
}
