import { describe, expect, it } from 'vitest'
import { rowTable } from '../../../src/domain/records'
import { nameMask, namedIndices, searchEntities } from '../../../src/domain/search'
import { firms, platforms } from '../fixtures'

const named = rowTable([
  { ...firms[0]!, id: 'a', name: '枣庄鑫泰锂能科技有限公司' },
  { ...firms[0]!, id: 'b', name: '滕州锂电材料有限公司' },
  { ...firms[0]!, id: 'c', name: '山亭区智联信息技术有限公司' },
])
const plats = rowTable([{ ...platforms[0]!, id: 'p', name: '锂电博士后创新实践基地' }])

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

describe('the q filter: namedIndices and nameMask', () => {
  const names = [...named.strings('name'), 'Zaozhuang LITHIUM Tech']
  it('keeps the indices of the names with every term, any case, ascending', () => {
    expect([...(namedIndices(names, '锂 有限') ?? [])]).toEqual([0, 1])
    expect([...(namedIndices(names, 'lithium tech') ?? [])]).toEqual([3])
    expect([...(namedIndices(names, 'nothing') ?? [])]).toEqual([])
    expect(namedIndices(names, '  ')).toBeNull()
  })
  it('the mask marks the same names as namedIndices keeps, name by name', () => {
    for (const q of ['锂', '锂 有限', 'lithium', '科技', 'nothing', '']) {
      const mask = nameMask(names, q)
      expect(mask).toHaveLength(names.length)
      const kept = namedIndices(names, q)
      const keptSet = new Set(kept ?? names.keys())
      expect([...mask]).toEqual(names.map((_, i) => (keptSet.has(i) ? 1 : 0)))
    }
  })
})
