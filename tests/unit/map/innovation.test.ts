import { describe, expect, it } from 'vitest'
import { COLORS } from '../../../src/theme'
import {
  PLATFORM_CIRCLE,
  PLATFORM_SOURCE,
  PLATFORM_SYMBOL,
  platformFeatures,
  platformKindColor,
  platformKindStyles,
  platformLayers,
  platformLevelFilter,
} from '../../../src/map/platforms'
import { innovationPlatforms } from '../fixtures'

const kinds = [
  { id: 'postdoc-workstation', name: '工作站' },
  { id: 'postdoc-base', name: '基地' },
  { id: 'key-lab', name: '重点实验室' },
  { id: 'new-kind', name: '新类型' },
]

describe('platformKindStyles', () => {
  it('gives each kind a distinct colour and a letter', () => {
    const styles = platformKindStyles(kinds)
    expect(styles.map((s) => s.letter)).toEqual(['W', 'B', 'L', 'N'])
    expect(new Set(styles.map((s) => s.color)).size).toBe(4)
    expect(styles[0]?.color).toBe(COLORS.series[0])
  })
})

describe('platformFeatures', () => {
  it('makes one point per platform with id, kind, level and letter', () => {
    const fc = platformFeatures(innovationPlatforms.slice(0, 2), platformKindStyles(kinds))
    expect(fc.features).toHaveLength(2)
    expect(fc.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [117.5, 34.8] },
      properties: { id: 'a', kind: 'postdoc-base', level: 'provincial', letter: 'B' },
    })
  })
})

describe('platformLayers', () => {
  const layers = platformLayers(platformKindStyles(kinds), ['national', 'provincial'])

  it('draws circles coloured by kind and sized by level, then the letters, on the platform source', () => {
    expect(layers.map((l) => [l.id, l.type])).toEqual([
      [PLATFORM_CIRCLE, 'circle'],
      [PLATFORM_SYMBOL, 'symbol'],
    ])
    const circle = layers[0] as { source: string; paint: Record<string, unknown>; filter: unknown; metadata: unknown }
    expect(circle.source).toBe(PLATFORM_SOURCE)
    expect(circle.paint['circle-radius']).toEqual(['match', ['get', 'level'], 'national', 11, 'provincial', 8, 6])
    expect(circle.filter).toEqual(['in', ['get', 'level'], ['literal', ['national', 'provincial']]])
    expect(circle.metadata).toEqual({ 'zz:pointer': true })
  })

  it('matches every kind to its colour with a muted fallback', () => {
    const expr = platformKindColor(platformKindStyles(kinds.slice(0, 2)))
    expect(expr).toEqual([
      'match',
      ['get', 'kind'],
      'postdoc-workstation',
      COLORS.series[0],
      'postdoc-base',
      COLORS.series[1],
      COLORS.muted,
    ])
    expect(platformKindColor([])).toBe(COLORS.primary)
  })

  it('filters by level', () => {
    expect(platformLevelFilter([])).toEqual(['in', ['get', 'level'], ['literal', []]])
  })
})
