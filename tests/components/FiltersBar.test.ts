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

  it('has a labelled control for every SPEC §3 filter, the chain one reading 全部产业链 when empty', () => {
    const { wrapper } = mountWith(FiltersBar, { datasets: { meta } })
    for (const p of [
      'q',
      'district',
      'chain',
      'segment',
      'year',
      'talentType',
      'education',
      'entType',
      'platformKind',
    ]) {
      expect(wrapper.find(`[data-testid="filter-${p}"]`).exists(), p).toBe(true)
    }
    const chain = wrapper.get('[data-testid="filter-chain"]')
    expect(chain.element.tagName).toBe('SELECT')
    expect(chain.findAll('option')[0]?.text()).toBe('全部产业链')
    expect(chain.element.closest('label')?.textContent).toContain('产业链')
  })

  it('the selects and the district boxes call the store actions a chart click calls', async () => {
    const { wrapper } = mountWith(FiltersBar, { datasets: { meta } })
    const store = useFiltersStore()
    await wrapper.get('[data-testid="filter-education"]').setValue('doctor')
    expect(store.filters.education).toBe('doctor')
    await wrapper.get('[data-testid="filter-chain"]').setValue('lithium')
    await wrapper.get('[data-testid="filter-segment"]').setValue('lithium-cathode')
    expect(store.filters).toMatchObject({ chain: 'lithium', segment: 'lithium-cathode' })
    // A new chain drops a segment of the old one.
    await wrapper.get('[data-testid="filter-chain"]').setValue('chemical')
    expect(store.filters.segment).toBeNull()
    await wrapper.get('[data-testid="filter-district-370481"]').setValue(true)
    await wrapper.get('[data-testid="filter-district-370402"]').setValue(true)
    expect(store.filters.district).toEqual(['370402', '370481'])
    await wrapper.get('[data-testid="filter-education"]').setValue('')
    expect(store.filters.education).toBeNull()
  })

  it('removing a chip moves focus to the chip now in its place, the last one to the bar', async () => {
    const { wrapper } = mountWith(FiltersBar, { datasets: { meta }, attachTo: document.body })
    const store = useFiltersStore()
    store.toggleValue('chain', 'lithium')
    store.setYear({ from: 2022, to: 2024 })
    await nextTick()
    await wrapper.get('[data-testid="filter-chip-chain"] button').trigger('click')
    await nextTick()
    await nextTick()
    expect(document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid')).toBe('filter-chip-year')
    await wrapper.get('[data-testid="filter-chip-year"] button').trigger('click')
    await nextTick()
    await nextTick()
    expect(document.activeElement?.getAttribute('data-testid')).toBe('filter-bar')
    wrapper.unmount()
  })

  it('on the big screen folds the controls behind one button that opens them and Esc closes, focus back on it', async () => {
    const host = document.body.appendChild(document.createElement('div'))
    const { wrapper } = mountWith(FiltersBar, { datasets: { meta }, attachTo: host })
    const store = useFiltersStore()
    expect(wrapper.find('[data-testid="filter-toggle"]').exists()).toBe(false)
    store.setView({ screen: true })
    await nextTick()
    const toggle = wrapper.get('[data-testid="filter-toggle"]')
    const controls = wrapper.get('#filter-controls')
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(controls.isVisible()).toBe(false)
    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    expect(controls.isVisible()).toBe(true)
    await wrapper.get('[data-testid="filter-education"]').setValue('doctor')
    expect(store.filters.education).toBe('doctor')
    await wrapper.get('[data-testid="filter-education"]').trigger('keydown', { key: 'Escape' })
    expect(controls.isVisible()).toBe(false)
    expect(document.activeElement?.getAttribute('data-testid')).toBe('filter-toggle')
    // The chips stay in view on the wall.
    expect(wrapper.get('[data-testid="filter-chip-education"]').isVisible()).toBe(true)
    // Left open, then the wall left and entered again: folded again.
    await toggle.trigger('click')
    expect(controls.isVisible()).toBe(true)
    store.setView({ screen: false })
    await nextTick()
    store.setView({ screen: true })
    await nextTick()
    expect(wrapper.get('[data-testid="filter-toggle"]').attributes('aria-expanded')).toBe('false')
    expect(wrapper.get('#filter-controls').isVisible()).toBe(false)
    wrapper.unmount()
  })
})
