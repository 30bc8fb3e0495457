import type {
  Boundaries,
  Enterprise,
  Meta,
  Platform,
  TalentCell,
  DemandRow,
  TalentSourceRow,
} from '../../../src/domain/types.ts'

/** Fresh, valid records (each call returns new objects, so tests can mutate them). */
export function cell(over: Partial<TalentCell> = {}): TalentCell {
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

export function demandRow(over: Partial<DemandRow> = {}): DemandRow {
  return { district: '370402', chain: 'lithium', segment: 'cathode', year: 2024, demand: 40, supply: 31, ...over }
}

export function sourceRow(over: Partial<TalentSourceRow> = {}): TalentSourceRow {
  return { year: 2024, chain: null, source: '山东大学', sourceType: 'university', introduced: 12, ...over }
}

export function enterprise(i = 0, over: Partial<Enterprise> = {}): Enterprise {
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

export function platform(i = 0, over: Partial<Platform> = {}): Platform {
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

export function talentBody(
  cells: unknown[] = [cell()],
  demand: unknown[] = [demandRow()],
  sources: unknown[] = [sourceRow()],
) {
  return { cells, demand, sources }
}

export function meta(): Meta {
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

export function boundaries(): Boundaries {
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
