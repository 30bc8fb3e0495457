import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import LayoutKpis from '../../src/components/layout/LayoutKpis.vue'
import { KPI_IDS } from '../../src/domain/kpis'
import { useFiltersStore } from '../../src/stores/filters'
import { cells, firms, meta, platforms } from '../unit/fixtures'
import { mountWith } from './setup'

const datasets = {
  meta,
  talent: { cells, demand: [], sources: [] },
  enterprises: { items: firms },
  platforms: { items: platforms },
}

describe('LayoutKpis', () => {
  it('carries the exact value in data-value and a compact display', () => {
    const { wrapper } = mountWith(LayoutKpis, { datasets, props: { ids: KPI_IDS } })
    expect(wrapper.get('[data-testid="kpi-talent-stock"]').attributes('data-value')).toBe('400')
    expect(wrapper.get('[data-testid="kpi-enterprise-count"]').attributes('data-value')).toBe('4')
    expect(wrapper.get('[data-testid="kpi-postdoc-count"]').attributes('data-value')).toBe('5')
    expect(wrapper.get('[data-testid="kpi-talent-stock"] .kpi-value').text()).toBe('400')
  })

  it('updates when a filter changes', async () => {
    const { wrapper } = mountWith(LayoutKpis, { datasets, props: { ids: KPI_IDS } })
    useFiltersStore().toggleDistrict('370402')
    await nextTick()
    expect(wrapper.get('[data-testid="kpi-talent-stock"]').attributes('data-value')).toBe('110')
    expect(wrapper.get('[data-testid="kpi-platform-count"]').attributes('data-value')).toBe('1')
  })

  it('shows "no data" with an empty data-value when a dataset is missing', () => {
    const { wrapper } = mountWith(LayoutKpis, { datasets: { meta, talent: datasets.talent }, props: { ids: KPI_IDS } })
    const card = wrapper.get('[data-testid="kpi-platform-count"]')
    expect(card.attributes('data-value')).toBe('')
    expect(card.text()).toContain('暂无数据')
    expect(wrapper.get('[data-testid="kpi-talent-stock"]').attributes('data-value')).toBe('400')
  })
})
