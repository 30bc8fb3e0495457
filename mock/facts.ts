/**
 * Published figures (shared/reference/zaozhuang-facts.md) for the UI's ticker
 * and notes, each with its source id. Copied verbatim, never derived.
 */
import type { Fact } from '../src/domain/types.ts'

type Row = [id: string, label: string, labelEn: string, value: number, unit: string, unitEn: string]

const NEWS: Row[] = [
  ['phd-introduced', '引进博士', 'PhDs introduced', 61, '人', 'people'],
  ['young-introduced', '引进青年人才', 'Young talents introduced', 8844, '人', 'people'],
  ['professional-new', '新增专业技术人才', 'New professional-technical talents', 4699, '人', 'people'],
  ['high-skilled-new', '新增高技能人才', 'New high-skilled talents', 10657, '人', 'people'],
  [
    'lithium-young',
    '为锂电企业引进青年人才（本硕博）',
    'Young graduates introduced for lithium firms',
    354,
    '人',
    'people',
  ],
  ['lithium-young-firms', '引进青年人才的锂电企业', 'Lithium firms receiving them', 45, '家', 'firms'],
  [
    'lithium-course',
    '“锂电特色产业发展”公需课学习',
    'Lithium-industry public course learning',
    69400,
    '人次',
    'person-times',
  ],
  ['lithium-title-firms', '锂电职称评审惠及企业', 'Firms benefiting from lithium title review', 116, '家', 'firms'],
  [
    'specialized-titles',
    '专精特新、单项冠军企业技术人员获评副高级工程师（首批）',
    'Deputy-senior engineer titles, SME/champion staff (first batch)',
    74,
    '人',
    'people',
  ],
  ['chemical-senior', '化工技术人员晋升高级工程师', 'Chemical engineers promoted to senior', 24, '人', 'people'],
  [
    'huicai-cards',
    '“枣庄惠才卡”发放（累计）',
    'High-level talent service cards issued (cumulative)',
    577,
    '张',
    'cards',
  ],
  [
    'children-school',
    '高层次人才子女入学（累计）',
    'Talents’ children placed in school (cumulative)',
    269,
    '人',
    'people',
  ],
  ['green-channel', '惠才卡绿色通道服务事项', 'Green-channel service kinds', 29, '项', 'kinds'],
  ['rural-skilled', '乡土技能人才建档', 'Rural skilled talents registered', 1326, '人', 'people'],
  ['postdoc-bases', '省博士后创新实践基地', 'Provincial postdoctoral innovation practice bases', 25, '个', 'bases'],
  ['postdoc-workstations', '博士后科研工作站', 'Postdoctoral research workstations', 4, '个', 'workstations'],
  ['postdocs', '在站博士后', 'Postdocs in station', 24, '人', 'people'],
  ['tech-edu-schools', '技工教育集团成员院校', 'Technical education group: schools', 24, '所', 'schools'],
  ['tech-edu-firms', '技工教育集团成员企业', 'Technical education group: enterprises', 118, '家', 'firms'],
  [
    'tech-edu-institutions',
    '技工教育集团成员事业单位',
    'Technical education group: public institutions',
    1,
    '家',
    'institution',
  ],
  [
    'industrial-college-students',
    '海信产业学院（与枣庄工程技师学院共建）在校生（约）',
    'Hisense industrial college students (about)',
    1500,
    '人',
    'students',
  ],
  [
    'order-class-trained',
    '2022年以来订单班、定向班培养',
    'Trained in order/agreement classes since 2022',
    3000,
    '余人',
    'people+',
  ],
  ['new-format-training', '新业态技能培训', 'New-business-format skills training', 1976, '人次', 'person-times'],
  ['seminars', '省级高级研修项目', 'Provincial advanced seminars', 12, '期', 'seminars'],
  ['expert-events', '专家服务基层活动', 'Expert services to grassroots', 487, '场', 'events'],
  ['expert-trained', '专家服务基层培训技术人员', 'Technicians trained by expert services', 3582, '人', 'people'],
  ['entrepreneurs-2023', '2023年扶持自主创业', 'Entrepreneurs supported in 2023', 1022, '人', 'people'],
  ['micro-firms-2023', '2023年扶持小微企业', 'Small and micro firms supported in 2023', 438, '家', 'firms'],
  [
    'hiring-firms',
    '“枣工快递”注册企业（累计）',
    '“Zaogong Express” registered firms (cumulative)',
    3725,
    '家',
    'firms',
  ],
  [
    'hiring-services',
    '“枣工快递”招聘服务（累计）',
    '“Zaogong Express” hiring services (cumulative)',
    1029,
    '次',
    'services',
  ],
  [
    'hiring-placed',
    '“枣工快递”促进就业（累计）',
    '“Zaogong Express” workers placed (cumulative)',
    14700,
    '人',
    'people',
  ],
]

const CENSUS: Row[] = [
  [
    'population',
    '全市常住人口（2020年普查）',
    'Resident population, whole city (2020 census)',
    3855601,
    '人',
    'people',
  ],
  ['population-tengzhou', '滕州市常住人口（约）', 'Tengzhou resident population (about)', 1574600, '人', 'people'],
  [
    'population-taierzhuang',
    '台儿庄区常住人口（约）',
    "Tai'erzhuang resident population (about)",
    305100,
    '人',
    'people',
  ],
]

const toFact =
  (sourceId: string) =>
  ([id, label, labelEn, value, unit, unitEn]: Row): Fact => ({ id, label, labelEn, value, unit, unitEn, sourceId })

export const FACTS: Fact[] = [...NEWS.map(toFact('zz-news-2024')), ...CENSUS.map(toFact('census-2020'))]
