/** The talent map's flows store on the sample data: origins to districts under the filters, and the shared focus. */
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { generate } from '../../../mock/generate'
import { emptyFilters, type Filters } from '../../../src/domain/filters'
import type { Datasets } from '../../../src/domain/types'
import { useDataStore } from '../../../src/stores/data'
import { useFiltersStore } from '../../../src/stores/filters'
import { useTalentFlowsStore } from '../../../src/stores/talentFlows'

const d: Datasets = generate({ scale: 1 })

function setUp(f: Partial<Filters> = {}, datasets: Datasets = d) {
  setActivePinia(createPinia())
  useDataStore().raw = datasets
  useFiltersStore().replace({ ...emptyFilters(), ...f })
  return useTalentFlowsStore()
}

/** Talent introduced in `year` from sources that name an origin (the flows' whole). */
function introducedFromOrigins(year: number, chain: string | null = null): number {
  const ids = new Set((d.meta.origins ?? []).map((o) => o.id))
  return d.talent.sources
    .filter((s) => s.year === year && ids.has(s.source) && (chain === null || s.chain === chain))
    .reduce((sum, s) => sum + s.introduced, 0)
}

const sum = (xs: readonly { value: number }[]) => xs.reduce((s, x) => s + x.value, 0)

describe('talent flows store', () => {
  it('the sample data has origins, and the flows carry all their talent into known districts', () => {
    const flows = setUp()
    expect(flows.available).toBe(true)
    const year = useDataStore().lastYear
    expect(flows.flows.length).toBeGreaterThan(0)
    expect(sum(flows.flows)).toBeCloseTo(introducedFromOrigins(year), 6)
    const districts = new Set(d.meta.districts.map((x) => x.adcode))
    expect(flows.flows.every((f) => districts.has(f.district))).toBe(true)
    expect(flows.totals.map((o) => o.total)).toEqual([...flows.totals.map((o) => o.total)].sort((a, b) => b - a))
  })

  it('a chain narrows the sources; a district keeps only its flows, at its share of the whole', () => {
    const lithium = setUp({ chain: 'lithium' })
    const year = useDataStore().lastYear
    expect(sum(lithium.flows)).toBeCloseTo(introducedFromOrigins(year, 'lithium'), 6)
    const all = setUp()
    const one = setUp({ district: ['370481'] })
    expect(one.flows.length).toBeGreaterThan(0)
    expect(one.flows.every((f) => f.district === '370481')).toBe(true)
    const into = all.flows.filter((f) => f.district === '370481')
    expect(sum(one.flows)).toBeCloseTo(sum(into), 6)
  })

  it('without origins in meta the layer is unavailable and has no flows', () => {
    const flows = setUp({}, { ...d, meta: { ...d.meta, origins: [] } })
    expect(flows.available).toBe(false)
    expect(flows.flows).toEqual([])
    expect(flows.totals).toEqual([])
  })

  it('a click focuses an origin, a second click on it clears the focus', () => {
    const flows = setUp()
    const [a, b] = flows.totals.map((o) => o.id)
    flows.toggleFocus(a!)
    expect(flows.focus).toBe(a)
    flows.toggleFocus(b!)
    expect(flows.focus).toBe(b)
    flows.toggleFocus(b!)
    expect(flows.focus).toBeNull()
  })
})
