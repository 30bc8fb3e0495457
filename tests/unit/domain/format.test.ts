import { describe, expect, it } from 'vitest'
import { escapeHtml, formatCompact } from '../../../src/domain/format'
import { emptyFilters } from '../../../src/domain/filters'
import { filterValueLabel } from '../../../src/domain/labels'
import { meta } from '../fixtures'

describe('format', () => {
  it('compacts large numbers in Chinese and English', () => {
    expect(formatCompact(12345, 'zh')).toBe('1.2万')
    expect(formatCompact(250000000, 'zh')).toBe('2.5亿')
    expect(formatCompact(999, 'zh')).toBe('999')
    expect(formatCompact(12345, 'en')).toBe('12.3k')
    expect(formatCompact(NaN, 'en')).toBe('—')
  })
  it('escapes HTML', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">&')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;')
  })
  it('labels filters in words from meta, in both languages', () => {
    const f = { ...emptyFilters(), district: ['370402', '370481'], chain: 'lithium', year: { from: 2021, to: 2024 } }
    expect(filterValueLabel(meta, f, 'district', 'zh')).toBe('市中区、滕州市')
    expect(filterValueLabel(meta, f, 'district', 'en')).toBe('Shizhong, Tengzhou')
    expect(filterValueLabel(meta, f, 'chain', 'zh')).toBe('锂电产业链')
    expect(filterValueLabel(meta, f, 'year', 'zh')).toBe('2021–2024')
  })
})
