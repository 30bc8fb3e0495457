/**
 * The server's `/query` answer (server/README.md, "Wire format") decoded into exactly what the
 * browser engine returns: each group-by arrives as [key, value] pairs and becomes a Map again.
 * Validated at the edge like every dataset; a body that does not fit is an error, never used.
 */
import type { EnterpriseAggregates, PlatformAggregates, TalentAggregates } from '../domain/engine/index.ts'
import type { KpiId } from '../domain/kpis.ts'
import { z } from './schemas/zod.ts'

const num = z.number()
const id = z.string()
const pairs = <K extends z.core.$ZodType, V extends z.core.$ZodType>(key: K, value: V) =>
  z.pipe(
    z.array(z.tuple([key, value])),
    z.transform((p) => new Map(p as unknown as [z.output<K>, z.output<V>][])),
  )

const stockInflow = z.object({ stock: num, inflow: num })
const firmStats = z.object({ count: num, outputValue: num, talent: num })
const platformStats = z.object({ count: num, postdocs: num })

const talent = z.object({
  stock: num,
  inflow: num,
  byDistrict: pairs(id, z.object({ stock: num, inflow: num, young: num })),
  byChain: pairs(z.nullable(id), stockInflow),
  byTalentType: pairs(id, stockInflow),
  byEducation: pairs(id, stockInflow),
  byAgeBand: pairs(id, stockInflow),
  byYear: pairs(num, stockInflow),
})

const enterprises = z.extend(firmStats, {
  byDistrict: pairs(id, firmStats),
  byChain: pairs(id, firmStats),
  bySegment: pairs(id, firmStats),
  byType: pairs(id, num),
  byFounded: pairs(num, num),
})

const platforms = z.extend(platformStats, {
  byKindLevel: pairs(id, pairs(id, num)),
  byKind: pairs(id, platformStats),
  byDistrict: pairs(id, platformStats),
  byChain: pairs(z.nullable(id), platformStats),
  byFounded: pairs(num, num),
})

const kpi = z.nullable(num)

const queryResponse = z.object({
  kpis: z.object({
    'talent-stock': kpi,
    'talent-inflow': kpi,
    'enterprise-count': kpi,
    'platform-count': kpi,
    'postdoc-count': kpi,
  }),
  talent: z.nullable(talent),
  enterprises: z.nullable(enterprises),
  platforms: z.nullable(platforms),
})

/** What `/query` answers: the KPIs and each dataset's aggregates, as the browser engine's cubes give them. */
export interface EngineResult {
  kpis: Record<KpiId, number | null>
  talent: TalentAggregates | null
  enterprises: EnterpriseAggregates | null
  platforms: PlatformAggregates | null
}

/** The engine's result from a parsed `/query` body, or null when the body does not have its shape. */
export function decodeQuery(body: unknown): EngineResult | null {
  const r = z.safeParse(queryResponse, body)
  return r.success ? r.data : null
}
