/** The v1 data contract (SPEC §4). Field names are fixed: other tools read them. */

export type Stage = 'upstream' | 'midstream' | 'downstream'

export interface Source {
  id: string
  title: string
  publisher: string
  date: string
  url?: string
}

export interface Named {
  id: string
  name: string
  /** English label where the data carries one; the UI falls back to `name`. */
  nameEn?: string
}

export interface Segment {
  id: string
  name: string
  nameEn: string
  stage: Stage
}

export interface Chain {
  id: string
  name: string
  nameEn: string
  segments: Segment[]
}

export interface District {
  adcode: string
  name: string
  nameEn?: string
  /** Resident population (2020 census); `populationEstimated` marks figures the sample estimated. */
  population?: number
  populationEstimated?: boolean
}

export interface AgeBand extends Named {
  young: boolean
}

/** A published figure the UI may cite (ticker, notes), with the id of its source. */
export interface Fact {
  id: string
  label: string
  labelEn?: string
  value: number
  unit: string
  unitEn?: string
  sourceId: string
}

/**
 * A place introduced talent comes from (optional in meta): another city, a province's capital,
 * a university. `talent.sources[].source` names one by id; lon/lat in the boundaries' system.
 */
export interface Origin {
  id: string
  name: string
  nameEn: string
  lon: number
  lat: number
}

export interface Meta {
  city: { name: string; adcode: string }
  dataVersion: string
  asOf: string
  isSample: boolean
  sources: Source[]
  districts: District[]
  chains: Chain[]
  years: number[]
  talentTypes: Named[]
  educations: Named[]
  ageBands: AgeBand[]
  enterpriseTypes: Named[]
  platformKinds: Named[]
  platformLevels: Named[]
  /** Optional extension: published figures with their sources. */
  facts?: Fact[]
  /** Optional: where introduced talent comes from; the talent map draws flows from them. */
  origins?: Origin[]
}

export interface TalentCell {
  district: string
  chain: string | null
  talentType: string
  education: string
  ageBand: string
  year: number
  stock: number
  inflow: number
}

export interface DemandRow {
  district: string
  chain: string
  segment: string
  year: number
  demand: number
  supply: number
}

export interface TalentSourceRow {
  year: number
  chain: string | null
  source: string
  sourceType: string
  introduced: number
}

export interface Talent {
  cells: TalentCell[]
  demand: DemandRow[]
  sources: TalentSourceRow[]
}

export interface Enterprise {
  id: string
  name: string
  district: string
  lon: number
  lat: number
  chain: string
  segment: string
  types: string[]
  employees: number
  talent: { total: number; doctor: number; master: number; bachelor: number; introduced: number }
  outputValue: number
  founded: number
}

export interface Platform {
  id: string
  name: string
  kind: string
  level: string
  district: string
  lon: number
  lat: number
  chain: string | null
  host: string | null
  founded: number
  researchers: number
  postdocs: number
  partners: string[]
}

export interface DistrictProps {
  adcode: string
  name: string
}

export interface Boundaries {
  type: 'FeatureCollection'
  features: {
    type: 'Feature'
    properties: DistrictProps
    geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] }
  }[]
}

/** Each dataset the app loads, by its URL name. */
export interface Datasets {
  meta: Meta
  boundaries: Boundaries
  talent: Talent
  enterprises: { items: Enterprise[] }
  platforms: { items: Platform[] }
}

export type DatasetName = keyof Datasets

export const DATASET_NAMES: readonly DatasetName[] = ['meta', 'boundaries', 'talent', 'enterprises', 'platforms']
