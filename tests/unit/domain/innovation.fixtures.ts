import type { Meta, Platform } from '../../../src/domain/types'

export function platform(p: Partial<Platform>): Platform {
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
export const platforms: Platform[] = [
  platform({
    id: 'a',
    kind: 'postdoc-base',
    level: 'provincial',
    founded: 2010,
    postdocs: 2,
    host: 'E1',
    partners: ['山东大学'],
  }),
  platform({
    id: 'b',
    kind: 'postdoc-base',
    level: 'provincial',
    district: '370481',
    founded: 2022,
    postdocs: 3,
    host: 'E2',
    partners: ['山东大学', '枣庄学院'],
  }),
  platform({
    id: 'c',
    kind: 'postdoc-workstation',
    level: 'national',
    district: '370481',
    founded: 2023,
    postdocs: 5,
    host: 'E1',
    partners: ['山东大学'],
  }),
  platform({ id: 'd', kind: 'key-lab', level: 'municipal', founded: 2022, chain: 'chemical' }),
  platform({
    id: 'e',
    kind: 'key-lab',
    level: 'provincial',
    district: '370481',
    founded: 2024,
    partners: ['枣庄学院'],
  }),
  platform({ id: 'f', kind: 'key-lab', level: 'municipal', district: '370481', founded: 2025 }),
]

export const meta: Pick<Meta, 'facts' | 'sources'> = {
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
