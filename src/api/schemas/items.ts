import * as z from 'zod'
import type { Enterprise, Platform } from '../../domain/types.ts'
import {
  count,
  idString,
  lat,
  lon,
  nameString,
  nonNegative,
  PARTNERS_MAX,
  requireArrays,
  validateList,
  year,
  zodCheck,
  type DropReport,
  type RecordCheck,
  type ShapeResult,
} from './common.ts'

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

const checkEnterprise: RecordCheck<Enterprise> = zodCheck(enterpriseSchema)
const checkPlatform: RecordCheck<Platform> = zodCheck(platformSchema)

const byId = (item: { id: string }): string => item.id

/** Validates GET {apiBase}/enterprises; duplicate ids keep the first valid record. */
export function validateEnterprises(raw: unknown, report: DropReport): ShapeResult<{ items: Enterprise[] }> {
  const top = requireArrays(raw, ['items'])
  if (!top.ok) return top
  return { ok: true, data: { items: validateList(top.value.items, checkEnterprise, 'enterprises.items', report, { key: byId }) } }
}

/** Validates GET {apiBase}/platforms; duplicate ids keep the first valid record, partners are capped at 50. */
export function validatePlatforms(raw: unknown, report: DropReport): ShapeResult<{ items: Platform[] }> {
  const top = requireArrays(raw, ['items'])
  if (!top.ok) return top
  return { ok: true, data: { items: validateList(top.value.items, checkPlatform, 'platforms.items', report, { key: byId }) } }
}
