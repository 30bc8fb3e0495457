import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { generate } from '../../../mock/generate'
import { emptyFilters } from '../../../src/domain/filters'
import type { Datasets, Enterprise, Platform } from '../../../src/domain/types'
import { useDataStore } from '../../../src/stores/data'
import { useFiltersStore } from '../../../src/stores/filters'
import { useSelectionStore } from '../../../src/stores/selection'

const d: Datasets = generate({ scale: 1 })
const last = Math.max(...d.meta.years)

function setUp() {
  setActivePinia(createPinia())
  useDataStore().raw = d
  return { sel: useSelectionStore(), filters: useFiltersStore() }
}

/** The rule written plainly: every term in the name, any case. */
const hasName = (name: string, q: string) =>
  q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((t) => name.toLowerCase().includes(t))

describe('q filters firms and platforms by name (KPIs, lists, comparison)', () => {
  it('keeps only the firms and platforms whose name has every term, with every other filter', () => {
    const { sel, filters } = setUp()
    filters.replace({ ...emptyFilters(), q: '锂电 科技', chain: 'lithium' })
    const firms = d.enterprises.items.filter(
      (f: Enterprise) => f.chain === 'lithium' && f.founded <= last && hasName(f.name, '锂电 科技'),
    )
    expect(firms.length).toBeGreaterThan(0)
    expect(sel.enterprises).toEqual(firms)
    expect(sel.kpis['enterprise-count']).toBe(firms.length)
    const plats = d.platforms.items.filter(
      (p: Platform) => p.chain === 'lithium' && p.founded <= last && hasName(p.name, '锂电 科技'),
    )
    expect(sel.platforms).toEqual(plats)
    expect(sel.kpis['platform-count']).toBe(plats.length)
    expect(sel.kpis['postdoc-count']).toBe(plats.reduce((n, p) => n + p.postdocs, 0))
    // Talent has no names: its KPIs are the chain's whatever the search.
    const stock = sel.kpis['talent-stock']
    filters.setQuery('')
    expect(sel.kpis['talent-stock']).toBe(stock)
  })

  it('clearing the search gives back the whole-dataset selection without rebuilding it', () => {
    const { sel, filters } = setUp()
    const all = sel.enterprises
    filters.setQuery('化工')
    expect(sel.enterprises!.length).toBeLessThan(all!.length)
    filters.setQuery('')
    expect(sel.enterprises).toEqual(all)
    expect(sel.kpis['enterprise-count']).toBe(all!.length)
  })

  it('aggregatesFor answers another filter set (a comparison column) and leaves the selection as it was', () => {
    const { sel, filters } = setUp()
    filters.replace({ ...emptyFilters(), chain: 'lithium' })
    const kpis = { ...sel.kpis }
    const a = sel.aggregatesFor({ ...filters.filters, district: ['370481'] })
    const firms = d.enterprises.items.filter(
      (f) => f.chain === 'lithium' && f.district === '370481' && f.founded <= last,
    )
    expect(a.firms?.count).toBe(firms.length)
    const cells = d.talent.cells.filter((c) => c.chain === 'lithium' && c.district === '370481' && c.year === last)
    expect(a.talent?.stock).toBe(cells.reduce((n, c) => n + c.stock, 0))
    filters.setValue('education', 'doctor')
    filters.setValue('education', null)
    expect(sel.kpis).toEqual(kpis)
  })
})
