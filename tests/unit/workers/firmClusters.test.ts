import { describe, expect, it } from 'vitest'
import { FirmClusters, passingIndices } from '../../../src/workers/firmClusters'
import type { FirmPoints } from '../../../src/map/clusterClient'

/** `n` firms on a line across Zaozhuang, cell i % 3, chain i % 2. */
function points(n: number): FirmPoints {
  const lon = Float64Array.from({ length: n }, (_, i) => 117.2 + (0.6 * i) / n)
  const lat = Float64Array.from({ length: n }, (_, i) => 34.6 + (0.5 * i) / n)
  return {
    lon,
    lat,
    cell: Uint32Array.from({ length: n }, (_, i) => i % 3),
    chain: Uint16Array.from({ length: n }, (_, i) => i % 2),
    chains: ['lithium', 'coal'],
  }
}

const CITY: [number, number, number, number] = [116, 34, 119, 36]

function counted(fc: GeoJSON.FeatureCollection) {
  let clusters = 0
  let points = 0
  for (const f of fc.features) {
    const n = (f.properties as { point_count?: number }).point_count
    if (n === undefined) points++
    else clusters += n
  }
  return { total: clusters + points, points }
}

describe('passingIndices', () => {
  const cell = [0, 1, 2, 0, 1, 2]
  it('keeps the records whose cell passes, in record order', () => {
    expect(Array.from(passingIndices(cell, Uint8Array.of(1, 0, 1), null))).toEqual([0, 2, 3, 5])
  })
  it('keeps every record without a pass bitmap', () => {
    expect(Array.from(passingIndices(cell, null, null))).toEqual([0, 1, 2, 3, 4, 5])
  })
  it('with a search: only the named records whose cell passes (out-of-range ids dropped)', () => {
    expect(Array.from(passingIndices(cell, Uint8Array.of(1, 0, 1), [1, 2, 3, 99]))).toEqual([2, 3])
    expect(Array.from(passingIndices(cell, null, []))).toEqual([])
  })
})

describe('FirmClusters', () => {
  it('a whole-city view at a low zoom counts every passing firm once (clusters + points)', () => {
    const c = new FirmClusters(points(3000))
    expect(counted(c.view(CITY, 5)).total).toBe(3000)
    c.filter(Uint8Array.of(1, 0, 0), null)
    expect(c.total).toBe(1000)
    expect(counted(c.view(CITY, 8.7)).total).toBe(1000)
    c.filter(Uint8Array.of(0, 1, 1), [1, 2, 3, 4])
    expect(counted(c.view(CITY, 3)).total).toBe(3)
  })

  it('past the cluster zoom a view gives the points, each with its record index as id and its chain', () => {
    const c = new FirmClusters(points(30))
    c.filter(Uint8Array.of(1, 1, 1), [0, 1])
    const got = c.view(CITY, 15).features
    expect(got.map((f) => f.id).sort()).toEqual([0, 1])
    expect(got.map((f) => (f.properties as { chain: string }).chain).sort()).toEqual(['coal', 'lithium'])
  })

  it('clusters carry MapLibre’s properties; a cluster’s expansion zoom splits it; an unknown id gives null', () => {
    const c = new FirmClusters(points(5000))
    const cluster = c.view(CITY, 6).features.find((f) => f.properties?.cluster)
    expect(cluster?.properties).toMatchObject({ cluster: true, point_count_abbreviated: expect.anything() })
    const zoom = c.expansionZoom(cluster?.properties?.cluster_id as number)
    expect(zoom).toBeGreaterThan(6)
    expect(c.expansionZoom(-12345)).toBeNull()
  })
})
