import { expect } from 'vitest'

/** Measures that are sums of fractional values (output value, 亿元); every other number is a count. */
const FRACTIONAL = new Set(['outputValue'])

/**
 * Asserts two engine-shaped values are the same: Maps with the same keys in the same order,
 * objects with the same keys, numbers equal — counts exactly, fractional sums to 1e-9 relative
 * (even when the engine's sum happens to be whole), as the database adds them in another order.
 */
export function expectSame(actual: unknown, expected: unknown, path = '$'): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number')
    const a = actual as number
    const key = path.slice(path.lastIndexOf('.') + 1)
    if (!FRACTIONAL.has(key)) expect(a, path).toBe(expected)
    else expect(Math.abs(a - expected), path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)))
    return
  }
  if (expected instanceof Map) {
    expect(actual, path).toBeInstanceOf(Map)
    const am = actual as Map<unknown, unknown>
    expect([...am.keys()], `${path} keys`).toEqual([...expected.keys()])
    for (const [k, v] of expected) expectSame(am.get(k), v, `${path}[${String(k)}]`)
    return
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual, path).toBeTypeOf('object')
    expect(Object.keys(actual as object).sort(), `${path} keys`).toEqual(Object.keys(expected).sort())
    for (const [k, v] of Object.entries(expected)) expectSame((actual as Record<string, unknown>)[k], v, `${path}.${k}`)
    return
  }
  expect(actual, path).toEqual(expected)
}
