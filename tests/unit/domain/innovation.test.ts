import { describe, expect, it } from 'vitest'
import { foundedGrowth, platformCube } from '../../../src/domain/engine'
import { emptyFilters, type Filters } from '../../../src/domain/filters'
import { citedFacts } from '../../../src/domain/innovation'
import type { Meta } from '../../../src/domain/types'
import { innovationMeta, innovationPlatforms } from '../fixtures'

const f = emptyFilters()
const cube = platformCube.fromRows(innovationPlatforms)
const query = (filters: Filters) => cube.query(filters, 2024)
/** Kinds with at least one platform. */
const kindsSeen = (by: ReadonlyMap<string, ReadonlyMap<string, number>>) =>
  [...by].filter(([, levels]) => [...levels.values()].some((n) => n > 0)).map(([kind]) => kind)

describe('platforms by kind and level', () => {
  it('counts platforms founded up to the last year by kind and level', () => {
    const by = query(f).byKindLevel
    expect(by.get('postdoc-base')?.get('provincial')).toBe(2)
    expect(by.get('postdoc-workstation')?.get('national')).toBe(1)
    expect(Object.fromEntries([...(by.get('key-lab') ?? [])].filter(([, n]) => n > 0))).toEqual({
      municipal: 1,
      provincial: 1,
    })
  })

  it('applies district, chain and year but not its own kind filter', () => {
    const sel = { ...f, district: ['370481'], platformKind: 'postdoc-base', year: { from: 2023, to: 2023 } }
    expect(kindsSeen(query(sel).byKindLevel).sort()).toEqual(['postdoc-base', 'postdoc-workstation'])
    expect(
      query({ ...f, chain: 'chemical' })
        .byKindLevel.get('key-lab')
        ?.get('municipal'),
    ).toBe(1)
  })
})

describe('growth', () => {
  const growth = (filters: Filters, years: number[]) => foundedGrowth(query(filters).byFounded, years)

  it('counts foundings per year and a running total that includes earlier years', () => {
    expect(growth(f, [2022, 2023, 2024])).toEqual([
      { year: 2022, founded: 2, cumulative: 3 },
      { year: 2023, founded: 1, cumulative: 4 },
      { year: 2024, founded: 1, cumulative: 5 },
    ])
  })

  it('ignores the year filter (its own key) but applies the others', () => {
    const points = growth({ ...f, year: { from: 2022, to: 2022 }, platformKind: 'key-lab' }, [2022, 2023, 2024])
    expect(points.map((p) => p.cumulative)).toEqual([1, 1, 2])
  })

  it('returns nothing without years', () => {
    expect(growth(f, [])).toEqual([])
  })
})

describe('platforms by district', () => {
  it('sums platforms and postdocs by district', () => {
    const by = query(f).byDistrict
    expect(by.get('370402')).toEqual({ count: 2, postdocs: 2 })
    expect(by.get('370481')).toEqual({ count: 3, postdocs: 8 })
  })

  it('follows the year range and the kind filter', () => {
    const by = query({ ...f, platformKind: 'postdoc-base', year: { from: 2019, to: 2021 } }).byDistrict
    expect(by.get('370402')).toEqual({ count: 1, postdocs: 2 })
    expect(by.get('370481')).toEqual({ count: 0, postdocs: 0 })
  })
})

describe('citedFacts', () => {
  const m = innovationMeta as Meta
  it('lists the asked facts in order with their source, skipping unknown ids', () => {
    const facts = citedFacts(m, ['postdoc-bases', 'nope', 'postdocs'], 'zh')
    expect(facts.map((x) => [x.id, x.value, x.label])).toEqual([
      ['postdoc-bases', 25, '省博士后创新实践基地'],
      ['postdocs', 24, '在站博士后'],
    ])
    expect(facts[0]?.source?.title).toBe('报道<b>')
  })

  it('uses English labels where present and falls back to Chinese', () => {
    const facts = citedFacts(m, ['postdocs', 'postdoc-bases', 'orphan'], 'en')
    expect(facts.map((x) => `${x.label} ${x.unit}`)).toEqual([
      'Postdocs people',
      '省博士后创新实践基地 个',
      '无来源 个',
    ])
    expect(facts[2]?.source).toBeNull()
  })

  it('is empty without meta or facts', () => {
    expect(citedFacts(null, ['postdocs'], 'zh')).toEqual([])
    expect(citedFacts({ ...m, facts: undefined }, ['postdocs'], 'zh')).toEqual([])
  })
})
