import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import FiltersBar from '../../src/components/filters/FiltersBar.vue'
import { useFiltersStore } from '../../src/stores/filters'
import { meta } from '../unit/fixtures'
import { mountWith } from './setup'

describe('FiltersBar', () => {
  it('shows no chip and a hint when nothing is filtered', () => {
    const { wrapper } = mountWith(FiltersBar, { datasets: { meta } })
    expect(wrapper.find('[data-testid="filter-bar"]').exists()).toBe(true)
    expect(wrapper.findAll('.filter-chip')).toHaveLength(0)
    expect(wrapper.text()).toContain('未筛选')
  })

  it('shows one chip per active parameter with names from meta', async () => {
    const { wrapper } = mountWith(FiltersBar, { datasets: { meta } })
    const store = useFiltersStore()
    store.toggleDistrict('370481')
    store.toggleValue('chain', 'lithium')
    store.setYear({ from: 2022, to: 2024 })
    await nextTick()
    expect(wrapper.get('[data-testid="filter-chip-district"]').text()).toContain('滕州市')
    expect(wrapper.get('[data-testid="filter-chip-chain"]').text()).toContain('锂电产业链')
    expect(wrapper.get('[data-testid="filter-chip-year"]').text()).toContain('2022–2024')
  })

  it('removing a chip clears that filter only; reset clears all', async () => {
    const { wrapper } = mountWith(FiltersBar, { datasets: { meta } })
    const store = useFiltersStore()
    store.toggleDistrict('370402')
    store.toggleValue('chain', 'lithium')
    await nextTick()
    await wrapper.get('[data-testid="filter-chip-district"] button').trigger('click')
    expect(store.filters.district).toEqual([])
    expect(store.filters.chain).toBe('lithium')
    await wrapper.get('[data-testid="filter-reset"]').trigger('click')
    expect(store.activeKeys).toEqual([])
  })

  it('renders hostile names as text, not HTML', async () => {
    const hostile = { ...meta, districts: [{ adcode: '370402', name: '<img src=x onerror="window.__x=1">' }] }
    const { wrapper } = mountWith(FiltersBar, { datasets: { meta: hostile } })
    useFiltersStore().toggleDistrict('370402')
    await nextTick()
    const chip = wrapper.get('[data-testid="filter-chip-district"]')
    expect(chip.find('img').exists()).toBe(false)
    expect(chip.text()).toContain('<img src=x')
  })
})
