import { describe, expect, it } from 'vitest'
import { byName, nameMask, searchEntities } from '../../../src/domain/search'
import { firms, platforms } from '../fixtures'

const named = [
  { ...firms[0]!, id: 'a', name: '枣庄鑫泰锂能科技有限公司' },
  { ...firms[0]!, id: 'b', name: '滕州锂电材料有限公司' },
  { ...firms[0]!, id: 'c', name: '山亭区智联信息技术有限公司' },
]
const plats = [{ ...platforms[0]!, id: 'p', name: '锂电博士后创新实践基地' }]

describe('searchEntities', () => {
  it('finds firms and platforms whose names contain the text', () => {
    expect(
      searchEntities(named, plats, '锂')
        .map((h) => h.id)
        .sort(),
    ).toEqual(['a', 'b', 'p'])
  })
  it('requires every term and ranks prefix matches first', () => {
    expect(searchEntities(named, plats, '滕州 锂电').map((h) => h.id)).toEqual(['b'])
    expect(searchEntities(named, plats, '锂电')[0]?.id).toBe('p')
  })
  it('returns nothing for blank text and respects the limit', () => {
    expect(searchEntities(named, plats, '   ')).toEqual([])
    expect(searchEntities(named, plats, '有限公司', 2)).toHaveLength(2)
  })
  it('treats regex characters as plain text', () => {
    expect(searchEntities(named, plats, '.*')).toEqual([])
  })
})

describe('the q filter: byName and nameMask', () => {
  const withCase = [...named, { ...firms[0]!, id: 'd', name: 'Zaozhuang LITHIUM Tech' }]
  it('keeps the records whose name has every term, any case, in the list order', () => {
    expect(byName(withCase, '锂 有限').map((e) => e.id)).toEqual(['a', 'b'])
    expect(byName(withCase, 'lithium tech').map((e) => e.id)).toEqual(['d'])
    expect(byName(withCase, '  ')).toBe(withCase)
  })
  it('the mask marks the same records as byName keeps, record by record', () => {
    for (const q of ['锂', '锂 有限', 'lithium', '科技', 'nothing', '']) {
      const mask = nameMask(withCase, q)
      expect(mask).toHaveLength(withCase.length)
      const kept = new Set(byName(withCase, q))
      expect([...mask]).toEqual(withCase.map((e) => (kept.has(e) ? 1 : 0)))
    }
  })
})
