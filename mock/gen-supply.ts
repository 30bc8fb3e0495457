/**
 * Talent demand vs supply per district × segment × year (derived from the
 * firms there), and the sources of introduced talent (derived from the cells).
 */
import type { DemandRow, Enterprise, TalentCell, TalentSourceRow } from '../src/domain/types.ts'
import { CHAINS, DISTRICTS, YEARS } from './catalog.ts'
import { CHAIN_INSTITUTIONS } from './names.ts'
import { SAMPLE_ORIGINS } from './origins.ts'
import { splitInt, type Rng } from './random.ts'

/** Traditional segments with more candidates than openings. */
const SURPLUS_SEGMENTS = new Set(['chemical-basic', 'materials-building', 'equipment-castings'])
/** Lithium segments that hire most easily (assembly work); the others are short of people. */
const EASIER_LITHIUM = new Set(['lithium-pack', 'lithium-vehicles'])

/** The 缺链 segment has no firm, yet the lithium hubs (薛城区, 滕州市) plan for it: demand, no local supply. */
const PLANNED = new Set(['370403|lithium-resources', '370481|lithium-resources'])

/** Supply ÷ demand for a segment: lithium short, a few traditional segments in surplus. */
function supplyRatio(rng: Rng, chain: string, segment: string): number {
  if (SURPLUS_SEGMENTS.has(segment)) return rng.float(1.1, 1.3)
  if (chain === 'lithium') return EASIER_LITHIUM.has(segment) ? rng.float(0.75, 0.95) : rng.float(0.45, 0.8)
  return rng.float(0.8, 1.02)
}

export function generateDemand(rng: Rng, firms: Enterprise[], scale: number): DemandRow[] {
  const staff = new Map<string, Enterprise[]>()
  for (const f of firms) {
    const key = `${f.district}|${f.segment}`
    const list = staff.get(key)
    if (list) list.push(f)
    else staff.set(key, [f])
  }
  const rows: DemandRow[] = []
  for (const chain of CHAINS)
    for (const seg of chain.segments) {
      const ratio = supplyRatio(rng, chain.id, seg.id)
      for (const { adcode: district } of DISTRICTS) {
        const here = staff.get(`${district}|${seg.id}`) ?? []
        for (const year of YEARS) {
          let employees = 0
          for (const f of here) if (f.founded <= year) employees += f.employees
          // Hiring need grows with the chains; the missing link has planned demand where the chain is.
          const rate = 0.05 * (1 + 0.06 * (year - YEARS[0]))
          const demand = here.length
            ? rng.roundStochastic(employees * rate * rng.noise(0.2))
            : PLANNED.has(`${district}|${seg.id}`)
              ? rng.roundStochastic(rng.float(3, 8) * scale)
              : 0
          const supply = here.length ? rng.roundStochastic(demand * ratio * rng.noise(0.08)) : 0
          rows.push({ district, chain: chain.id, segment: seg.id, year, demand, supply })
        }
      }
    }
  return rows
}

const UNIVERSITIES = SAMPLE_ORIGINS.filter((o) => o.kind === 'university')
const REGIONS = SAMPLE_ORIGINS.filter((o) => o.kind === 'region')
/** Share of introduced graduates recruited straight from campus; the rest come from a region. */
const CAMPUS_SHARE = 0.55

/**
 * Introduced talent = inflow with a bachelor's degree or higher. For each year
 * and chain the rows sum to exactly that inflow in the cells, split once over
 * universities (campus hires) and cities (experienced hires), never both. Each
 * row's `source` is the id of its origin in meta.origins (mock/origins.ts).
 */
export function generateSources(rng: Rng, cells: TalentCell[]): TalentSourceRow[] {
  const totals = new Map<string, number>()
  for (const c of cells) {
    if (c.inflow === 0 || !(c.education === 'doctor' || c.education === 'master' || c.education === 'bachelor'))
      continue
    const key = `${c.year}|${c.chain ?? ''}`
    totals.set(key, (totals.get(key) ?? 0) + c.inflow)
  }
  const rows: TalentSourceRow[] = []
  for (const year of YEARS)
    for (const chain of [...CHAINS.map((c) => c.id), null]) {
      const total = totals.get(`${year}|${chain ?? ''}`) ?? 0
      const favoured = chain ? (CHAIN_INSTITUTIONS[chain] ?? []) : ['枣庄学院', '曲阜师范大学', '临沂大学']
      const origins = [...UNIVERSITIES, ...REGIONS]
      const weights = [
        ...UNIVERSITIES.map(
          (u) => (CAMPUS_SHARE / UNIVERSITIES.length) * (favoured.includes(u.name) ? 3 : 1) * rng.noise(0.3),
        ),
        ...REGIONS.map((r) => (1 - CAMPUS_SHARE) * r.weight * rng.noise(0.3)),
      ]
      splitInt(total, weights).forEach((introduced, i) => {
        const origin = origins[i]
        if (introduced === 0 || !origin) return
        rows.push({ year, chain, source: origin.id, sourceType: origin.kind, introduced })
      })
    }
  return rows
}
