/**
 * Research and training platforms. Postdoc bases (25), postdoc workstations (4),
 * their postdocs (24) and technical schools (24) are published figures (× scale);
 * the other kinds are plausible sample counts. Firm-hosted kinds sit at their host.
 */
import type { Enterprise, Platform } from '../src/domain/types.ts'
import { CHAINS, DISTRICTS } from './catalog.ts'
import type { PointSampler } from './geo.ts'
import { CHAIN_INSTITUTIONS, INSTITUTIONS, type Namer } from './names.ts'
import { splitInt, type Rng } from './random.ts'

export const POSTDOCS = 24

interface KindPlan {
  kind: string
  count: number
  /** Level weights: national, provincial, municipal. */
  levels: [number, number, number]
  /** Share hosted by a firm. */
  hosted: number
  /** Share tied to a chain when not hosted. */
  chained: number
  minYear: number
  researchers: [number, number]
}

type PlanRow = [
  kind: string,
  count: number,
  levels: KindPlan['levels'],
  hosted: number,
  chained: number,
  minYear: number,
  researchers: KindPlan['researchers'],
]

/** One row per kind: count, level weights (national, provincial, municipal), hosted, chained, from, researchers. */
const PLAN_ROWS: readonly PlanRow[] = [
  ['postdoc-workstation', 4, [1, 0, 0], 1, 1, 2008, [15, 60]],
  ['postdoc-base', 25, [0, 1, 0], 1, 1, 2012, [8, 40]],
  ['key-lab', 40, [0, 0.3, 0.7], 0.6, 1, 2005, [15, 120]],
  ['engineering-center', 50, [0, 0.3, 0.7], 0.75, 1, 2005, [10, 80]],
  ['tech-center', 60, [0.04, 0.3, 0.66], 1, 1, 2005, [8, 60]],
  ['industrial-college', 12, [0, 0.25, 0.75], 0, 1, 2018, [10, 50]],
  ['technical-school', 24, [0.1, 0.3, 0.6], 0, 0, 2005, [40, 300]],
  ['incubator', 20, [0.1, 0.3, 0.6], 0, 0.5, 2010, [3, 20]],
  ['skill-studio', 36, [0.08, 0.32, 0.6], 0.6, 0.4, 2011, [3, 15]],
]

export const KIND_PLANS: readonly KindPlan[] = PLAN_ROWS.map(
  ([kind, count, levels, hosted, chained, minYear, researchers]) => ({
    kind,
    count,
    levels,
    hosted,
    chained,
    minYear,
    researchers,
  }),
)

const LEVEL_IDS = ['national', 'provincial', 'municipal'] as const
const LEVEL_PREFIX: Record<string, string> = { national: '国家', provincial: '山东省', municipal: '枣庄市' }
const CHAIN_IDS = CHAINS.map((c) => c.id)
const CHAIN_WEIGHTS = [0.22, 0.25, 0.25, 0.12, 0.16]
const CHAIN_SHORT: Record<string, string> = {
  lithium: '锂电',
  chemical: '化工',
  equipment: '智能制造',
  it: '数字技术',
  materials: '新材料',
}
const CRAFTS: Record<string, readonly string[]> = {
  lithium: ['电池装配', '电芯工艺', '锂电设备维修'],
  chemical: ['化工操作', '化学检验', '化工设备维护'],
  equipment: ['数控加工', '焊接', '钳工', '装配调试'],
  it: ['电子装联', '网络运维'],
  materials: ['材料检测', '窑炉操作'],
  none: ['中式烹调', '电工', '汽车维修', '农产品加工', '果树栽培', '木工', '面点', '养老护理', '电子商务', '家政服务'],
}
const COLLEGE_WORDS: Record<string, readonly string[]> = {
  lithium: ['锂电', '新能源', '储能'],
  chemical: ['化工', '精细化工', '绿色化工'],
  equipment: ['智能制造', '装备制造', '机电'],
  it: ['数字技术', '软件', '信息技术'],
  materials: ['新材料', '材料工程'],
}
const QUALIFIERS = ['', '', '高性能', '绿色', '先进', '智能', '新型']
const COLLEGE_HOSTS = ['枣庄学院', '枣庄职业学院', '枣庄科技职业学院', '山东理工大学']
const SCHOOL_FORMS = ['技工学校', '高级技工学校', '技师学院']
const INCUBATOR_FORMS = ['科技企业孵化器', '众创空间', '创业孵化基地']
/** Non-hosted platforms by district (order of DISTRICTS), roughly by population and schools. */
const DISTRICT_WEIGHTS = [0.24, 0.22, 0.12, 0.1, 0.1, 0.22]
const SCHOOL_PLACE: Record<string, string> = {
  '370402': '枣庄市',
  '370403': '薛城区',
  '370404': '峄城区',
  '370405': '台儿庄区',
  '370406': '山亭区',
  '370481': '滕州市',
}

interface Draft {
  kind: string
  level: string
  chain: string | null
  host: Enterprise | null
}

function partners(rng: Rng, draft: Draft, count: number): string[] {
  const pool = draft.chain
    ? (CHAIN_INSTITUTIONS[draft.chain] ?? INSTITUTIONS)
    : ['枣庄职业学院', '枣庄科技职业学院', '枣庄学院']
  const out = new Set<string>()
  for (let i = 0; out.size < count && i < 20; i++) out.add(rng.chance(0.75) ? rng.pick(pool) : rng.pick(INSTITUTIONS))
  return [...out]
}

/** A research topic: the host's own segment, else one of the chain's. */
function topic(rng: Rng, chain: string, host: Enterprise | null): string {
  const segs = CHAINS.find((c) => c.id === chain)?.segments ?? []
  const seg = segs.find((x) => x.id === host?.segment) ?? rng.pick(segs)
  return `${rng.pick(QUALIFIERS)}${seg?.name.replace(/与.*$/, '') ?? '产业技术'}`
}

function platformName(rng: Rng, namer: Namer, d: Draft, district: string, partner: string | undefined): string {
  const host = d.host
  const prefix = LEVEL_PREFIX[d.level] ?? ''
  const chain = d.chain ?? 'none'
  const owner = host ? `（${host.name}）` : partner ? `（${partner}）` : ''
  const place = SCHOOL_PLACE[district] ?? '枣庄市'
  const local = () => namer.localWord(rng, district)
  switch (d.kind) {
    case 'postdoc-workstation':
      return namer.unique(`${host?.name ?? place}博士后科研工作站`)
    case 'postdoc-base':
      return namer.unique(`山东省博士后创新实践基地${owner}`)
    case 'key-lab':
      return namer.fresh(() => `${prefix}${topic(rng, chain, host)}重点实验室${owner}`)
    case 'engineering-center':
      return namer.fresh(() => `${prefix}${topic(rng, chain, host)}工程技术研究中心${owner}`)
    case 'tech-center':
      return namer.unique(`${prefix}企业技术中心${owner}`)
    case 'industrial-college':
      return namer.fresh(() => `${partner ?? '枣庄学院'}${rng.pick(COLLEGE_WORDS[chain] ?? ['现代产业'])}产业学院`)
    case 'technical-school':
      return namer.fresh(() => `${place}${local()}${d.level === 'national' ? '技师学院' : rng.pick(SCHOOL_FORMS)}`)
    case 'incubator':
      return namer.fresh(() => `${place}${local()}${CHAIN_SHORT[chain] ?? ''}${rng.pick(INCUBATOR_FORMS)}`)
    default: {
      const where = host ? host.name : place
      return namer.fresh(() => `${where}${rng.pick(CRAFTS[chain] ?? CRAFTS.none ?? [])}技能大师工作室`)
    }
  }
}

/** Founding year in [from, 2024], more likely in recent years (platform building sped up). */
function foundedYear(rng: Rng, from: number): number {
  const years: number[] = []
  for (let y = Math.max(2005, from); y <= 2024; y++) years.push(y)
  return rng.weighted(
    years,
    years.map((y) => Math.exp(0.1 * (y - 2005))),
  )
}

/** Hosts for one kind: distinct firms per chain, favouring large, high-tech, established firms. */
function pickHosts(rng: Rng, firmsByChain: Map<string, Enterprise[]>, chain: string, k: number): Enterprise[] {
  const firms = firmsByChain.get(chain) ?? []
  // Established firms host most platforms: a two-year-old firm rarely runs a provincial centre.
  const weights = firms.map(
    (f) => f.employees * (f.types.includes('high-tech') ? 2 : 1) * Math.min(1, (2025 - f.founded) / 10),
  )
  return rng.sampleWeighted(k, weights).map((i) => firms[i] as Enterprise)
}

function drafts(rng: Rng, plan: KindPlan, scale: number, firmsByChain: Map<string, Enterprise[]>): Draft[] {
  const n = plan.count * scale
  const levels = splitInt(n, plan.levels).flatMap((c, i) => Array<string>(c).fill(LEVEL_IDS[i] ?? 'municipal'))
  const hostedN = Math.round(n * plan.hosted)
  const hostsPerChain = splitInt(hostedN, CHAIN_WEIGHTS)
  const hosts = CHAIN_IDS.flatMap((c, i) => pickHosts(rng, firmsByChain, c, hostsPerChain[i] ?? 0))
  return rng.shuffle(levels).map((level, i) => {
    const host = hosts[i] ?? null
    const chain = host ? host.chain : rng.chance(plan.chained) ? rng.weighted(CHAIN_IDS, CHAIN_WEIGHTS) : null
    return { kind: plan.kind, level, chain, host }
  })
}

function partnerList(rng: Rng, plan: KindPlan, d: Draft): string[] {
  const n = rng.weighted([0, 1, 2, 3, 4], [0.15, 0.3, 0.3, 0.15, 0.1])
  if (plan.kind === 'industrial-college') {
    const college = rng.pick(COLLEGE_HOSTS)
    return [college, ...partners(rng, d, Math.min(n, 3)).filter((p) => p !== college)]
  }
  // A lab or centre without a host firm belongs to an institution: list it first.
  return partners(rng, d, d.host || plan.kind === 'technical-school' ? n : Math.max(1, n))
}

export function generatePlatforms(
  rng: Rng,
  scale: number,
  firms: Enterprise[],
  geo: PointSampler,
  namer: Namer,
): Platform[] {
  const firmsByChain = new Map<string, Enterprise[]>(CHAIN_IDS.map((c) => [c, []]))
  for (const f of firms) firmsByChain.get(f.chain)?.push(f)
  const items: Platform[] = []
  for (const plan of KIND_PLANS) {
    for (const d of drafts(rng, plan, scale, firmsByChain)) {
      const district =
        d.host?.district ??
        rng.weighted(
          DISTRICTS.map((x) => x.adcode),
          DISTRICT_WEIGHTS,
        )
      const [lon, lat] = d.host ? [d.host.lon, d.host.lat] : geo.sample(rng, district, d.chain)
      const ps = partnerList(rng, plan, d)
      const [rMin, rMax] = plan.researchers
      items.push({
        id: `P${String(items.length + 1).padStart(6, '0')}`,
        name: platformName(rng, namer, d, district, ps[0]),
        kind: d.kind,
        level: d.level,
        district,
        lon,
        lat,
        chain: d.chain,
        host: d.host?.id ?? null,
        founded: foundedYear(rng, Math.max(plan.minYear, d.host?.founded ?? 0)),
        researchers: rng.int(rMin, rMax),
        postdocs: 0,
        partners: ps,
      })
    }
  }
  assignPostdocs(rng, items, scale)
  return items
}

/** 24×scale postdocs over the postdoc workstations and bases; workstations hold more each. */
function assignPostdocs(rng: Rng, items: Platform[], scale: number): void {
  const posts = items.filter((p) => p.kind === 'postdoc-workstation' || p.kind === 'postdoc-base')
  const counts = splitInt(
    POSTDOCS * scale,
    posts.map((p) => (p.kind === 'postdoc-workstation' ? 3 : 1) * rng.noise(0.8)),
  )
  posts.forEach((p, i) => (p.postdocs = counts[i] ?? 0))
}
