import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { districtsBbox } from '../../../src/map/bounds'
import type { Boundaries } from '../../../src/domain/types'

const boundaries = JSON.parse(readFileSync(path.resolve('mock/data/zaozhuang-districts.geojson'), 'utf8')) as Boundaries

/** The extent of the outer rings of some districts, the plain way. */
function extent(adcodes: string[]): number[] {
  const coords = boundaries.features
    .filter((f) => !adcodes.length || adcodes.includes(f.properties.adcode))
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
    .flatMap((p) => p[0] ?? [])
  const xs = coords.map((c) => c[0] ?? 0)
  const ys = coords.map((c) => c[1] ?? 0)
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]
}

describe('districtsBbox', () => {
  it('frames every district when none is selected, else the selected ones', () => {
    expect(districtsBbox(boundaries, [])).toEqual(extent([]))
    expect(districtsBbox(boundaries, ['370481'])).toEqual(extent(['370481']))
    expect(districtsBbox(boundaries, ['370402', '370481'])).toEqual(extent(['370402', '370481']))
  })

  it('frames nothing for unknown districts', () => {
    expect(districtsBbox(boundaries, ['000000'])).toBeNull()
  })
})
