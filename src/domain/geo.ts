/**
 * GCJ-02 ↔ WGS-84. The bundled boundaries and sample points are GCJ-02 (as most Chinese map
 * data); a WGS-84 basemap needs them shifted back. Standard Krasovsky-ellipsoid offset model;
 * the inverse is iterative and accurate to well under a metre.
 */
const A = 6378245.0
const EE = 0.00669342162296594323

function outOfChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function transformLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3
  return r
}

function transformLon(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  return r
}

export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  if (outOfChina(lon, lat)) return [lon, lat]
  const radLat = (lat / 180) * Math.PI
  let magic = Math.sin(radLat)
  magic = 1 - EE * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  const dLat = (transformLat(lon - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI)
  const dLon = (transformLon(lon - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return [lon + dLon, lat + dLat]
}

export function gcj02ToWgs84(lon: number, lat: number): [number, number] {
  if (outOfChina(lon, lat)) return [lon, lat]
  let wLon = lon
  let wLat = lat
  for (let i = 0; i < 6; i++) {
    const [gLon, gLat] = wgs84ToGcj02(wLon, wLat)
    wLon -= gLon - lon
    wLat -= gLat - lat
  }
  return [wLon, wLat]
}

/** Applies a coordinate converter to every position of a Polygon/MultiPolygon geometry. */
export function mapPolygonCoords<
  G extends { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] },
>(g: G, fn: (lon: number, lat: number) => [number, number]): G {
  const ring = (r: number[][]) => r.map(([x = 0, y = 0]) => fn(x, y))
  if (g.type === 'Polygon') return { ...g, coordinates: g.coordinates.map(ring) }
  return { ...g, coordinates: g.coordinates.map((p) => p.map(ring)) }
}

/** The datasets with every coordinate converted (boundaries, firms, platforms). */
export function convertDatasets<
  D extends {
    boundaries?: { features: { geometry: Parameters<typeof mapPolygonCoords>[0] }[] }
    enterprises?: { items: { lon: number; lat: number }[] }
    platforms?: { items: { lon: number; lat: number }[] }
  },
>(d: D, fn: (lon: number, lat: number) => [number, number]): D {
  const point = <T extends { lon: number; lat: number }>(p: T): T => {
    const [lon, lat] = fn(p.lon, p.lat)
    return { ...p, lon, lat }
  }
  return {
    ...d,
    boundaries: d.boundaries && {
      ...d.boundaries,
      features: d.boundaries.features.map((f) => ({ ...f, geometry: mapPolygonCoords(f.geometry, fn) })),
    },
    enterprises: d.enterprises && { ...d.enterprises, items: d.enterprises.items.map(point) },
    platforms: d.platforms && { ...d.platforms, items: d.platforms.items.map(point) },
  }
}
