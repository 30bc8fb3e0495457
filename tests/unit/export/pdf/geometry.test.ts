import { describe, expect, it } from 'vitest'
import { apply, invert, multiply, parseColor } from '../../../../src/export/pdf/geometry'
import { PathRecorder } from '../../../../src/export/pdf/pathData'

const close = (a: readonly number[], b: readonly number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i] ?? NaN, 6))

describe('geometry', () => {
  it('applies the inner matrix first', () => {
    const translate = [1, 0, 0, 1, 10, 0] as const
    const scale = [2, 0, 0, 2, 0, 0] as const
    close(apply(multiply(translate, scale), 1, 1), [12, 2])
    close(apply(multiply(scale, translate), 1, 1), [22, 2])
  })
  it('multiplies and inverts', () => {
    const m = multiply([2, 0, 0, 3, 5, 7], [1, 0.5, 0, 1, 1, 1])
    close(multiply(m, invert(m)!), [1, 0, 0, 1, 0, 0])
    expect(invert([0, 0, 0, 0, 1, 1])).toBeNull()
  })
  it('parses the colours ECharts writes', () => {
    expect(parseColor('#5070dd')).toEqual({ r: 0x50 / 255, g: 0x70 / 255, b: 0xdd / 255, a: 1 })
    expect(parseColor('#fff')).toEqual({ r: 1, g: 1, b: 1, a: 1 })
    expect(parseColor('rgba(255,0,0,0.5)')).toEqual({ r: 1, g: 0, b: 0, a: 0.5 })
    expect(parseColor('white')?.r).toBe(1)
    expect(parseColor('none')).toBeNull()
    expect(parseColor('transparent')).toBeNull()
    expect(parseColor('url(#g)')).toBeNull()
  })
})

describe('PathRecorder', () => {
  it('records canvas path calls as SVG path data', () => {
    const r = new PathRecorder()
    r.moveTo(0, 0)
    r.lineTo(10, 0)
    r.bezierCurveTo(1, 2, 3, 4, 5, 6)
    r.quadraticCurveTo(1, 1, 2, 2)
    r.closePath()
    r.rect(1, 2, 3, 4)
    expect(r.toString()).toBe('M0 0L10 0C1 2 3 4 5 6Q1 1 2 2ZM1 2L4 2L4 6L1 6Z')
  })
  it('draws arcs in quarter pieces in the canvas direction', () => {
    const r = new PathRecorder()
    r.arc(0, 0, 10, 0, Math.PI * 2)
    const d = r.toString()
    expect(d.startsWith('M10 0A10 10 0 0 1 ')).toBe(true)
    expect(d.match(/A/g)).toHaveLength(4)
    const ccw = new PathRecorder()
    ccw.moveTo(0, 0)
    ccw.arc(0, 0, 10, 0, Math.PI / 2, true)
    expect(ccw.toString()).toMatch(/^M0 0L10 0(A10 10 0 0 0 [-\d. ]+){3}$/)
  })
})
