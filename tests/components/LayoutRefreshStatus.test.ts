import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import LayoutRefreshStatus from '../../src/components/layout/LayoutRefreshStatus.vue'
import { useRefreshStore } from '../../src/stores/refresh'
import { mountWith } from './setup'

const at = (h: number, m: number) => new Date(2026, 10, 30, h, m).getTime()

afterEach(() => void vi.useRealTimers())

describe('LayoutRefreshStatus', () => {
  it('shows when the data was last checked', async () => {
    const { wrapper } = mountWith(LayoutRefreshStatus)
    expect(wrapper.find('[data-testid="data-checked"]').exists()).toBe(false)
    useRefreshStore().checkedAt = at(9, 5)
    await nextTick()
    expect(wrapper.get('[data-testid="data-checked"]').text()).toBe('检查于 09:05')
  })

  it('says "数据已更新" for a few seconds after a swap', async () => {
    vi.useFakeTimers()
    const { wrapper } = mountWith(LayoutRefreshStatus)
    useRefreshStore().updatedAt = Date.now()
    await nextTick()
    expect(wrapper.get('[data-testid="data-updated"]').text()).toBe('数据已更新')
    vi.advanceTimersByTime(8000)
    await nextTick()
    expect(wrapper.find('[data-testid="data-updated"]').exists()).toBe(false)
    wrapper.unmount()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('a failed update names the time of the data shown, and the dataset when one was unusable', async () => {
    const { wrapper } = mountWith(LayoutRefreshStatus)
    const refresh = useRefreshStore()
    refresh.checkedAt = at(14, 30)
    refresh.failure = { dataset: null }
    await nextTick()
    expect(wrapper.get('[data-testid="refresh-failed"]').text()).toBe('更新失败，显示 14:30 的数据')
    refresh.failure = { dataset: 'enterprises' }
    await nextTick()
    expect(wrapper.get('[data-testid="refresh-failed"]').text()).toBe('更新失败（企业数据不可用），显示 14:30 的数据')
    refresh.failure = null
    await nextTick()
    expect(wrapper.find('[data-testid="refresh-failed"]').exists()).toBe(false)
  })
})
