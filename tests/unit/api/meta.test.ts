import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../../src/api/load.ts'
import { validBoundaries, validMeta, viaJson } from '../fixtures'

describe('meta', () => {
  it('passes a good meta through unchanged', () => {
    const body = viaJson(validMeta())
    const result = validateDataset('meta', body)
    expect(result).toEqual({ ok: true, data: body, dropped: { total: 0, byReason: {}, examples: [], rows: {} } })
  })

  it('fails as a whole when a required scalar is malformed, naming the field', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...validMeta(), asOf: '2024-13-40' }, 'meta.asOf: invalid-format'],
      [{ ...validMeta(), isSample: 'yes' }, 'meta.isSample: wrong-type'],
      [{ ...validMeta(), city: undefined }, 'meta.city: missing-field'],
      [{ ...validMeta(), districts: {} }, 'meta.districts: wrong-type'],
    ]
    for (const [body, message] of cases) {
      expect(validateDataset('meta', body)).toEqual({ ok: false, error: { dataset: 'meta', kind: 'shape', message } })
    }
  })

  it('drops bad list entries and counts them, keeping the rest', () => {
    const body: Record<string, unknown> = { ...viaJson(validMeta()) }
    const m = validMeta()
    body.chains = [
      { name: '无编号', nameEn: 'No id', segments: [] },
      {
        ...m.chains[0],
        segments: [...(m.chains[0]?.segments ?? []), { id: 'bms', name: 'BMS', nameEn: 'BMS', stage: 'sideways' }],
      },
    ]
    body.districts = [...m.districts, { adcode: '370402', name: '重复' }]
    body.years = [2019, 2020, 2020, 1800, 2024.5]
    body.sources = [...m.sources, { id: 'evil', title: 't', publisher: 'p', date: 'd', url: 'javascript:alert(1)' }]
    const result = validateDataset('meta', body)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.data.chains.map((c) => c.id)).toEqual(['lithium'])
    expect(result.data.chains[0]?.segments.map((s) => s.id)).toEqual(['salts', 'cathode', 'storage'])
    expect(result.data.districts).toEqual(m.districts)
    expect(result.data.years).toEqual([2019, 2020])
    expect(result.data.sources.map((s) => s.id)).toEqual(['gov-2024', 'stats'])
    expect(result.dropped.byReason).toEqual({
      'missing-field': 1,
      'invalid-value': 1,
      'duplicate-id': 2,
      'out-of-range': 1,
      'invalid-number': 1,
      'invalid-format': 1,
    })
    expect(result.dropped.total).toBe(7)
  })

  it('treats facts as optional', () => {
    const body: Record<string, unknown> = { ...viaJson(validMeta()) }
    delete body.facts
    const result = validateDataset('meta', body)
    expect(result.ok && result.data).not.toHaveProperty('facts')
  })
})

describe('boundaries', () => {
  it('passes Polygon and MultiPolygon features through unchanged', () => {
    const body = viaJson(validBoundaries())
    const result = validateDataset('boundaries', body)
    expect(result.ok && result.data).toEqual(body)
  })

  it('drops features with bad geometry or properties', () => {
    const good = validBoundaries().features[0]
    const features = [
      good,
      { ...good, geometry: { type: 'Point', coordinates: [117.5, 34.8] } },
      {
        ...good,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [117.5, 34.8],
              [117.6, null],
              [117.6, 34.9],
              [117.5, 34.8],
            ],
          ],
        },
      },
      {
        ...good,
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [117.5, 34.8],
              [117.5, 34.8],
            ],
          ],
        },
      },
      { ...good, properties: { name: '无编码' } },
      { ...good, geometry: null },
    ]
    const result = validateDataset('boundaries', { type: 'FeatureCollection', features })
    if (!result.ok) throw new Error(result.error.message)
    expect(result.data.features).toEqual([good])
    expect(result.dropped.byReason).toEqual({ 'invalid-geometry': 4, 'missing-field': 1 })
  })

  it('fails as a whole when it is not a FeatureCollection', () => {
    for (const body of [null, [], { type: 'Feature' }, { type: 'FeatureCollection', features: {} }]) {
      const result = validateDataset('boundaries', body)
      expect(result.ok ? null : result.error.kind).toBe('shape')
    }
  })
})
