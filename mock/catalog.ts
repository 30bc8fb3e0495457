/**
 * Static meta of the sample dataset: the code lists every other dataset refers
 * to, plus the published figures (facts) the UI may cite.
 */
import type { AgeBand, Chain, District, Meta, Named, Source, Stage } from '../src/domain/types.ts'
import { FACTS } from './facts.ts'

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

export const TALENT_TYPES: Named[] = [
  { id: 'high-level', name: '高层次人才', nameEn: 'High-level talent' },
  { id: 'professional', name: '专业技术人才', nameEn: 'Professional & technical' },
  { id: 'high-skilled', name: '高技能人才', nameEn: 'High-skilled' },
  { id: 'rural-skilled', name: '乡土技能人才', nameEn: 'Rural skilled' },
  { id: 'other', name: '其他', nameEn: 'Other' },
]

export const EDUCATIONS: Named[] = [
  { id: 'doctor', name: '博士', nameEn: 'Doctorate' },
  { id: 'master', name: '硕士', nameEn: "Master's" },
  { id: 'bachelor', name: '本科', nameEn: "Bachelor's" },
  { id: 'college', name: '专科', nameEn: 'Junior college' },
  { id: 'other', name: '其他', nameEn: 'Other' },
]

export const AGE_BANDS: AgeBand[] = [
  { id: 'u25', name: '25岁及以下', nameEn: '25 and under', young: true },
  { id: 'a26-35', name: '26–35岁', nameEn: '26–35', young: true },
  { id: 'a36-45', name: '36–45岁', nameEn: '36–45', young: false },
  { id: 'a46-55', name: '46–55岁', nameEn: '46–55', young: false },
  { id: 'o55', name: '56岁及以上', nameEn: '56 and over', young: false },
]

export const ENTERPRISE_TYPES: Named[] = [
  { id: 'specialized', name: '专精特新', nameEn: 'Specialised & innovative SME' },
  { id: 'champion', name: '单项冠军', nameEn: 'Single champion' },
  { id: 'high-tech', name: '高新技术企业', nameEn: 'High-tech enterprise' },
  { id: 'above-scale', name: '规上企业', nameEn: 'Above designated size' },
]

export const PLATFORM_KINDS: Named[] = [
  { id: 'postdoc-workstation', name: '博士后科研工作站', nameEn: 'Postdoctoral research workstation' },
  { id: 'postdoc-base', name: '博士后创新实践基地', nameEn: 'Postdoctoral innovation practice base' },
  { id: 'key-lab', name: '重点实验室', nameEn: 'Key laboratory' },
  { id: 'engineering-center', name: '工程技术研究中心', nameEn: 'Engineering research centre' },
  { id: 'tech-center', name: '企业技术中心', nameEn: 'Enterprise technology centre' },
  { id: 'industrial-college', name: '产业学院', nameEn: 'Industrial college' },
  { id: 'technical-school', name: '技工院校', nameEn: 'Technical school' },
  { id: 'incubator', name: '孵化器', nameEn: 'Incubator' },
  { id: 'skill-studio', name: '技能大师工作室', nameEn: 'Skill master studio' },
]

export const PLATFORM_LEVELS: Named[] = [
  { id: 'national', name: '国家级', nameEn: 'National' },
  { id: 'provincial', name: '省级', nameEn: 'Provincial' },
  { id: 'municipal', name: '市级', nameEn: 'Municipal' },
]

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
  }
}
