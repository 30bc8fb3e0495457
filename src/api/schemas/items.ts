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
import {
  countField,
  idField,
  idList,
  idOrNull,
  latField,
  lonField,
  nameField,
  nameList,
  nameOrNull,
  nonNegativeField,
  objectField,
  verdict,
  yearField,
  type EngineOptions,
} from './fast.ts'
import { z } from './zod.ts'

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

const checkEnterpriseFast: RecordCheck<Enterprise> = (r) => {
  const t = r.talent as Record<string, unknown>
  return verdict(
    idField(r.id, 'id') ??
      nameField(r.name, 'name') ??
      idField(r.district, 'district') ??
      lonField(r.lon, 'lon') ??
      latField(r.lat, 'lat') ??
      idField(r.chain, 'chain') ??
      idField(r.segment, 'segment') ??
      idList(r.types, 'types') ??
      countField(r.employees, 'employees') ??
      objectField(t, 'talent') ??
      countField(t.total, 'talent.total') ??
      countField(t.doctor, 'talent.doctor') ??
      countField(t.master, 'talent.master') ??
      countField(t.bachelor, 'talent.bachelor') ??
      countField(t.introduced, 'talent.introduced') ??
      nonNegativeField(r.outputValue, 'outputValue') ??
      yearField(r.founded, 'founded'),
    () => ({
      id: r.id as string,
      name: r.name as string,
      district: r.district as string,
      lon: r.lon as number,
      lat: r.lat as number,
      chain: r.chain as string,
      segment: r.segment as string,
      types: (r.types as string[]).slice(),
      employees: r.employees as number,
      talent: {
        total: t.total as number,
        doctor: t.doctor as number,
        master: t.master as number,
        bachelor: t.bachelor as number,
        introduced: t.introduced as number,
      },
      outputValue: r.outputValue as number,
      founded: r.founded as number,
    }),
  )
}

const checkPlatformFast: RecordCheck<Platform> = (r) =>
  verdict(
    idField(r.id, 'id') ??
      nameField(r.name, 'name') ??
      idField(r.kind, 'kind') ??
      idField(r.level, 'level') ??
      idField(r.district, 'district') ??
      lonField(r.lon, 'lon') ??
      latField(r.lat, 'lat') ??
      idOrNull(r.chain, 'chain') ??
      nameOrNull(r.host, 'host') ??
      yearField(r.founded, 'founded') ??
      countField(r.researchers, 'researchers') ??
      countField(r.postdocs, 'postdocs') ??
      nameList(r.partners, 'partners'),
    () => ({
      id: r.id as string,
      name: r.name as string,
      kind: r.kind as string,
      level: r.level as string,
      district: r.district as string,
      lon: r.lon as number,
      lat: r.lat as number,
      chain: r.chain as string | null,
      host: r.host as string | null,
      founded: r.founded as number,
      researchers: r.researchers as number,
      postdocs: r.postdocs as number,
      partners: (r.partners as string[]).slice(0, PARTNERS_MAX),
    }),
  )

/** Record checks for firms and platforms, by engine; the pairs must agree (tests/unit/api/engines.test.ts). */
export const itemChecks = {
  zod: {
    enterprises: zodCheck(enterpriseSchema) satisfies RecordCheck<Enterprise>,
    platforms: zodCheck(platformSchema) satisfies RecordCheck<Platform>,
  },
  fast: { enterprises: checkEnterpriseFast, platforms: checkPlatformFast },
}

const byId = (item: { id: string }): string => item.id

/** Validates GET {apiBase}/enterprises; duplicate ids keep the first valid record. */
export function validateEnterprises(
  raw: unknown,
  report: DropReport,
  options: EngineOptions = {},
): ShapeResult<{ items: Enterprise[] }> {
  const top = requireArrays(raw, ['items'])
  if (!top.ok) return top
  const check = itemChecks[options.engine ?? 'fast'].enterprises
  return { ok: true, data: { items: validateList(top.value.items, check, 'enterprises.items', report, { key: byId }) } }
}

/** Validates GET {apiBase}/platforms; duplicate ids keep the first valid record, partners are capped at 50. */
export function validatePlatforms(
  raw: unknown,
  report: DropReport,
  options: EngineOptions = {},
): ShapeResult<{ items: Platform[] }> {
  const top = requireArrays(raw, ['items'])
  if (!top.ok) return top
  const check = itemChecks[options.engine ?? 'fast'].platforms
  return { ok: true, data: { items: validateList(top.value.items, check, 'platforms.items', report, { key: byId }) } }
}
