/**
 * Random points inside a district polygon, clustered around a few hubs (town
 * centres, development zones) so maps show believable clusters, not noise.
 * Coordinates are GCJ-02 like the bundled boundaries.
 */
import { readFileSync } from 'node:fs'
import { bbox, booleanPointInPolygon } from '@turf/turf'
import type { Boundaries } from '../src/domain/types.ts'
import type { Rng } from './random.ts'

export interface Hub {
  name: string
  lon: number
  lat: number
  weight: number
  sigmaKm: number
  /** Chains this hub attracts (its weight triples for them). */
  tags: readonly string[]
}

/** Hubs per district adcode; each lies inside its polygon (asserted by the tests). */
export const HUBS: Record<string, readonly Hub[]> = {
  '370402': [
    { name: '市中区城区', lon: 117.556, lat: 34.864, weight: 3, sigmaKm: 3, tags: ['it'] },
    { name: '市中经济开发区', lon: 117.6, lat: 34.84, weight: 2, sigmaKm: 4, tags: ['chemical', 'equipment'] },
  ],
  '370403': [
    { name: '薛城区城区', lon: 117.263, lat: 34.795, weight: 2, sigmaKm: 3, tags: [] },
    { name: '枣庄高新区', lon: 117.32, lat: 34.81, weight: 3, sigmaKm: 4, tags: ['lithium', 'it'] },
  ],
  '370404': [
    { name: '峄城区城区', lon: 117.59, lat: 34.773, weight: 2, sigmaKm: 3, tags: [] },
    { name: '峄城经济开发区', lon: 117.55, lat: 34.75, weight: 2, sigmaKm: 4, tags: ['materials', 'chemical'] },
  ],
  '370405': [
    { name: '台儿庄区城区', lon: 117.734, lat: 34.563, weight: 2, sigmaKm: 3, tags: [] },
    { name: '台儿庄经济开发区', lon: 117.69, lat: 34.585, weight: 2, sigmaKm: 4, tags: ['chemical', 'materials'] },
  ],
  '370406': [
    { name: '山亭区城区', lon: 117.461, lat: 35.099, weight: 2, sigmaKm: 3, tags: [] },
    { name: '山亭经济开发区', lon: 117.49, lat: 35.07, weight: 1, sigmaKm: 4, tags: ['equipment', 'materials'] },
  ],
  '370481': [
    { name: '滕州市城区', lon: 117.165, lat: 35.085, weight: 3, sigmaKm: 3.5, tags: [] },
    { name: '滕州经济开发区', lon: 117.21, lat: 35.065, weight: 3, sigmaKm: 4, tags: ['equipment', 'lithium', 'it'] },
    { name: '鲁南高科技化工园区', lon: 117.28, lat: 35.02, weight: 2, sigmaKm: 4, tags: ['chemical'] },
  ],
}

const BOUNDARY_URL = new URL('./data/zaozhuang-districts.geojson', import.meta.url)
let boundaryText: string | undefined

/** A fresh copy of the bundled district boundaries (GCJ-02, properties {adcode, name}). */
export function loadBoundaries(): Boundaries {
  boundaryText ??= readFileSync(BOUNDARY_URL, 'utf8')
  return JSON.parse(boundaryText) as Boundaries
}

type Feature = Boundaries['features'][number]

interface Area {
  feature: Feature
  box: [number, number, number, number]
  hubs: readonly Hub[]
}

export interface PointSampler {
  /** A point [lon, lat] inside the district, rounded to 6 decimals; `tag` (a chain id) favours hubs tagged with it. */
  sample(rng: Rng, adcode: string, tag?: string | null): [number, number]
  contains(adcode: string, lon: number, lat: number): boolean
}

const KM_PER_DEG_LAT = 111.32
const HUB_SHARE = 0.85
const MAX_TRIES = 60

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6

export function createPointSampler(boundaries: Boundaries): PointSampler {
  const areas = new Map<string, Area>()
  for (const feature of boundaries.features) {
    const box = bbox(feature) as [number, number, number, number]
    areas.set(feature.properties.adcode, { feature, box, hubs: HUBS[feature.properties.adcode] ?? [] })
  }
  const area = (adcode: string): Area => {
    const a = areas.get(adcode)
    if (!a) throw new Error(`no boundary for district ${adcode}`)
    return a
  }
  const inside = (a: Area, lon: number, lat: number): boolean => {
    const [x0, y0, x1, y1] = a.box
    if (lon < x0 || lon > x1 || lat < y0 || lat > y1) return false
    return booleanPointInPolygon([lon, lat], a.feature)
  }
  const candidate = (rng: Rng, a: Area, tag: string | null | undefined): [number, number] => {
    if (a.hubs.length > 0 && rng.chance(HUB_SHARE)) {
      const weights = a.hubs.map((h) => h.weight * (tag && h.tags.includes(tag) ? 3 : 1))
      const h = rng.weighted(a.hubs, weights)
      const dLat = rng.normal(0, h.sigmaKm) / KM_PER_DEG_LAT
      const dLon = rng.normal(0, h.sigmaKm) / (KM_PER_DEG_LAT * Math.cos((h.lat * Math.PI) / 180))
      return [round6(h.lon + dLon), round6(h.lat + dLat)]
    }
    const [x0, y0, x1, y1] = a.box
    return [round6(rng.float(x0, x1)), round6(rng.float(y0, y1))]
  }
  return {
    sample(rng, adcode, tag) {
      const a = area(adcode)
      for (let i = 0; i < MAX_TRIES; i++) {
        const [lon, lat] = candidate(rng, a, tag)
        if (inside(a, lon, lat)) return [lon, lat]
      }
      // Practically unreachable; the first hub is inside by construction (tested).
      const h = a.hubs[0]
      if (h) return [h.lon, h.lat]
      throw new Error(`could not place a point in ${adcode}`)
    },
    contains: (adcode, lon, lat) => inside(area(adcode), lon, lat),
  }
}
