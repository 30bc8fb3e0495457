import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ExportMenu from '../../src/components/export/ExportMenu.vue'
import { mountWith } from './setup'

const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard')
afterEach(() => {
  if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard)
  vi.restoreAllMocks()
})

function setClipboard(value: unknown) {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true })
}

describe('ExportMenu', () => {
  it('opens a menu with every export and the copy-link item, and closes on Escape', async () => {
    const { wrapper } = mountWith(ExportMenu)
    expect(wrapper.find('[role="menu"]').exists()).toBe(false)
    await wrapper.get('[data-testid="export-menu"]').trigger('click')
    const ids = wrapper.findAll('[role="menuitem"]').map((b) => b.attributes('data-testid'))
    // One CSV per dataset the view (here the overview) shows: talent first, then firms and platforms.
    expect(ids).toEqual([
      'export-png',
      'export-pdf',
      'export-csv',
      'export-csv-firms',
      'export-csv-platforms',
      'export-xlsx',
      'copy-link',
    ])
    expect(wrapper.get('[data-testid="export-csv"]').text()).toBe('导出数据（CSV · 人才汇总）')
    expect(wrapper.get('[data-testid="export-menu"]').attributes('aria-expanded')).toBe('true')
    await wrapper.get('.export').trigger('keydown', { key: 'Escape' })
    expect(wrapper.find('[role="menu"]').exists()).toBe(false)
  })

  it('copies the permalink and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    setClipboard({ writeText })
    const { wrapper } = mountWith(ExportMenu)
    await wrapper.get('[data-testid="export-menu"]').trigger('click')
    await wrapper.get('[data-testid="copy-link"]').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(location.href)
    expect(wrapper.get('[data-testid="copy-link-done"]').text()).toBe('已复制')
  })

  it('offers a selectable field when the clipboard refuses', async () => {
    setClipboard({ writeText: vi.fn().mockRejectedValue(new Error('denied')) })
    const { wrapper } = mountWith(ExportMenu)
    await wrapper.get('[data-testid="export-menu"]').trigger('click')
    await wrapper.get('[data-testid="copy-link"]').trigger('click')
    await flushPromises()
    const field = wrapper.get<HTMLInputElement>('[data-testid="copy-link-field"]')
    expect(field.element.value).toBe(location.href)
    expect(field.attributes('readonly')).toBeDefined()
  })

  it('shows a readable error, not a rejection, when the data is not loaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const { wrapper } = mountWith(ExportMenu)
    await wrapper.get('[data-testid="export-menu"]').trigger('click')
    await wrapper.get('[data-testid="export-csv"]').trigger('click')
    await vi.waitFor(async () => {
      await flushPromises()
      expect(wrapper.find('[data-testid="export-error"]').exists()).toBe(true)
    })
    expect(wrapper.get('[data-testid="export-error"]').text()).toContain('数据尚未加载，无法导出')
    expect(wrapper.find('[data-testid="export-progress"]').exists()).toBe(false)
  })
})
