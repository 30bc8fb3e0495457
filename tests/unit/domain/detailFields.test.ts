import { describe, expect, it } from 'vitest'
import { enterpriseFields, platformFields } from '../../../src/domain/detailFields'
import { firms, meta, platforms } from '../fixtures'

const byKey = (fields: readonly (readonly [string, string, boolean?])[]) =>
  Object.fromEntries(fields.map(([k, v, isData]) => [k, { v, isData: isData ?? false }]))

describe('enterpriseFields', () => {
  it("names the firm's district, chain, segment and types in the language asked", () => {
    const zh = byKey(enterpriseFields(firms[1]!, meta, 'zh', '无'))
    expect(zh.district?.v).toBe('滕州市')
    expect(zh.chain?.v).toBe('锂电产业链')
    expect(zh.types?.v).toBe('专精特新')
    const en = byKey(enterpriseFields(firms[1]!, meta, 'en', 'none'))
    expect(en.district?.v).toBe('Tengzhou')
    expect(en.chain?.v).toBe('Lithium battery')
  })

  it('says none for a firm without types, and no line is data', () => {
    const fields = enterpriseFields(firms[0]!, meta, 'en', 'none')
    expect(byKey(fields).types?.v).toBe('none')
    expect(fields.some(([, , isData]) => isData)).toBe(false)
  })
})

describe('platformFields', () => {
  it('joins partners as in running text and marks them as data', () => {
    const p = { ...platforms[0]!, partners: ['山东大学', '枣庄学院'] }
    expect(byKey(platformFields(p, meta, 'zh', '无')).partners).toEqual({ v: '山东大学、枣庄学院', isData: true })
    expect(byKey(platformFields(p, meta, 'en', 'none')).partners?.v).toBe('山东大学, 枣庄学院')
  })

  it('says none for a platform without chain or partners (words, not data)', () => {
    const f = byKey(platformFields(platforms[2]!, meta, 'en', 'none'))
    expect(f.chain?.v).toBe('none')
    expect(f.partners).toEqual({ v: 'none', isData: false })
    expect(f.kind?.v).toBe('key-lab')
  })
})
