import type zh from './zh-CN'

const en: typeof zh = {
  app: { title: 'Zaozhuang Talent · Industry · Innovation Map', sample: 'Sample data', loading: 'Loading data…' },
  nav: { overview: 'Overview', talent: 'Talent map', industry: 'Industry map', innovation: 'Innovation map' },
  lang: { switch: '中文', label: 'Language' },
  kpi: {
    'talent-stock': 'Talent stock',
    'talent-inflow': 'Talent inflow',
    'enterprise-count': 'Enterprises',
    'platform-count': 'Platforms',
    'postdoc-count': 'Postdocs in station',
    unit: { person: 'people', firm: 'firms', platform: 'platforms' },
    unavailable: 'No data',
  },
  filters: {
    title: 'Filters',
    none: 'No filter: whole city, all chains',
    reset: 'Reset',
    remove: 'Remove filter: {label}',
    district: 'District',
    chain: 'Chain',
    segment: 'Segment',
    year: 'Year',
    talentType: 'Talent type',
    education: 'Education',
    entType: 'Enterprise type',
    platformKind: 'Platform kind',
    q: 'Search',
    ignored: 'Ignored invalid link parameters: {params}',
  },
  data: {
    dropped: '{count} invalid records ignored',
    reason: '{reason}: {count}',
    asOf: 'Data as of {date}',
    source: 'Source: {source}',
    loaded: '{count} records loaded',
  },
  error: {
    title: 'Some data failed to load',
    dataset: 'Dataset “{name}” failed: {message}',
    retry: 'Retry',
    kind: { http: 'HTTP error', timeout: 'Timed out', network: 'Network error', parse: 'Not valid JSON', shape: 'Unexpected structure' },
  },
  dataset: { meta: 'metadata', boundaries: 'boundaries', talent: 'talent', enterprises: 'enterprises', platforms: 'platforms' },
  chart: {
    talentByDistrict: 'Talent stock by district',
    stock: 'Talent stock',
    inflow: 'Talent inflow',
    selected: 'Selected',
  },
  map: { title: 'Map', legend: 'Talent stock (people)', resetView: 'Reset view', noData: 'No data' },
}

export default en
