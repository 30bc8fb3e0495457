import { describe, expect, it } from 'vitest'
import { COLORS, RAMP } from '../../../src/theme'
import { deltaE, lightness, type Vision } from './vision'

const VISIONS: readonly Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia']

/** The smallest ΔE*76 between any two of `colours` as seen with `vision`. */
function closest(colours: readonly string[], vision: Vision) {
  let min = { d: Infinity, pair: '' }
  for (let i = 0; i < colours.length; i++)
    for (let j = i + 1; j < colours.length; j++) {
      const d = deltaE(colours[i]!, colours[j]!, vision)
      if (d < min.d) min = { d, pair: `${colours[i]} ${colours[j]}` }
    }
  return min
}

describe('palettes for colour-blind readers (Machado 2009 simulation, ΔE*76 in CIELAB)', () => {
  it('the five chain colours stay apart with every kind of dichromacy', () => {
    for (const v of VISIONS) {
      const { d, pair } = closest(COLORS.series.slice(0, 5), v)
      expect(d, `${v}: ${pair}`).toBeGreaterThanOrEqual(25)
    }
  })

  it('selected, unselected and muted bars differ for everyone', () => {
    for (const v of VISIONS) {
      const { d, pair } = closest([COLORS.selected, COLORS.primary, COLORS.muted], v)
      expect(d, `${v}: ${pair}`).toBeGreaterThanOrEqual(25)
    }
  })

  it('shortage and surplus (warning and ok) differ for everyone', () => {
    for (const v of VISIONS) expect(deltaE(COLORS.warning, COLORS.ok, v), v).toBeGreaterThanOrEqual(15)
  })

  it('the choropleth ramp reads light to dark by lightness alone, whatever the colour vision', () => {
    for (const v of VISIONS) {
      const l = RAMP.map((c) => lightness(c, v))
      for (let i = 1; i < l.length; i++) expect(l[i - 1]! - l[i]!, `${v} step ${i}`).toBeGreaterThanOrEqual(8)
    }
  })

  it('the simulation itself: red and green that a deuteranope confuses come out close', () => {
    expect(deltaE('#d62728', '#2ca02c', 'normal')).toBeGreaterThan(80)
    expect(deltaE('#cc5500', '#668800', 'deuteranopia')).toBeLessThan(15)
  })
})
