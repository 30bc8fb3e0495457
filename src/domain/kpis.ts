export type KpiId = 'talent-stock' | 'talent-inflow' | 'enterprise-count' | 'platform-count' | 'postdoc-count'

export const KPI_IDS: readonly KpiId[] = [
  'talent-stock',
  'talent-inflow',
  'enterprise-count',
  'platform-count',
  'postdoc-count',
]
