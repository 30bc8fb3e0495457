import { describe, expect, it } from 'vitest'
import { fitStage } from '../../../src/domain/stage'
import { buildTourSteps } from '../../../src/domain/tour'
import { meta } from '../fixtures'

describe('fitStage', () => {
  it('fills a 16:9 window exactly', () => {
    expect(fitStage(3840, 2160)).toEqual({ scale: 2, left: 0, top: 0 })
    expect(fitStage(1920, 1080)).toEqual({ scale: 1, left: 0, top: 0 })
  })
  it('letterboxes an ultra-wide window left and right, never stretching', () => {
    const f = fitStage(5760, 1080)
    expect(f.scale).toBe(1)
    expect(f.left).toBe((5760 - 1920) / 2)
    expect(f.top).toBe(0)
  })
  it('letterboxes a 4:3 window top and bottom', () => {
    const f = fitStage(1024, 768)
    expect(f.scale).toBeCloseTo(1024 / 1920)
    expect(f.left).toBe(0)
    expect(f.top).toBeCloseTo((768 - 1080 * (1024 / 1920)) / 2)
  })
  it('keeps a sane value for an empty window', () => {
    expect(fitStage(0, 0)).toEqual({ scale: 1, left: 0, top: 0 })
  })
})

describe('buildTourSteps', () => {
  const steps = buildTourSteps(meta)
  it('visits the four views, then chains with lithium first, then districts', () => {
    expect(steps.slice(0, 4).map((s) => s.route)).toEqual(['/', '/talent', '/industry', '/innovation'])
    expect(steps[4]?.filters.chain).toBe('lithium')
    expect(steps.filter((s) => s.focus.kind === 'chain')).toHaveLength(meta.chains.length)
    expect(steps.filter((s) => s.focus.kind === 'district').map((s) => s.filters.district)).toEqual(
      meta.districts.map((d) => [d.adcode]),
    )
  })
})
