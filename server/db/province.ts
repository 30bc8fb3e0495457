/**
 * A synthetic province for the server benchmarks: `cities` copies of the generated city, each
 * from its own seed at `cityScale`, laid side by side on a 4-wide grid (points and district
 * polygons shifted), with district codes 37CCDD and prefixed ids. 16 cities at scale 31 give
 * ≈ 10M talent cells before roll-up and ≈ 2M firms. One city is generated, checked and copied
 * at a time, so memory stays that of one city. Not checked by the browser's schemas, whose
 * coordinate bounds are the city's.
 */
import { generate } from '../../mock/generate.ts'
import type { Boundaries, Datasets, Meta } from '../../src/domain/types.ts'
import type { Chunk, LoadSource } from './sources.ts'

export interface ProvinceOptions {
  cities: number
  cityScale: number
  seed?: number
}

const DX = 1.3
const DY = 0.9

const cityCode = (c: number) => String(c + 1).padStart(2, '0')
const remap = (adcode: string, c: number) => `37${cityCode(c)}${adcode.slice(4)}`

function offset(c: number, cities: number): [number, number] {
  const cols = Math.min(4, cities)
  const rows = Math.ceil(cities / cols)
  return [((c % cols) - (cols - 1) / 2) * DX, (Math.floor(c / cols) - (rows - 1) / 2) * DY]
}

function shiftRing(ring: number[][], [dx, dy]: [number, number]): number[][] {
  return ring.map(([x = 0, y = 0]) => [x + dx, y + dy])
}

function provinceMeta(template: Meta, cities: number, seed: number, cityScale: number): Meta {
  return {
    ...template,
    city: { name: `示例省（${cities} 市）`, adcode: '370000' },
    dataVersion: `v1-province-seed${seed}-${cities}x${cityScale}`,
    districts: Array.from({ length: cities }, (_, c) =>
      template.districts.map((d) => ({
        ...d,
        adcode: remap(d.adcode, c),
        name: `${d.name}·${cityCode(c)}`,
        ...(d.nameEn ? { nameEn: `${d.nameEn} ${cityCode(c)}` } : {}),
      })),
    ).flat(),
    facts: [],
  }
}

function provinceBoundaries(template: Boundaries, cities: number): Boundaries {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: cities }, (_, c) => {
      const d = offset(c, cities)
      return template.features.map((f) => ({
        type: 'Feature' as const,
        properties: { adcode: remap(f.properties.adcode, c), name: `${f.properties.name}·${cityCode(c)}` },
        geometry:
          f.geometry.type === 'Polygon'
            ? { type: 'Polygon' as const, coordinates: f.geometry.coordinates.map((r) => shiftRing(r, d)) }
            : {
                type: 'MultiPolygon' as const,
                coordinates: f.geometry.coordinates.map((p) => p.map((r) => shiftRing(r, d))),
              },
      }))
    }).flat(),
  }
}

/** One generated city moved to its place in the province. */
function city(data: Datasets, c: number, cities: number): Omit<Datasets, 'meta' | 'boundaries'> {
  const [dx, dy] = offset(c, cities)
  const id = (s: string) => `c${cityCode(c)}-${s}`
  return {
    talent: {
      cells: data.talent.cells.map((r) => ({ ...r, district: remap(r.district, c) })),
      demand: data.talent.demand.map((r) => ({ ...r, district: remap(r.district, c) })),
      sources: data.talent.sources,
    },
    enterprises: {
      items: data.enterprises.items.map((e) => ({
        ...e,
        id: id(e.id),
        district: remap(e.district, c),
        lon: e.lon + dx,
        lat: e.lat + dy,
      })),
    },
    platforms: {
      items: data.platforms.items.map((p) => ({
        ...p,
        id: id(p.id),
        district: remap(p.district, c),
        lon: p.lon + dx,
        lat: p.lat + dy,
        host: p.host === null ? null : id(p.host),
        partners: p.partners.map(id),
      })),
    },
  }
}

export function provinceSource(opts: ProvinceOptions): LoadSource {
  const seed = opts.seed ?? 20241231
  const template = generate({ seed, scale: 1 })
  const meta = provinceMeta(template.meta, opts.cities, seed, opts.cityScale)
  const boundaries = provinceBoundaries(template.boundaries, opts.cities)
  const dropped = {}
  return {
    label: `province: ${opts.cities} cities at scale ${opts.cityScale}, seed ${seed}`,
    meta,
    boundaries,
    dropped,
    *chunks(): Generator<Chunk> {
      for (let c = 0; c < opts.cities; c++) {
        // Generated, so not checked: the browser's schemas bound points to the city's box, which
        // a province of 16 cities side by side leaves by design.
        const d = city(generate({ seed: seed + c, scale: opts.cityScale }), c, opts.cities)
        yield { talent: d.talent, enterprises: d.enterprises.items, platforms: d.platforms.items }
      }
    },
  }
}
