import { LAT_MAX, LAT_MIN, LON_MAX, LON_MIN } from '../../../src/api/schemas/common.ts'
import type { RecordChecks } from '../../../src/api/schemas/records.ts'
import { count, idString, nameString, year, zodCheck } from '../../../src/api/schemas/zodParts.ts'
import * as z from 'zod'
import { PARTNERS_MAX } from '../../../src/domain/recordRules.ts'

// The zod schemas (classic zod, around the app's zod/mini primitives) of the large datasets' records: the reference the rule tables (domain/recordRules.ts) are tested
// against (engines.test.ts). Test-only: the app runs the rule tables, on the page and in the dataset worker.

export const lon = z.number().min(LON_MIN).max(LON_MAX)
export const lat = z.number().min(LAT_MIN).max(LAT_MAX)
export const nonNegative = z.number().min(0)

export const talentCellSchema = z.object({
  district: idString,
  chain: z.nullable(idString),
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
  chain: z.nullable(idString),
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
  chain: z.nullable(idString),
  host: z.nullable(nameString),
  founded: year,
  researchers: count,
  postdocs: count,
  partners: z.array(nameString).transform((list) => (list.length > PARTNERS_MAX ? list.slice(0, PARTNERS_MAX) : list)),
})

/** The record checks by zod; each must agree with its rule table (tests/unit/api/engines.test.ts). */
export const zodRecordChecks: RecordChecks = {
  cells: zodCheck(talentCellSchema),
  demand: zodCheck(demandRowSchema),
  sources: zodCheck(talentSourceSchema),
  enterprises: zodCheck(enterpriseSchema),
  platforms: zodCheck(platformSchema),
}
