/**
 * Synthetic but realistic Chinese names for firms and platforms. Built from
 * word lists so they read like 枣庄鑫泰锂能科技有限公司, screened against real
 * brands, and unique within one dataset. Universities and institutes are real
 * public bodies and used as they are.
 */
import type { Rng } from './random.ts'

/** Real public universities and institutes: partners of platforms and sources of graduates. */
export const INSTITUTIONS = [
  '山东大学',
  '枣庄学院',
  '中国石油大学(华东)',
  '山东科技大学',
  '齐鲁工业大学',
  '青岛科技大学',
  '中国矿业大学',
  '济南大学',
  '山东理工大学',
  '曲阜师范大学',
  '临沂大学',
  '山东建筑大学',
  '中国海洋大学',
  '哈尔滨工业大学(威海)',
  '枣庄职业学院',
  '枣庄科技职业学院',
  '山东省科学院',
  '中国科学院青岛生物能源与过程研究所',
] as const

/** Institutions each chain works with most (others still appear, less often). */
export const CHAIN_INSTITUTIONS: Record<string, readonly string[]> = {
  lithium: ['中国矿业大学', '青岛科技大学', '山东大学', '中国科学院青岛生物能源与过程研究所', '枣庄学院'],
  chemical: ['中国石油大学(华东)', '青岛科技大学', '齐鲁工业大学', '济南大学'],
  equipment: ['山东大学', '山东科技大学', '山东理工大学', '哈尔滨工业大学(威海)'],
  it: ['山东大学', '枣庄学院', '山东科技大学', '曲阜师范大学'],
  materials: ['济南大学', '山东建筑大学', '齐鲁工业大学', '中国海洋大学'],
}

/** Well-known real firms and brands whose names must never appear (also bans 中国/国家 in firm names). */
const BANNED = [
  '海信',
  '比亚迪',
  '宁德',
  '时代',
  '欣旺',
  '国轩',
  '亿纬',
  '力神',
  '天齐',
  '赣锋',
  '恩捷',
  '星源',
  '贝特瑞',
  '杉杉',
  '璞泰',
  '天赐',
  '宙邦',
  '容百',
  '当升',
  '德方',
  '丰元',
  '海科',
  '中材',
  '华为',
  '中兴',
  '联想',
  '格力',
  '美的',
  '海尔',
  '万华',
  '鲁西',
  '兖矿',
  '鲁化',
  '鲁南化',
  '鲁南制',
  '浪潮',
  '华鲁',
  '齐鲁',
  '潍柴',
  '山推',
  '重汽',
  '金晶',
  '东岳',
  '鲁抗',
  '新华',
  '晨鸣',
  '魏桥',
  '南山',
  '信发',
  '京东方',
  '天能',
  '超威',
  '雅迪',
  '爱玛',
  '台铃',
  '绿源',
  '新日',
  '吉利',
  '长城',
  '奇瑞',
  '江淮',
  '长安',
  '北汽',
  '中通',
  '中国',
  '中华',
  '国家',
  '联泓',
  '泰山',
  '山能',
  '华泰',
  '玉皇',
  '金正大',
  '史丹利',
  '鲁泰',
  '新风光',
]

const isBanned = (s: string): boolean => BANNED.some((b) => s.includes(b))

const BRAND_1 = '鑫泰华瑞恒盛宏博远金润诚晟昊嘉德隆康天正亿通宇辰凯越洪明锦祥汇聚坤元立新振兴腾安荣泽巨力'
const BRAND_2 = '泰瑞达源丰盛华昌通利恒宇辉航晟鼎信诚峰和祥远顺威凯翔茂邦奥科创合睿锋'
const TECH_1 = '智联云数网讯创科芯维众优华博中天思'
const TECH_2 = '联云数网讯创科芯维达通信捷码慧'

/** Industry words per segment (fallback: the chain's words), as they appear inside firm names. */
const CHAIN_WORDS: Record<string, readonly string[]> = {
  lithium: ['锂能', '锂电', '新能源', '能源材料', '储能'],
  chemical: ['化工', '精细化工', '化学', '新材料化工'],
  equipment: ['机械', '装备', '机床', '重工', '智能装备'],
  it: ['信息技术', '电子', '软件', '数字科技', '网络科技'],
  materials: ['新材料', '材料科技', '建材', '复合材料'],
}
const SEGMENT_WORDS: Record<string, readonly string[]> = {
  'lithium-cathode': ['正极材料', '锂能', '能源材料'],
  'lithium-anode': ['碳素', '负极材料', '石墨'],
  'lithium-electrolyte': ['电解液', '氟材料'],
  'lithium-separator': ['隔膜', '膜材料'],
  'lithium-foil': ['铜箔', '箔材', '铝业'],
  'lithium-equipment': ['锂电装备', '智能装备'],
  'lithium-cell': ['锂电', '电池', '动力电池'],
  'lithium-pack': ['电源', '动力', '新能源'],
  'lithium-bms': ['电子', '电控'],
  'lithium-storage': ['储能', '新能源'],
  'lithium-vehicles': ['新能源汽车', '电动车', '车业'],
  'lithium-recycling': ['资源再生', '循环科技', '再生资源'],
  'chemical-coal': ['煤化工', '化工', '能源化工'],
  'chemical-pharma': ['医药化工', '生物化工', '药业'],
  'chemical-coatings': ['涂料', '化学', '助剂'],
  'chemical-fertilizer': ['肥业', '农化'],
  'equipment-castings': ['铸造', '锻造', '机械'],
  'equipment-machine-tools': ['机床', '数控'],
  'equipment-mining': ['矿山机械', '工程机械', '重工'],
  'equipment-robotics': ['机器人', '自动化', '智能装备'],
  'equipment-auto-parts': ['汽车部件', '汽配', '机械'],
  'it-sensors': ['传感', '电子'],
  'it-communication': ['通信', '电子'],
  'it-cloud': ['云计算', '数据科技'],
  'materials-building': ['建材', '新型建材'],
  'materials-composites': ['玻纤', '复合材料'],
  'materials-carbon': ['碳材料', '碳素'],
  'materials-films': ['薄膜', '膜科技'],
  'materials-packaging': ['包装材料', '包装'],
}

const FORMS = ['科技有限公司', '有限公司', '股份有限公司', '有限公司', '科技有限公司']

/** Place prefixes per district; 枣庄/山东/鲁南 can register anywhere. */
const PLACES: Record<string, readonly string[]> = {
  '370402': ['枣庄', '枣庄市', '山东', '鲁南'],
  '370403': ['枣庄', '薛城区', '山东', '鲁南'],
  '370404': ['枣庄', '峄城区', '山东'],
  '370405': ['枣庄', '台儿庄区', '山东'],
  '370406': ['枣庄', '山亭区', '山东'],
  '370481': ['滕州', '滕州市', '山东', '鲁南'],
}

/** Short local words for school and incubator names (old names and landmarks of the area). */
const LOCAL_WORDS: Record<string, readonly string[]> = {
  '370402': ['光明', '君山', '龙山', '文化', '齐村', '孟庄', '税郭'],
  '370403': ['薛国', '奚仲', '临山', '复元', '常庄', '陶庄', '沙沟'],
  '370404': ['青檀', '榴园', '承水', '坛山', '古邵', '峨山'],
  '370405': ['运河', '古城', '兰祺', '泥沟', '马兰', '涧头'],
  '370406': ['翼云', '抱犊', '北庄', '店子', '徐庄', '桑村'],
  '370481': ['善国', '鲁班', '墨子', '荆河', '北辛', '龙泉', '姜屯', '官桥'],
}

export interface FirmName {
  name: string
  /** Brand + industry word, used for names of platforms the firm hosts. */
  short: string
}

export interface Namer {
  firm(rng: Rng, district: string, chain: string, segment: string): FirmName
  /** `base`, or `base` with a distinguishing suffix if already taken. */
  unique(base: string): string
  /** The first of a few candidates from `make` that is still free; else the last one with a suffix. */
  fresh(make: () => string, tries?: number): string
  localWord(rng: Rng, district: string): string
}

const pickChar = (rng: Rng, chars: string): string => chars[Math.floor(rng.next() * chars.length)] ?? ''

export function createNamer(): Namer {
  const taken = new Set<string>()
  const brand = (rng: Rng, chain: string, len: number): string => {
    for (;;) {
      const tech = chain === 'it' && rng.chance(0.6)
      let b = pickChar(rng, tech ? TECH_1 : BRAND_1) + pickChar(rng, tech ? TECH_2 : BRAND_2)
      if (len > 2) b += pickChar(rng, BRAND_2)
      if (new Set(b).size === b.length && !isBanned(b)) return b
    }
  }
  const unique = (base: string): string => {
    let name = base
    for (let n = 2; taken.has(name); n++) name = `${base}（${n}）`
    taken.add(name)
    return name
  }
  return {
    firm(rng, district, chain, segment) {
      const words = SEGMENT_WORDS[segment] ?? CHAIN_WORDS[chain] ?? ['科技']
      for (let attempt = 0; attempt < 8; attempt++) {
        const b = brand(rng, chain, attempt < 4 ? 2 : 3)
        const word = rng.chance(0.7) ? rng.pick(words) : rng.pick(CHAIN_WORDS[chain] ?? words)
        const place = rng.pick(PLACES[district] ?? ['枣庄'])
        const form = rng.pick(FORMS)
        // "数字科技科技有限公司" and "创数数字" read wrong: no repeated 科技, no doubled character.
        const name = `${place}${b}${word}${/(科技|技术)$/.test(word) ? form.replace(/^科技/, '') : form}`
        if (b.at(-1) !== word[0] && !taken.has(name) && !isBanned(name)) {
          taken.add(name)
          return { name, short: `${b}${word}` }
        }
      }
      const b = brand(rng, chain, 3)
      return { name: unique(`枣庄${b}科技有限公司`), short: b }
    },
    unique,
    fresh(make, tries = 8) {
      let name = make()
      for (let i = 1; i < tries && taken.has(name); i++) name = make()
      return unique(name)
    },
    localWord: (rng, district) => rng.pick(LOCAL_WORDS[district] ?? ['鲁南']),
  }
}
