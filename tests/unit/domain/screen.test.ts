import { describe, expect, it } from 'vitest'
import { STAGES, fitStage, stageShapeFor } from '../../../src/domain/stage'
import { buildTourSteps } from '../../../src/domain/tour'
import { meta } from '../fixtures'

/** The window's fit of the design nearest its aspect. */
function fitWindow(w: number, h: number) {
  const shape = stageShapeFor(w, h)
  return { shape, ...fitStage(w, h, STAGES[shape].width, STAGES[shape].height) }
}

describe('stageShapeFor', () => {
  it('takes the design nearest the window aspect', () => {
    expect(stageShapeFor(1920, 1080)).toBe('wide')
    expect(stageShapeFor(3840, 2160)).toBe('wide')
    expect(stageShapeFor(1366, 768)).toBe('wide')
    expect(stageShapeFor(1024, 768)).toBe('wide') // 4:3
    expect(stageShapeFor(2560, 1080)).toBe('wide') // 21:9
    expect(stageShapeFor(1080, 1920)).toBe('portrait')
    expect(stageShapeFor(768, 1024)).toBe('portrait') // 3:4
    expect(stageShapeFor(5760, 1080)).toBe('ultrawide')
    expect(stageShapeFor(3840, 1080)).toBe('ultrawide') // 32:9
  })
  it('keeps the 16:9 design for an empty window', () => {
    expect(stageShapeFor(0, 0)).toBe('wide')
  })
})

describe('fitStage', () => {
  it('fills a window of the design aspect exactly', () => {
    expect(fitWindow(3840, 2160)).toEqual({ shape: 'wide', scale: 2, left: 0, top: 0 })
    expect(fitWindow(1920, 1080)).toEqual({ shape: 'wide', scale: 1, left: 0, top: 0 })
    expect(fitWindow(1080, 1920)).toEqual({ shape: 'portrait', scale: 1, left: 0, top: 0 })
    expect(fitWindow(5760, 1080)).toEqual({ shape: 'ultrawide', scale: 1, left: 0, top: 0 })
    expect(fitWindow(2880, 540)).toEqual({ shape: 'ultrawide', scale: 0.5, left: 0, top: 0 })
  })
  it('letterboxes only the remainder, never stretching', () => {
    const wide = fitWindow(3440, 1440) // 21:9 on the 16:9 design: bars left and right
    expect(wide.scale).toBeCloseTo(1440 / 1080)
    expect(wide.left).toBeCloseTo((3440 - 1920 * (1440 / 1080)) / 2)
    expect(wide.top).toBe(0)
    const fourThree = fitWindow(1024, 768) // bars top and bottom
    expect(fourThree.scale).toBeCloseTo(1024 / 1920)
    expect(fourThree.left).toBe(0)
    expect(fourThree.top).toBeCloseTo((768 - 1080 * (1024 / 1920)) / 2)
    const tall = fitWindow(1200, 1920) // portrait design, bars left and right
    expect(tall.shape).toBe('portrait')
    expect(tall.scale).toBe(1)
    expect(tall.left).toBe(60)
  })
  it('keeps a sane value for an empty window', () => {
    expect(fitStage(0, 0, 1920, 1080)).toEqual({ scale: 1, left: 0, top: 0 })
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
