import type { Enterprise, Meta, Platform, TalentCell } from '../../../src/domain/types'

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

function cell(p: Partial<TalentCell>): TalentCell {
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
  cell({ year: 2023, stock: 100, inflow: 10 }),
  cell({ year: 2024, stock: 110, inflow: 12 }),
  cell({ district: '370481', year: 2024, stock: 200, inflow: 20 }),
  cell({ district: '370481', year: 2022, stock: 150, inflow: 5 }),
  cell({ district: '370481', chain: null, talentType: 'other', education: 'other', year: 2024, stock: 50, inflow: 3 }),
  cell({ district: '370481', chain: 'chemical', year: 2024, stock: 40, inflow: 4 }),
]

function firm(p: Partial<Enterprise>): Enterprise {
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
  firm({ id: 'a' }),
  firm({ id: 'b', district: '370481', types: ['specialized'] }),
  firm({ id: 'c', district: '370481', segment: 'lithium-cells', founded: 2024 }),
  firm({ id: 'd', district: '370481', chain: 'chemical', segment: 'chemical-x', founded: 2023 }),
]

function platform(p: Partial<Platform>): Platform {
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
  platform({ id: 'p1' }),
  platform({ id: 'p2', district: '370481', postdocs: 3, founded: 2024 }),
  platform({ id: 'p3', district: '370481', kind: 'key-lab', chain: null, postdocs: 0 }),
]
