/**
 * Static meta of the sample dataset: the code lists every other dataset refers
 * to, plus the published figures (facts) the UI may cite.
 */
import type { AgeBand, Chain, District, Meta, Named, Source, Stage } from '../src/domain/types.ts'
import { FACTS } from './facts.ts'
import { originsForMeta } from './origins.ts'

export const AS_OF = '2024-12-31'
export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const
export const LAST_YEAR = 2024

export const SOURCES: Source[] = [
  {
    id: 'zz-news-2024',
    title: '枣庄市人才链建设工作报道（人才地图、产业地图、科创地图）',
    publisher: '枣庄新闻网',
    date: '2024',
  },
  { id: 'census-2020', title: '枣庄市第七次全国人口普查公报', publisher: '枣庄市统计局', date: '2021' },
]

/**
 * Census 2020. 滕州市 and 台儿庄区 are published; the other four are estimates
 * chosen so the six sum to the city total with 市中区, 薛城区 2nd and 3rd.
 */
export const DISTRICTS: District[] = [
  { adcode: '370402', name: '市中区', nameEn: 'Shizhong District', population: 612400, populationEstimated: true },
  { adcode: '370403', name: '薛城区', nameEn: 'Xuecheng District', population: 520300, populationEstimated: true },
  { adcode: '370404', name: '峄城区', nameEn: 'Yicheng District', population: 386401, populationEstimated: true },
  {
    adcode: '370405',
    name: '台儿庄区',
    nameEn: "Tai'erzhuang District",
    population: 305100,
    populationEstimated: false,
  },
  { adcode: '370406', name: '山亭区', nameEn: 'Shanting District', population: 456800, populationEstimated: true },
  { adcode: '370481', name: '滕州市', nameEn: 'Tengzhou City', population: 1574600, populationEstimated: false },
]
export const CITY_POPULATION = 3855601

type SegDef = [suffix: string, name: string, nameEn: string, stage: Stage]

function chain(id: string, name: string, nameEn: string, segs: SegDef[]): Chain {
  return {
    id,
    name,
    nameEn,
    segments: segs.map(([s, n, e, stage]) => ({ id: `${id}-${s}`, name: n, nameEn: e, stage })),
  }
}

const U: Stage = 'upstream'
const M: Stage = 'midstream'
const D: Stage = 'downstream'

export const CHAINS: Chain[] = [
  chain('lithium', '锂电产业链', 'Lithium battery', [
    ['resources', '锂资源与锂盐', 'Lithium resources & salts', U],
    ['cathode', '正极材料', 'Cathode materials', U],
    ['anode', '负极材料', 'Anode materials', U],
    ['electrolyte', '电解液', 'Electrolyte', U],
    ['separator', '隔膜', 'Separators', U],
    ['foil', '铜箔铝箔', 'Copper & aluminium foil', U],
    ['equipment', '锂电装备', 'Battery-making equipment', M],
    ['cell', '电芯制造', 'Battery cells', M],
    ['pack', '模组与PACK', 'Modules & packs', M],
    ['bms', '电池管理系统', 'Battery management systems', M],
    ['storage', '储能系统', 'Energy storage', D],
    ['vehicles', '新能源汽车与电动两轮车', 'New-energy vehicles & e-bikes', D],
    ['recycling', '电池回收利用', 'Battery recycling', D],
  ]),
  chain('chemical', '高端化工', 'High-end chemicals', [
    ['coal', '煤气化与煤化工原料', 'Coal gasification feedstock', U],
    ['basic', '基础化工原料', 'Basic chemicals', U],
    ['fine', '精细化工', 'Fine chemicals', M],
    ['polymer', '高分子材料', 'Polymers', M],
    ['pharma', '医药中间体', 'Pharmaceutical intermediates', M],
    ['coatings', '涂料与助剂', 'Coatings & additives', D],
    ['fertilizer', '新型肥料', 'Specialty fertilisers', D],
  ]),
  chain('equipment', '高端装备', 'High-end equipment', [
    ['castings', '铸锻件', 'Castings & forgings', U],
    ['components', '核心零部件', 'Core components', U],
    ['machine-tools', '数控机床', 'CNC machine tools', M],
    ['mining', '矿山与工程机械', 'Mining & construction machinery', M],
    ['robotics', '工业机器人与智能产线', 'Robots & smart lines', M],
    ['auto-parts', '汽车零部件', 'Auto parts', D],
    ['services', '智能制造服务', 'Smart manufacturing services', D],
  ]),
  chain('it', '新一代信息技术', 'New-generation IT', [
    ['components', '电子元器件', 'Electronic components', U],
    ['sensors', '传感器', 'Sensors', U],
    ['software', '软件开发', 'Software', M],
    ['communication', '通信设备', 'Communication equipment', M],
    ['cloud', '云计算与数据中心', 'Cloud & data centres', M],
    ['industrial-internet', '工业互联网', 'Industrial internet', D],
    ['digital-services', '数字服务与电子商务', 'Digital services & e-commerce', D],
  ]),
  chain('materials', '新材料', 'New materials', [
    ['minerals', '非金属矿物材料', 'Non-metallic mineral materials', U],
    ['metals', '金属新材料', 'Advanced metals', U],
    ['building', '新型建材', 'New building materials', M],
    ['composites', '玻璃纤维与复合材料', 'Glass fibre & composites', M],
    ['carbon', '碳材料', 'Carbon materials', M],
    ['films', '功能膜材料', 'Functional films', D],
    ['packaging', '新型包装材料', 'Advanced packaging materials', D],
  ]),
]

/** Code lists as rows: id, name, English name. */
function named(rows: [id: string, name: string, nameEn: string][]): Named[] {
  return rows.map(([id, name, nameEn]) => ({ id, name, nameEn }))
}

function ageBands(rows: [id: string, name: string, nameEn: string, young: boolean][]): AgeBand[] {
  return rows.map(([id, name, nameEn, young]) => ({ id, name, nameEn, young }))
}

export const TALENT_TYPES: Named[] = named([
  ['high-level', '高层次人才', 'High-level talent'],
  ['professional', '专业技术人才', 'Professional & technical'],
  ['high-skilled', '高技能人才', 'High-skilled'],
  ['rural-skilled', '乡土技能人才', 'Rural skilled'],
  ['other', '其他', 'Other'],
])

export const EDUCATIONS: Named[] = named([
  ['doctor', '博士', 'Doctorate'],
  ['master', '硕士', "Master's"],
  ['bachelor', '本科', "Bachelor's"],
  ['college', '专科', 'Junior college'],
  ['other', '其他', 'Other'],
])

export const AGE_BANDS: AgeBand[] = ageBands([
  ['u25', '25岁及以下', '25 and under', true],
  ['a26-35', '26–35岁', '26–35', true],
  ['a36-45', '36–45岁', '36–45', false],
  ['a46-55', '46–55岁', '46–55', false],
  ['o55', '56岁及以上', '56 and over', false],
])

export const ENTERPRISE_TYPES: Named[] = named([
  ['specialized', '专精特新', 'Specialised & innovative SME'],
  ['champion', '单项冠军', 'Single champion'],
  ['high-tech', '高新技术企业', 'High-tech enterprise'],
  ['above-scale', '规上企业', 'Above designated size'],
])

export const PLATFORM_KINDS: Named[] = named([
  ['postdoc-workstation', '博士后科研工作站', 'Postdoctoral research workstation'],
  ['postdoc-base', '博士后创新实践基地', 'Postdoctoral innovation practice base'],
  ['key-lab', '重点实验室', 'Key laboratory'],
  ['engineering-center', '工程技术研究中心', 'Engineering research centre'],
  ['tech-center', '企业技术中心', 'Enterprise technology centre'],
  ['industrial-college', '产业学院', 'Industrial college'],
  ['technical-school', '技工院校', 'Technical school'],
  ['incubator', '孵化器', 'Incubator'],
  ['skill-studio', '技能大师工作室', 'Skill master studio'],
])

export const PLATFORM_LEVELS: Named[] = named([
  ['national', '国家级', 'National'],
  ['provincial', '省级', 'Provincial'],
  ['municipal', '市级', 'Municipal'],
])

/** The meta dataset; `dataVersion` names seed and scale so caches never mix two datasets. */
export function buildMeta(seed: number, scale: number): Meta {
  return {
    city: { name: '枣庄市', adcode: '370400' },
    dataVersion: `v1-sample-seed${seed}-x${scale}`,
    asOf: AS_OF,
    isSample: true,
    sources: SOURCES,
    districts: DISTRICTS,
    chains: CHAINS,
    years: [...YEARS],
    talentTypes: TALENT_TYPES,
    educations: EDUCATIONS,
    ageBands: AGE_BANDS,
    enterpriseTypes: ENTERPRISE_TYPES,
    platformKinds: PLATFORM_KINDS,
    platformLevels: PLATFORM_LEVELS,
    facts: FACTS,
    origins: originsForMeta(),
  }
}
