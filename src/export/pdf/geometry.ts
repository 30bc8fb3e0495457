/** Affine matrix [a, b, c, d, e, f] as in SVG and PDF: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number]

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

/** `outer × inner`: a point goes through `inner` first, then `outer` (SVG nesting order). */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer
  const [A, B, C, D, E, F] = inner
  return [a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f]
}

export function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
}

/** The inverse, or null when the matrix collapses space (a zero scale). */
export function invert(m: Matrix): Matrix | null {
  const [a, b, c, d, e, f] = m
  const det = a * d - b * c
  if (!det) return null
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]
}

/** A colour with each channel in 0…1. */
export interface Rgba {
  r: number
  g: number
  b: number
  a: number
}

const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  gray: '#808080',
  grey: '#808080',
  orange: '#ffa500',
  yellow: '#ffff00',
}

/** `#rgb`, `#rrggbb(aa)`, `rgb()`, `rgba()` and a few names; null for none, transparent or unknown. */
export function parseColor(input: string | null | undefined): Rgba | null {
  const s = (input ?? '').trim().toLowerCase()
  if (!s || s === 'none' || s === 'transparent') return null
  const hex = /^#([0-9a-f]{3,8})$/.exec(NAMED[s] ?? s)?.[1]
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((ch) => ch + ch).join('') : hex
    const at = (i: number) => parseInt(full.slice(i, i + 2), 16) / 255
    return { r: at(0), g: at(2), b: at(4), a: full.length === 8 ? at(6) : 1 }
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(s)?.[1]
  if (!fn) return null
  const [r = 0, g = 0, b = 0, a = 1] = fn
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number)
  if (![r, g, b, a].every(Number.isFinite)) return null
  return { r: r / 255, g: g / 255, b: b / 255, a }
}
