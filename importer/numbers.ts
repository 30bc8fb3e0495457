/** Numbers and years as spreadsheets write them. A cell that is not a number gives NaN, for the app's checks to reject. */
import { valueKey } from './text.ts'

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 }

/**
 * A number cell: thousands separators, full-width digits and a trailing count word (人, 个, 家, 名, 岁)
 * are allowed, and a trailing 万 / 亿 multiplies. Empty → null; anything else unreadable → NaN.
 */
export function parseNumber(text: string): number | null {
  let s = valueKey(text).replace(/,/g, '')
  if (s === '') return null
  s = s.replace(/(周岁|岁|人|个|家|名|项|位)$/, '')
  const unit = MULTIPLIERS[s.slice(-1)]
  if (unit) s = s.slice(0, -1)
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return Number.NaN
  return unit ? Number(s) * unit : Number(s)
}

/** Excel's serial day 1 is 1900-01-01; serials in this range are dates of 1908–2119. */
const SERIAL_MIN = 3000
const SERIAL_MAX = 80000

/**
 * A year cell: 2015, 2015-06-01, 2015/6/1, 2015年6月, 2015.06, 201506, 20150601, or an Excel date serial.
 * Empty → null; no four-digit year → NaN.
 */
export function parseYear(text: string): number | null {
  const s = valueKey(text)
  if (s === '') return null
  const m = /^(\d{4})(?:$|[-/.年])/.exec(s) ?? /^(\d{4})\d{2}(?:\d{2})?$/.exec(s)
  if (m) return Number(m[1])
  const n = Number(s)
  if (Number.isInteger(n) && n > SERIAL_MIN && n < SERIAL_MAX) {
    return new Date(Date.UTC(1899, 11, 30) + n * 86_400_000).getUTCFullYear()
  }
  return Number.NaN
}
