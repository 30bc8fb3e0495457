import { nextTick } from 'vue'
import { describe, expect, it } from 'vitest'
import LayoutDetailDrawer from '../../src/components/layout/LayoutDetailDrawer.vue'
import { useUiStore } from '../../src/stores/ui'
import { firm, meta, platforms } from '../unit/fixtures'
import { mountWith } from './setup'

const host = firm({ id: 'E1', name: '<i>宿主</i>企业', lon: 117.5, lat: 34.8, types: ['specialized'] })
const far = firm({ id: 'E2', lon: 117.0, lat: 35.2 })
const datasets = {
  meta,
  enterprises: { items: [host, far] },
  platforms: {
    items: [
      { ...platforms[0]!, host: 'E1', partners: ['甲大学'] },
      { ...platforms[1]!, lon: 117.9, lat: 35.3 },
    ],
  },
}

async function open(kind: 'enterprise' | 'platform', id: string) {
  const mounted = mountWith(LayoutDetailDrawer, { datasets })
  useUiStore().openDetail(kind, id)
  await nextTick()
  return mounted
}

describe('LayoutDetailDrawer', () => {
  it('shows a firm as text with the platforms within 5 km', async () => {
    const { wrapper } = await open('enterprise', 'E1')
    expect(wrapper.get('[data-testid="detail-name"]').text()).toBe('<i>宿主</i>企业')
    expect(wrapper.find('i').exists()).toBe(false)
    expect(wrapper.get('[data-testid="detail-types"]').text()).toContain('专精特新')
    expect(wrapper.get('[data-testid="detail-nearby"]').attributes('data-count')).toBe('1')
    expect(wrapper.find(`[data-testid="detail-nearby-${platforms[0]!.id}"]`).exists()).toBe(true)
  })

  it('shows a platform with its host firm, which opens the firm', async () => {
    const { wrapper } = await open('platform', platforms[0]!.id)
    expect(wrapper.get('[data-testid="detail-drawer"]').attributes('data-kind')).toBe('platform')
    expect(wrapper.get('[data-testid="detail-partners"]').text()).toContain('甲大学')
    expect(wrapper.get('[data-testid="detail-nearby-firms"]').attributes('data-count')).toBe('1')
    await wrapper.get('[data-testid="detail-host-link"]').trigger('click')
    expect(useUiStore().detail).toEqual({ kind: 'enterprise', id: 'E1' })
  })

  it('closes with the button and with Escape', async () => {
    const { wrapper } = await open('enterprise', 'E1')
    await wrapper.get('[data-testid="detail-close"]').trigger('click')
    expect(wrapper.find('[data-testid="detail-drawer"]').exists()).toBe(false)
    useUiStore().openDetail('enterprise', 'E2')
    await nextTick()
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    await nextTick()
    expect(wrapper.find('[data-testid="detail-drawer"]').exists()).toBe(false)
  })

  it('says so when the id is unknown', async () => {
    const { wrapper } = await open('enterprise', 'nope')
    expect(wrapper.get('[data-testid="detail-name"]').text()).toBe('未找到该记录')
  })
})
