/** What `Engine.query` returns: every KPI and group-by the views need, in one pass per dataset. */

export interface StockInflow {
  /** Stock at the year range's last year. */
  stock: number
  /** Inflow summed over the year range. */
  inflow: number
}

export interface DistrictStockInflow extends StockInflow {
  /** Stock of the young age bands (meta `ageBands[].young`), at the range's last year. */
  young: number
}

/**
 * Talent cells. Every group-by ignores its own filter (dc.js semantics): `byDistrict` is
 * not filtered by `district`, `byYear` not by `year` (stock and inflow of each year), etc.
 * Maps hold every known key (meta's ids first, in meta's order), zeros included.
 */
export interface TalentAggregates {
  stock: number
  inflow: number
  byDistrict: Map<string, DistrictStockInflow>
  byChain: Map<string | null, StockInflow>
  byTalentType: Map<string, StockInflow>
  byEducation: Map<string, StockInflow>
  /** No age filter exists: every filter applies. */
  byAgeBand: Map<string, StockInflow>
  /** Ascending years. */
  byYear: Map<number, StockInflow>
}

export interface FirmStats {
  count: number
  /** 亿元 */
  outputValue: number
  /** Σ talent.total */
  talent: number
}

/** Enterprises; the same "all filters but its own" rule. */
export interface EnterpriseAggregates extends FirmStats {
  byDistrict: Map<string, FirmStats>
  byChain: Map<string, FirmStats>
  bySegment: Map<string, FirmStats>
  /** A firm counts under each of its types; ignores `entType`. */
  byType: Map<string, number>
  /** Firms by founding year, ignoring `year` (no founding cut-off); ascending. */
  byFounded: Map<number, number>
}

export interface PlatformStats {
  count: number
  postdocs: number
}

export interface PlatformAggregates extends PlatformStats {
  /** kind → level → count; ignores `platformKind`. */
  byKindLevel: Map<string, Map<string, number>>
  byKind: Map<string, PlatformStats>
  byDistrict: Map<string, PlatformStats>
  byChain: Map<string | null, PlatformStats>
  /** Platforms by founding year, ignoring `year`; ascending. */
  byFounded: Map<number, number>
}
