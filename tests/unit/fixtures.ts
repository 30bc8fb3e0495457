import { emptyFilters, type Filters } from '../../src/domain/filters'
import type { SourceFlow } from '../../src/domain/talentSupply'
import type {
  AgeBand,
  Boundaries,
  Chain,
  DemandRow,
  District,
  Enterprise,
  Meta,
  Origin,
  Platform,
  Stage,
  TalentCell,
  TalentSourceRow,
} from '../../src/domain/types'

/**
 * Every hand-written fixture of the unit and component tests, in six sets:
 * valid records one at a time (the schemas' tests), a two-district city (domain, export, components),
 * the lithium chain's firms (industry), six platforms (innovation), a talent supply (talent) and
 * the origins of introduced talent with their flows (the talent map's flows).
 * Where two sets need the same kind of record with other defaults, each has its own name.
 */

/** Filters with only the given keys set. */
export const f = (p: Partial<Filters> = {}): Filters => ({ ...emptyFilters(), ...p })

// --- Valid records, one at a time ----------------------------------------------------------------

/** Fresh, valid records (each call returns new objects, so tests can mutate them). */
export function validCell(over: Partial<TalentCell> = {}): TalentCell {
  return {
    district: '370402',
    chain: 'lithium',
    talentType: 'professional',
    education: 'bachelor',
    ageBand: 'a25-35',
    year: 2024,
    stock: 120,
    inflow: 7,
    ...over,
  }
}

export function validDemandRow(over: Partial<DemandRow> = {}): DemandRow {
  return { district: '370402', chain: 'lithium', segment: 'cathode', year: 2024, demand: 40, supply: 31, ...over }
}

export function validSourceRow(over: Partial<TalentSourceRow> = {}): TalentSourceRow {
  return { year: 2024, chain: null, source: '山东大学', sourceType: 'university', introduced: 12, ...over }
}

export function validEnterprise(i = 0, over: Partial<Enterprise> = {}): Enterprise {
  return {
    id: `ent-${i}`,
    name: `枣庄锂电企业${i}`,
    district: '370481',
    lon: 117.32 + (i % 10) / 100,
    lat: 34.86,
    chain: 'lithium',
    segment: 'cathode',
    types: ['specialized', 'high-tech'],
    employees: 320,
    talent: { total: 80, doctor: 2, master: 11, bachelor: 40, introduced: 3 },
    outputValue: 4.25,
    founded: 2012,
    ...over,
  }
}

export function validPlatform(i = 0, over: Partial<Platform> = {}): Platform {
  return {
    id: `plat-${i}`,
    name: `博士后科研工作站${i}`,
    kind: 'postdoc-workstation',
    level: 'provincial',
    district: '370402',
    lon: 117.55,
    lat: 34.86,
    chain: 'lithium',
    host: '某某新能源有限公司',
    founded: 2019,
    researchers: 25,
    postdocs: 2,
    partners: ['山东大学', '枣庄学院'],
    ...over,
  }
}

export function validTalentBody(
  cells: unknown[] = [validCell()],
  demand: unknown[] = [validDemandRow()],
  sources: unknown[] = [validSourceRow()],
) {
  return { cells, demand, sources }
}

export function validMeta(): Meta {
  return {
    city: { name: '枣庄市', adcode: '370400' },
    dataVersion: 'sample-1',
    asOf: '2024-12-31',
    isSample: true,
    sources: [
      {
        id: 'gov-2024',
        title: '枣庄市人才工作报告',
        publisher: '枣庄市委组织部',
        date: '2025-01-15',
        url: 'https://www.zaozhuang.gov.cn/',
      },
      { id: 'stats', title: '统计公报', publisher: '枣庄市统计局', date: '2025-03' },
    ],
    districts: [
      { adcode: '370402', name: '市中区', nameEn: 'Shizhong', population: 606000 },
      { adcode: '370481', name: '滕州市', nameEn: 'Tengzhou', population: 1590000, populationEstimated: false },
    ],
    chains: [
      {
        id: 'lithium',
        name: '锂电',
        nameEn: 'Lithium battery',
        segments: [
          { id: 'salts', name: '锂盐', nameEn: 'Lithium salts', stage: 'upstream' },
          { id: 'cathode', name: '正极材料', nameEn: 'Cathode', stage: 'midstream' },
          { id: 'storage', name: '储能', nameEn: 'Energy storage', stage: 'downstream' },
        ],
      },
    ],
    years: [2019, 2020, 2021, 2022, 2023, 2024],
    talentTypes: [{ id: 'professional', name: '专业技术人才' }],
    educations: [{ id: 'doctor', name: '博士', nameEn: 'Doctorate' }],
    ageBands: [{ id: 'a25-35', name: '25–35岁', young: true }],
    enterpriseTypes: [{ id: 'specialized', name: '专精特新' }],
    platformKinds: [{ id: 'postdoc-workstation', name: '博士后科研工作站' }],
    platformLevels: [{ id: 'national', name: '国家级' }],
    facts: [{ id: 'inflow-doctor', label: '引进博士', value: 61, unit: '人', sourceId: 'gov-2024' }],
  }
}

const square = (x: number, y: number): number[][] => [
  [x, y],
  [x + 0.1, y],
  [x + 0.1, y + 0.1],
  [x, y + 0.1],
  [x, y],
]

export function validBoundaries(): Boundaries {
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { adcode: '370402', name: '市中区' },
        geometry: { type: 'Polygon', coordinates: [square(117.5, 34.8)] },
      },
      {
        type: 'Feature',
        properties: { adcode: '370481', name: '滕州市' },
        geometry: { type: 'MultiPolygon', coordinates: [[square(117.1, 35.0)], [square(117.3, 35.1)]] },
      },
    ],
  }
}

/** A JSON round trip: what the browser would get from the server. */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

// --- A two-district city: meta, talent cells, firms and platforms --------------------------------

export const meta: Meta = {
  city: { name: '枣庄市', adcode: '370400' },
  dataVersion: 't',
  asOf: '2024-12-31',
  isSample: true,
  sources: [],
  districts: [
    { adcode: '370402', name: '市中区', nameEn: 'Shizhong' },
    { adcode: '370481', name: '滕州市', nameEn: 'Tengzhou' },
  ],
  chains: [
    {
      id: 'lithium',
      name: '锂电产业链',
      nameEn: 'Lithium battery',
      segments: [
        { id: 'lithium-cathode', name: '正极材料', nameEn: 'Cathode', stage: 'midstream' },
        { id: 'lithium-cells', name: '电芯', nameEn: 'Cells', stage: 'midstream' },
      ],
    },
    {
      id: 'chemical',
      name: '高端化工',
      nameEn: 'Chemicals',
      segments: [{ id: 'chemical-x', name: '精细化工', nameEn: 'Fine chemicals', stage: 'midstream' }],
    },
  ],
  years: [2022, 2023, 2024],
  talentTypes: [
    { id: 'professional', name: '专业技术人才' },
    { id: 'other', name: '其他' },
  ],
  educations: [
    { id: 'doctor', name: '博士' },
    { id: 'other', name: '其他' },
  ],
  ageBands: [{ id: 'u35', name: '35岁及以下', young: true }],
  enterpriseTypes: [{ id: 'specialized', name: '专精特新' }],
  platformKinds: [{ id: 'postdoc-base', name: '博士后创新实践基地' }],
  platformLevels: [{ id: 'provincial', name: '省级' }],
}

function cityCell(p: Partial<TalentCell>): TalentCell {
  return {
    district: '370402',
    chain: 'lithium',
    talentType: 'professional',
    education: 'doctor',
    ageBand: 'u35',
    year: 2024,
    stock: 0,
    inflow: 0,
    ...p,
  }
}

export const cells: TalentCell[] = [
  cityCell({ year: 2023, stock: 100, inflow: 10 }),
  cityCell({ year: 2024, stock: 110, inflow: 12 }),
  cityCell({ district: '370481', year: 2024, stock: 200, inflow: 20 }),
  cityCell({ district: '370481', year: 2022, stock: 150, inflow: 5 }),
  cityCell({
    district: '370481',
    chain: null,
    talentType: 'other',
    education: 'other',
    year: 2024,
    stock: 50,
    inflow: 3,
  }),
  cityCell({ district: '370481', chain: 'chemical', year: 2024, stock: 40, inflow: 4 }),
]

function cityFirm(p: Partial<Enterprise>): Enterprise {
  return {
    id: 'e',
    name: '测试企业',
    district: '370402',
    lon: 117.5,
    lat: 34.8,
    chain: 'lithium',
    segment: 'lithium-cathode',
    types: [],
    employees: 10,
    talent: { total: 5, doctor: 0, master: 1, bachelor: 2, introduced: 0 },
    outputValue: 1,
    founded: 2010,
    ...p,
  }
}

export const firms: Enterprise[] = [
  cityFirm({ id: 'a' }),
  cityFirm({ id: 'b', district: '370481', types: ['specialized'] }),
  cityFirm({ id: 'c', district: '370481', segment: 'lithium-cells', founded: 2024 }),
  cityFirm({ id: 'd', district: '370481', chain: 'chemical', segment: 'chemical-x', founded: 2023 }),
]

function cityPlatform(p: Partial<Platform>): Platform {
  return {
    id: 'p',
    name: '平台',
    kind: 'postdoc-base',
    level: 'provincial',
    district: '370402',
    lon: 117.5,
    lat: 34.8,
    chain: 'lithium',
    host: null,
    founded: 2015,
    researchers: 10,
    postdocs: 2,
    partners: [],
    ...p,
  }
}

export const platforms: Platform[] = [
  cityPlatform({ id: 'p1' }),
  cityPlatform({ id: 'p2', district: '370481', postdocs: 3, founded: 2024 }),
  cityPlatform({ id: 'p3', district: '370481', kind: 'key-lab', chain: null, postdocs: 0 }),
]

// --- The lithium chain's firms -------------------------------------------------------------------

/** A seeded generator so property-like tests are repeatable. */
export function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export function firm(p: Partial<Enterprise> = {}): Enterprise {
  return {
    id: 'e',
    name: '测试企业',
    district: '370402',
    lon: 117.3,
    lat: 34.8,
    chain: 'lithium',
    segment: 'lithium-cathode',
    types: [],
    employees: 10,
    talent: { total: 5, doctor: 0, master: 1, bachelor: 2, introduced: 0 },
    outputValue: 1,
    founded: 2010,
    ...p,
  }
}

const SEGS: [string, Stage][] = [
  ['resources', 'upstream'],
  ['cathode', 'upstream'],
  ['anode', 'upstream'],
  ['separator', 'upstream'],
  ['cell', 'midstream'],
  ['pack', 'midstream'],
  ['bms', 'midstream'],
  ['storage', 'downstream'],
  ['recycling', 'downstream'],
]

export const lithium: Chain = {
  id: 'lithium',
  name: '锂电产业链',
  nameEn: 'Lithium battery',
  segments: SEGS.map(([s, stage]) => ({ id: `lithium-${s}`, name: s, nameEn: s, stage })),
}

/** Firm counts per lithium segment, shaped like the sample (a missing and two weak links). */
export const COUNTS: Record<string, number> = {
  'lithium-resources': 0,
  'lithium-cathode': 12,
  'lithium-anode': 9,
  'lithium-separator': 2,
  'lithium-cell': 11,
  'lithium-pack': 9,
  'lithium-bms': 1,
  'lithium-storage': 15,
  'lithium-recycling': 13,
}

/** `scale` × COUNTS firms, each with talent 3, plus some firms of another chain. */
export function chainFirms(scale = 1): Enterprise[] {
  const out: Enterprise[] = []
  for (const [segment, n] of Object.entries(COUNTS)) {
    for (let i = 0; i < n * scale; i++) {
      out.push(
        firm({
          id: `${segment}-${i}`,
          segment,
          talent: { total: 3, doctor: 0, master: 0, bachelor: 1, introduced: 0 },
        }),
      )
    }
  }
  for (let i = 0; i < 5; i++) out.push(firm({ id: `x${i}`, chain: 'chemical', segment: 'lithium-bms' }))
  return out
}

// --- Six platforms and the facts that cite them --------------------------------------------------

export function innovationPlatform(p: Partial<Platform>): Platform {
  return {
    id: 'p',
    name: '平台',
    kind: 'key-lab',
    level: 'municipal',
    district: '370402',
    lon: 117.5,
    lat: 34.8,
    chain: 'lithium',
    host: null,
    founded: 2020,
    researchers: 10,
    postdocs: 0,
    partners: [],
    ...p,
  }
}

/** Six platforms over two districts, three kinds, two chains and 2010–2024. */
export const innovationPlatforms: Platform[] = [
  innovationPlatform({
    id: 'a',
    kind: 'postdoc-base',
    level: 'provincial',
    founded: 2010,
    postdocs: 2,
    host: 'E1',
    partners: ['山东大学'],
  }),
  innovationPlatform({
    id: 'b',
    kind: 'postdoc-base',
    level: 'provincial',
    district: '370481',
    founded: 2022,
    postdocs: 3,
    host: 'E2',
    partners: ['山东大学', '枣庄学院'],
  }),
  innovationPlatform({
    id: 'c',
    kind: 'postdoc-workstation',
    level: 'national',
    district: '370481',
    founded: 2023,
    postdocs: 5,
    host: 'E1',
    partners: ['山东大学'],
  }),
  innovationPlatform({ id: 'd', kind: 'key-lab', level: 'municipal', founded: 2022, chain: 'chemical' }),
  innovationPlatform({
    id: 'e',
    kind: 'key-lab',
    level: 'provincial',
    district: '370481',
    founded: 2024,
    partners: ['枣庄学院'],
  }),
  innovationPlatform({ id: 'f', kind: 'key-lab', level: 'municipal', district: '370481', founded: 2025 }),
]

export const innovationMeta: Pick<Meta, 'facts' | 'sources'> = {
  sources: [{ id: 'news', title: '报道<b>', publisher: '枣庄新闻网', date: '2024' }],
  facts: [
    {
      id: 'postdocs',
      label: '在站博士后',
      labelEn: 'Postdocs',
      value: 24,
      unit: '人',
      unitEn: 'people',
      sourceId: 'news',
    },
    { id: 'postdoc-bases', label: '省博士后创新实践基地', value: 25, unit: '个', sourceId: 'news' },
    { id: 'orphan', label: '无来源', value: 1, unit: '个', sourceId: 'missing' },
  ],
}

// --- A talent supply: cells, demand and sources --------------------------------------------------

export const AGE_BANDS: AgeBand[] = [
  { id: 'u25', name: '25岁及以下', young: true },
  { id: 'a26-35', name: '26–35岁', young: true },
  { id: 'a36-45', name: '36–45岁', young: false },
]

export const DISTRICTS: District[] = [
  { adcode: '370402', name: '市中区', population: 500_000, populationEstimated: true },
  { adcode: '370481', name: '滕州市', population: 1_600_000, populationEstimated: false },
  { adcode: '370405', name: '台儿庄区' },
]

export function talentCell(p: Partial<TalentCell>): TalentCell {
  return {
    district: '370402',
    chain: 'lithium',
    talentType: 'professional',
    education: 'bachelor',
    ageBand: 'u25',
    year: 2024,
    stock: 0,
    inflow: 0,
    ...p,
  }
}

/**
 * 2024: 370402 stock 100 (young 60 = 40 + 20), inflow 12; 370481 stock 400 (young 100), inflow 30.
 * 2023: 370402 stock 90, inflow 8.
 */
export const TALENT_CELLS: TalentCell[] = [
  talentCell({ stock: 40, inflow: 5 }),
  talentCell({ ageBand: 'a26-35', stock: 20, inflow: 4, education: 'master' }),
  talentCell({ ageBand: 'a36-45', stock: 40, inflow: 3, chain: null, talentType: 'high-skilled' }),
  talentCell({ year: 2023, stock: 90, inflow: 8 }),
  talentCell({ district: '370481', stock: 100, inflow: 10, chain: 'chemical' }),
  talentCell({ district: '370481', ageBand: 'a36-45', stock: 300, inflow: 20, education: 'doctor' }),
]

export const TALENT_LITHIUM: Chain = {
  id: 'lithium',
  name: '锂电产业链',
  nameEn: 'Lithium battery',
  segments: [
    { id: 'lithium-resources', name: '锂资源', nameEn: 'Resources', stage: 'upstream' },
    { id: 'lithium-cathode', name: '正极材料', nameEn: 'Cathode', stage: 'upstream' },
    { id: 'lithium-cell', name: '电芯', nameEn: 'Cells', stage: 'midstream' },
    { id: 'lithium-pack', name: 'PACK', nameEn: 'Packs', stage: 'midstream' },
    { id: 'lithium-recycling', name: '回收', nameEn: 'Recycling', stage: 'downstream' },
  ],
}

function d(p: Partial<DemandRow>): DemandRow {
  return { district: '370402', chain: 'lithium', segment: 'lithium-cathode', year: 2024, demand: 0, supply: 0, ...p }
}

export const DEMAND: DemandRow[] = [
  d({ demand: 50, supply: 30 }),
  d({ district: '370481', demand: 30, supply: 20 }),
  d({ segment: 'lithium-cell', demand: 40, supply: 10 }),
  d({ segment: 'lithium-pack', demand: 10, supply: 25 }),
  d({ segment: 'lithium-resources', demand: 6, supply: 0 }),
  d({ segment: 'lithium-cathode', year: 2023, demand: 999, supply: 0 }),
  d({ chain: 'chemical', segment: 'chemical-basic', demand: 500, supply: 0 }),
]

function s(p: Partial<TalentSourceRow>): TalentSourceRow {
  return { year: 2024, chain: 'lithium', source: '山东大学', sourceType: 'university', introduced: 0, ...p }
}

export const SOURCES: TalentSourceRow[] = [
  s({ introduced: 10 }),
  s({ year: 2023, introduced: 5 }),
  s({ chain: 'chemical', introduced: 7 }),
  s({ chain: null, source: '枣庄学院', introduced: 4 }),
  s({ source: '枣庄学院', introduced: 3 }),
  s({ source: '江苏', sourceType: 'region', introduced: 6 }),
  s({ source: '河南', sourceType: 'region', introduced: 2 }),
  s({ source: '河南', sourceType: 'region', chain: 'chemical', introduced: 1 }),
]

// --- Origins of introduced talent and their flows (the talent map's flows) ----------------------

/** Two origins near each other (a city and a university in it) and one far off that sends no one. */
export const FLOW_ORIGINS: Origin[] = [
  { id: 'c-jinan', name: '济南', nameEn: 'Jinan', lon: 117, lat: 36.65 },
  { id: 'u-sdu', name: '山东大学', nameEn: 'Shandong University', lon: 117.06, lat: 36.68 },
  { id: 'c-shenzhen', name: '深圳', nameEn: 'Shenzhen', lon: 114.06, lat: 22.54 },
]

/** City-wide source rows: two origins, and a source that names no origin. */
export const FLOW_ROWS: SourceFlow[] = [
  { source: 'c-jinan', sourceType: 'region', chain: 'lithium', introduced: 30 },
  { source: 'c-jinan', sourceType: 'region', chain: null, introduced: 10 },
  { source: 'u-sdu', sourceType: 'university', chain: 'lithium', introduced: 20 },
  { source: '某个没有坐标的来源', sourceType: 'region', chain: 'lithium', introduced: 99 },
]

/** Two districts' talent inflow, 3 : 1: the split of the city-wide sources. */
export const FLOW_WEIGHTS: ReadonlyMap<string, number> = new Map([
  ['370481', 3],
  ['370402', 1],
])
