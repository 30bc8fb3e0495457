/** The kind of place introduced talent came from: a university (campus hire) or a region. */
import { valueKey } from '../text.ts'

const UNIVERSITY = new Set(
  ['university', 'campus', '高校', '大学', '院校', '学校', '高等院校', '高等学校'].map(valueKey),
)
const REGION = new Set(['region', 'area', '地区', '区域', '省份', '城市', '地域'].map(valueKey))
const LOOKS_ACADEMIC = /大学|学院|学校|university|college|institute|school/i

/** 高校 / university → "university", 地区 / region → "region", other text as written; empty → guessed from the source's name. */
export function sourceTypeOf(typeText: string, source: string): string {
  const key = valueKey(typeText)
  if (UNIVERSITY.has(key)) return 'university'
  if (REGION.has(key)) return 'region'
  if (key) return typeText.trim()
  return LOOKS_ACADEMIC.test(source) ? 'university' : 'region'
}
