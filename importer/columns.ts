/**
 * Which column holds which contract field: Chinese and English header synonyms out of the box
 * (the app's own CSV/XLSX export headers among them), overridden by the mapping file.
 */
import { headerKey } from './text.ts'

export type TableKind = 'firms' | 'platforms' | 'talentPersons' | 'talentCells' | 'demand' | 'talentSources' | 'sources'

type Synonyms = Record<string, readonly string[]>

const PLACE: Synonyms = {
  district: [
    'district',
    'districtname',
    'county',
    'adcode',
    '所属区县',
    '区县',
    '所在区县',
    '区(市)',
    '区市',
    '县区',
    '区县市',
    '所属区(市)',
    '行政区',
    '行政区划',
    '所在地区',
    '地区',
    '所属地区',
    '所在区',
    '区划代码',
    '区县代码',
  ],
  lon: ['lon', 'lng', 'long', 'longitude', 'x', '经度', '横坐标'],
  lat: ['lat', 'latitude', 'y', '纬度', '纵坐标'],
  coords: ['coords', 'coordinates', 'lnglat', 'lonlat', 'location', '坐标', '经纬度', '经纬度坐标', '位置坐标'],
}
const CHAIN: Synonyms = {
  chain: ['chain', 'industrychain', 'industry', '产业链', '所属产业链', '重点产业链', '产业', '链条', '产业链名称'],
  segment: [
    'segment',
    'chainsegment',
    'link',
    '产业环节',
    '环节',
    '链环节',
    '产业链环节',
    '细分环节',
    '细分领域',
    '所属环节',
  ],
}
const YEAR: Synonyms = { year: ['year', 'years', '年份', '年度', '统计年度', '统计年份', '数据年份'] }

export const SYNONYMS: Record<TableKind, Synonyms> = {
  firms: {
    id: [
      'id',
      'code',
      '编号',
      '企业编号',
      '企业id',
      '统一社会信用代码',
      '信用代码',
      '社会信用代码',
      'uscc',
      'creditcode',
      '序号编码',
    ],
    name: [
      'name',
      'enterprisename',
      'companyname',
      'firmname',
      'enterprise',
      'company',
      'firm',
      '企业名称',
      '名称',
      '单位名称',
      '企业',
      '公司名称',
      '企业全称',
    ],
    ...PLACE,
    ...CHAIN,
    types: [
      'types',
      'type',
      'enterprisetypes',
      'enterprisetype',
      '企业类型',
      '类型',
      '企业资质',
      '资质',
      '认定类型',
      '企业类别',
      '荣誉资质',
    ],
    employees: [
      'employees',
      'staff',
      'headcount',
      '从业人数',
      '员工人数',
      '员工数',
      '职工人数',
      '从业人员',
      '从业人员数',
      '从业人员数量',
    ],
    'talent.total': ['talenttotal', 'talent', '人才总数', '人才数', '人才总量', '人才数量'],
    'talent.doctor': ['doctor', 'doctors', 'doctorates', '博士', '博士人数', '博士数', '博士数量'],
    'talent.master': ['master', 'masters', '硕士', '硕士人数', '硕士数', '硕士数量'],
    'talent.bachelor': ['bachelor', 'bachelors', '本科', '本科人数', '本科数', '本科数量'],
    'talent.introduced': [
      'introduced',
      'talentintroducedthisyear',
      '当年引进人才',
      '当年引进',
      '引进人才',
      '引进人数',
      '新引进人才',
      '当年引进人数',
    ],
    outputValue: ['outputvalue', 'output', '产值', '年产值', '工业总产值', '总产值', '工业产值'],
    founded: [
      'founded',
      'foundedyear',
      'established',
      'yearfounded',
      '成立年份',
      '成立日期',
      '成立时间',
      '成立年度',
      '注册日期',
      '注册时间',
      '注册年份',
      '设立日期',
    ],
  },
  platforms: {
    id: ['id', 'code', '编号', '平台编号', '平台id'],
    name: ['name', 'platformname', 'platform', '平台名称', '名称', '平台'],
    kind: ['kind', 'platformkind', 'type', '平台类型', '平台类别', '类型', '类别'],
    level: ['level', 'platformlevel', 'grade', '级别', '平台级别', '层级', '等级', '认定级别'],
    ...PLACE,
    chain: CHAIN.chain ?? [],
    host: ['host', 'hostorganisation', '依托单位', '依托企业', '承建单位', '建设单位', '依托单位名称', '所属单位'],
    founded: [
      'founded',
      'foundedyear',
      'established',
      '成立年份',
      '认定年份',
      '获批年份',
      '设立年份',
      '批准时间',
      '认定时间',
      '获批时间',
      '成立时间',
      '设立时间',
    ],
    researchers: ['researchers', 'rdstaff', '研究人员', '研发人员', '科研人员', '研发人数', '研究人员数', '科研人员数'],
    postdocs: ['postdocs', 'postdocsinstation', '在站博士后', '博士后', '博士后人数', '在站博士后人数'],
    partners: ['partners', 'partneruniversities', '合作院校', '合作单位', '合作高校', '合作院所', '合作机构'],
  },
  talentPersons: {
    ...PLACE,
    chain: CHAIN.chain ?? [],
    talentType: ['talenttype', 'type', 'category', '人才类型', '人才类别', '类别', '人才分类'],
    education: ['education', 'degree', '学历', '最高学历', '学历层次', '文化程度'],
    age: ['age', '年龄', '周岁'],
    birthYear: ['birthyear', 'yearofbirth', '出生年份', '出生年'],
    birthDate: ['birthdate', 'dateofbirth', 'dob', 'birthday', '出生日期', '出生年月', '出生年月日'],
    ageBand: ['ageband', 'agegroup', '年龄段', '年龄组', '年龄区间'],
    ...YEAR,
    introduced: [
      'introduced',
      'isintroduced',
      'introducedthisyear',
      '当年引进',
      '是否当年引进',
      '是否引进',
      '引进',
      '当年新引进',
      '是否为引进人才',
      '是否引进人才',
      '引进人才',
      '当年是否引进',
    ],
    introducedYear: ['introducedyear', 'yearintroduced', '引进年份', '引进时间', '引进年度', '引进日期'],
    source: ['source', 'origin', '来源地', '来源', '引进来源', '来源院校', '来源地区'],
    sourceType: ['sourcetype', 'origintype', '来源类型', '来源类别'],
    dedupeKey: [
      'idnumber',
      'idcard',
      'nationalid',
      '身份证号',
      '身份证号码',
      '身份证',
      '证件号码',
      '证件号',
      '公民身份号码',
    ],
  },
  talentCells: {
    district: PLACE.district ?? [],
    chain: CHAIN.chain ?? [],
    talentType: ['talenttype', 'type', '人才类型', '人才类别', '类别'],
    education: ['education', '学历', '最高学历'],
    ageBand: ['ageband', 'agegroup', '年龄段', '年龄组', '年龄区间'],
    ...YEAR,
    stock: ['stock', 'talentstock', 'count', '存量', '人才存量', '人才总量', '人数', '人才数'],
    inflow: [
      'inflow',
      'talentinflow',
      'introduced',
      '流入',
      '人才流入',
      '引进人数',
      '当年引进',
      '当年引进人数',
      '引进',
    ],
  },
  demand: {
    district: PLACE.district ?? [],
    ...CHAIN,
    ...YEAR,
    demand: ['demand', 'talentdemand', '需求', '需求人数', '人才需求', '需求数', '岗位需求'],
    supply: ['supply', 'talentsupply', '供给', '供给人数', '人才供给', '供给数', '供应'],
  },
  talentSources: {
    ...YEAR,
    chain: CHAIN.chain ?? [],
    source: ['source', 'origin', '来源', '来源地', '来源院校', '来源地区', '引进来源'],
    sourceType: ['sourcetype', 'origintype', '来源类型', '来源类别', '类型'],
    introduced: ['introduced', '引进人数', '引进人才', '人数', '引进'],
  },
  sources: {
    id: ['id', '编号'],
    title: ['title', '标题', '名称', '来源名称', '资料名称', '文件名称'],
    publisher: ['publisher', '发布机构', '发布单位', '来源单位', '发布者', '出处'],
    date: ['date', '日期', '发布日期', '发布时间'],
    url: ['url', 'link', '链接', '网址'],
  },
}

/** Columns a table cannot do without; an inner list means any one of them. */
export const REQUIRED: Record<TableKind, readonly (readonly string[])[]> = {
  firms: [['name'], ['district'], ['lon', 'coords'], ['lat', 'coords'], ['chain', 'segment'], ['founded']],
  platforms: [['name'], ['district'], ['lon', 'coords'], ['lat', 'coords'], ['level'], ['founded']],
  talentPersons: [['district'], ['talentType'], ['education'], ['age', 'birthYear', 'birthDate', 'ageBand'], ['year']],
  talentCells: [['district'], ['talentType'], ['education'], ['ageBand'], ['year'], ['stock']],
  demand: [['district'], ['segment'], ['year'], ['demand'], ['supply']],
  talentSources: [['year'], ['source'], ['introduced']],
  sources: [['title']],
}

/** Where each field is: its column index and the header as written. */
export type Columns = Map<string, { index: number; header: string }>

/** Mapping-file overrides for one table: field → header text (or several). */
export type ColumnOverrides = Record<string, string | readonly string[]>

function lookupTable(kind: TableKind, overrides: ColumnOverrides): Map<string, string> {
  const table = new Map<string, string>()
  for (const [field, list] of Object.entries(SYNONYMS[kind])) for (const s of list) table.set(headerKey(s), field)
  for (const [field, h] of Object.entries(overrides))
    for (const s of typeof h === 'string' ? [h] : h) table.set(headerKey(s), field)
  return table
}

/** Fields found in a header row; the first column wins when two name the same field. */
export function resolveColumns(headers: readonly string[], kind: TableKind, overrides: ColumnOverrides = {}): Columns {
  const table = lookupTable(kind, overrides)
  const out: Columns = new Map()
  headers.forEach((header, index) => {
    const field = table.get(headerKey(header))
    if (field && !out.has(field)) out.set(field, { index, header })
  })
  return out
}

/** The required fields a header row lacks, each as "a or b". */
export function missingColumns(columns: Columns, kind: TableKind): string[] {
  return REQUIRED[kind].filter((any) => !any.some((f) => columns.has(f))).map((any) => any.join(' or '))
}
