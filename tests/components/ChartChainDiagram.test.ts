import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import ChartChainDiagram from '../../src/components/chart/ChartChainDiagram.vue'
import { useFiltersStore } from '../../src/stores/filters'
import { chainFirms, COUNTS, lithium, meta as baseMeta } from '../unit/fixtures'
import { mountWith } from './setup'

const meta = { ...baseMeta, chains: [lithium] }
const datasets = { meta, enterprises: { items: chainFirms().filter((f) => f.chain === 'lithium') } }

describe('ChartChainDiagram', () => {
  it('shows every segment as a button with its firms, in three stage columns, and says lithium is the default', () => {
    const { wrapper } = mountWith(ChartChainDiagram, { datasets })
    expect(wrapper.findAll('.chain-column').map((c) => c.attributes('data-stage'))).toEqual([
      'upstream',
      'midstream',
      'downstream',
    ])
    for (const [id, n] of Object.entries(COUNTS)) {
      expect(wrapper.get(`[data-testid="chain-segment-${id}"]`).attributes('data-firms')).toBe(String(n))
    }
    expect(wrapper.get('[data-testid="chain-default"]').text()).toContain('锂电产业链')
  })

  it('flags 缺链 and 弱链 and explains the rule in the legend', () => {
    const { wrapper } = mountWith(ChartChainDiagram, { datasets })
    const missing = wrapper.get('[data-testid="chain-segment-lithium-resources"]')
    expect(missing.attributes('data-flag')).toBe('missing')
    expect(missing.text()).toContain('缺链')
    expect(wrapper.get('[data-testid="chain-segment-lithium-bms"]').text()).toContain('弱链')
    expect(wrapper.get('.chain-legend').text()).toContain('25%')
  })

  it('a click toggles the segment filter and highlights the box; a second click clears it', async () => {
    const { wrapper } = mountWith(ChartChainDiagram, { datasets })
    const box = wrapper.get('[data-testid="chain-segment-lithium-cell"]')
    await box.trigger('click')
    expect(useFiltersStore().filters.segment).toBe('lithium-cell')
    expect(box.attributes('aria-pressed')).toBe('true')
    expect(box.classes()).toContain('is-selected')
    await box.trigger('click')
    expect(useFiltersStore().filters.segment).toBeNull()
  })

  it('is filtered by the district but not by its own segment, and renders names as text', async () => {
    const hostile = {
      ...meta,
      chains: [{ ...lithium, segments: lithium.segments.map((s) => ({ ...s, name: `<b>${s.id}</b>` })) }],
    }
    const { wrapper } = mountWith(ChartChainDiagram, { datasets: { ...datasets, meta: hostile } })
    const store = useFiltersStore()
    store.patch({ segment: 'lithium-cell' })
    await nextTick()
    expect(wrapper.get('[data-testid="chain-segment-lithium-anode"]').attributes('data-firms')).toBe('9')
    expect(wrapper.find('b').exists()).toBe(false)
    store.toggleDistrict('370481')
    await nextTick()
    expect(wrapper.get('[data-testid="chain-segment-lithium-anode"]').attributes('data-firms')).toBe('0')
  })
})
