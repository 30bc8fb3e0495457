import { z } from './zod.ts'
import type { AgeBand, Chain, District, Fact, Meta, Named, Origin, Segment, Source } from '../../domain/types.ts'
import {
  describeValue,
  isPlainRecord,
  ID_MAX,
  recordDrop,
  validateList,
  type DropReport,
  type ShapeResult,
} from './common.ts'
import { count, idString, nameString, reasonOf, textString, valueAt, year, zodCheck } from './zodParts.ts'

const list = z.array(z.unknown())

/** The parts of meta that must hold or meta fails as a whole; lists are checked entry by entry. */
const metaTopSchema = z.object({
  city: z.object({ name: nameString, adcode: idString }),
  dataVersion: idString,
  asOf: z.iso.date(),
  isSample: z.boolean(),
  sources: list,
  districts: list,
  chains: list,
  years: list,
  talentTypes: list,
  educations: list,
  ageBands: list,
  enterpriseTypes: list,
  platformKinds: list,
  platformLevels: list,
  facts: z.optional(list),
  origins: z.optional(list),
})

export const sourceSchema = z.object({
  id: idString,
  title: textString.check(z.minLength(1)),
  publisher: textString,
  date: z.string().check(z.maxLength(ID_MAX)),
  url: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(2048))),
})

export const districtSchema = z.object({
  adcode: idString,
  name: nameString,
  nameEn: z.optional(nameString),
  population: z.optional(count),
  populationEstimated: z.optional(z.boolean()),
})

export const segmentSchema = z.object({
  id: idString,
  name: nameString,
  nameEn: nameString,
  stage: z.enum(['upstream', 'midstream', 'downstream']),
})

const chainHeadSchema = z.object({ id: idString, name: nameString, nameEn: nameString, segments: list })

export const namedSchema = z.object({ id: idString, name: nameString, nameEn: z.optional(nameString) })

export const ageBandSchema = z.extend(namedSchema, { young: z.boolean() })

export const factSchema = z.object({
  id: idString,
  label: textString.check(z.minLength(1)),
  labelEn: z.optional(textString),
  value: z.number(),
  unit: z.string().check(z.maxLength(ID_MAX)),
  unitEn: z.optional(z.string().check(z.maxLength(ID_MAX))),
  sourceId: idString,
})

/** An origin of introduced talent: anywhere on earth (not only around the city), in degrees. */
const originSchema = z.object({
  id: idString,
  name: nameString,
  nameEn: nameString,
  lon: z.number().check(z.minimum(-180), z.maximum(180)),
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
})

const checkSegment = zodCheck(segmentSchema)
const byId = (x: { id: string }): string => x.id

function validateChains(raw: unknown[], report: DropReport): Chain[] {
  const heads = validateList(raw, zodCheck(chainHeadSchema), 'meta.chains', report, { key: byId })
  return heads.map((head) => ({
    ...head,
    segments: validateList<Segment>(head.segments, checkSegment, `meta.chains[id=${head.id}].segments`, report, {
      key: byId,
    }),
  }))
}

function validateYears(raw: unknown[], report: DropReport): number[] {
  const seen = new Set<number>()
  const out: number[] = []
  raw.forEach((value, i) => {
    const parsed = z.safeParse(year, value)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      recordDrop(report, issue ? reasonOf(issue, value) : 'invalid', 'meta.years', i)
    } else if (seen.has(parsed.data)) {
      recordDrop(report, 'duplicate-id', 'meta.years', i)
    } else {
      seen.add(parsed.data)
      out.push(parsed.data)
    }
  })
  return out
}

function namedList(raw: unknown[], path: string, report: DropReport): Named[] {
  return validateList(raw, zodCheck(namedSchema), path, report, { key: byId })
}

/** Validates GET {apiBase}/meta: malformed meta fails whole; bad list entries are dropped and counted. */
export function validateMeta(raw: unknown, report: DropReport): ShapeResult<Meta> {
  if (!isPlainRecord(raw)) return { ok: false, message: `expected an object; got ${describeValue(raw)}` }
  const top = z.safeParse(metaTopSchema, raw)
  if (!top.success) {
    const issue = top.error.issues[0]
    if (!issue) return { ok: false, message: 'meta: invalid' }
    const where = issue.path.length ? `meta.${issue.path.map(String).join('.')}` : 'meta'
    return { ok: false, message: `${where}: ${reasonOf(issue, valueAt(raw, issue.path))}` }
  }
  const m = top.data
  const meta: Meta = {
    city: m.city,
    dataVersion: m.dataVersion,
    asOf: m.asOf,
    isSample: m.isSample,
    sources: validateList<Source>(m.sources, zodCheck(sourceSchema), 'meta.sources', report, { key: byId }),
    districts: validateList<District>(m.districts, zodCheck(districtSchema), 'meta.districts', report, {
      key: (d) => d.adcode,
    }),
    chains: validateChains(m.chains, report),
    years: validateYears(m.years, report),
    talentTypes: namedList(m.talentTypes, 'meta.talentTypes', report),
    educations: namedList(m.educations, 'meta.educations', report),
    ageBands: validateList<AgeBand>(m.ageBands, zodCheck(ageBandSchema), 'meta.ageBands', report, { key: byId }),
    enterpriseTypes: namedList(m.enterpriseTypes, 'meta.enterpriseTypes', report),
    platformKinds: namedList(m.platformKinds, 'meta.platformKinds', report),
    platformLevels: namedList(m.platformLevels, 'meta.platformLevels', report),
  }
  if (m.facts) meta.facts = validateList<Fact>(m.facts, zodCheck(factSchema), 'meta.facts', report, { key: byId })
  if (m.origins)
    meta.origins = validateList<Origin>(m.origins, zodCheck(originSchema), 'meta.origins', report, { key: byId })
  return { ok: true, data: meta }
}
