import { emptyFilters, type Filters } from '../../../src/domain/filters'
import type { AgeBand, Chain, DemandRow, District, TalentCell, TalentSourceRow } from '../../../src/domain/types'

export const f = (p: Partial<Filters> = {}): Filters => ({ ...emptyFilters(), ...p })

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

export function cell(p: Partial<TalentCell>): TalentCell {
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
export const CELLS: TalentCell[] = [
  cell({ stock: 40, inflow: 5 }),
  cell({ ageBand: 'a26-35', stock: 20, inflow: 4, education: 'master' }),
  cell({ ageBand: 'a36-45', stock: 40, inflow: 3, chain: null, talentType: 'high-skilled' }),
  cell({ year: 2023, stock: 90, inflow: 8 }),
  cell({ district: '370481', stock: 100, inflow: 10, chain: 'chemical' }),
  cell({ district: '370481', ageBand: 'a36-45', stock: 300, inflow: 20, education: 'doctor' }),
]

export const LITHIUM: Chain = {
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
