/**
 * Colour-vision deficiency simulation (Machado, Oliveira & Fernandes 2009, severity 1.0, applied
 * in linear RGB) and CIEDE76 distances in CIELAB: a test-only reference for checking the palettes.
 */
export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia'

const M: Record<Exclude<Vision, 'normal'>, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)

function linearRgb(hex: string): number[] {
  const n = parseInt(hex.slice(1), 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => toLinear(v / 255))
}

/** The colour as seen with `vision`, in linear RGB (clamped). */
export function seen(hex: string, vision: Vision): number[] {
  const rgb = linearRgb(hex)
  if (vision === 'normal') return rgb
  return M[vision].map((row) =>
    Math.min(
      1,
      Math.max(
        0,
        row.reduce((s, m, i) => s + m * rgb[i]!, 0),
      ),
    ),
  )
}

/** CIELAB (D65) of a linear-RGB colour. */
export function lab([r, g, b]: number[]): [number, number, number] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

/** ΔE*76 between two colours as seen with `vision`. */
export function deltaE(a: string, b: string, vision: Vision): number {
  const [p, q] = [lab(seen(a, vision)), lab(seen(b, vision))]
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2])
}

/** Lightness L* as seen with `vision`. */
export const lightness = (hex: string, vision: Vision) => lab(seen(hex, vision))[0]
