/**
 * Clusters of the firms passing the filters, for the cluster worker: the firms' positions are held once,
 * a filter outcome (the cube's per-cell pass bitmap, the named firms of a search) selects the points, a
 * supercluster index is built over them, and a viewport gets its clusters and points as GeoJSON. Same
 * options as MapLibre's clustered source of the small-data path, so the map looks the same either way.
 */
import Supercluster from 'supercluster'
import type { BBox, FirmPoints } from '../map/clusterClient.ts'

/** MapLibre's `clusterRadius: 50, clusterMaxZoom: 14` on its 512-px tiles (see `firmSources`). */
const OPTIONS = { radius: 50, extent: 512, maxZoom: 14, minPoints: 2 }

interface FirmProps {
  chain: string
}
type FirmPoint = GeoJSON.Feature<GeoJSON.Point, FirmProps>

/**
 * The records whose cell passes (`pass[cell[i]]`, every record when `pass` is null) and, with a search,
 * that are among `named` (record indexes, ascending), in record order.
 */
export function passingIndices(
  cell: ArrayLike<number>,
  pass: ArrayLike<number> | null,
  named: ArrayLike<number> | null,
): Uint32Array {
  const ok = (i: number) => !pass || !!pass[cell[i] as number]
  if (named) return Uint32Array.from(Array.from(named).filter((i) => i >= 0 && i < cell.length && ok(i)))
  const out = new Uint32Array(cell.length)
  let n = 0
  for (let i = 0; i < cell.length; i++) if (ok(i)) out[n++] = i
  return out.slice(0, n)
}

export class FirmClusters {
  private readonly made: (FirmPoint | undefined)[]
  private index: Supercluster<FirmProps> | null = null
  /** Points the index holds (the filtered firm count). */
  total = 0

  constructor(private readonly points: FirmPoints) {
    this.made = new Array<FirmPoint | undefined>(points.lon.length)
  }

  /** Feature `i` (its id the record index, as the small-data path's), made on first use and kept. */
  private feature(i: number): FirmPoint {
    const p = this.points
    return (this.made[i] ??= {
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: [p.lon[i] as number, p.lat[i] as number] },
      properties: { chain: p.chains[p.chain[i] as number] ?? '' },
    })
  }

  /** Rebuilds the index over the records passing this filter outcome. */
  filter(pass: Uint8Array | null, named: ArrayLike<number> | null): void {
    const ids = passingIndices(this.points.cell, pass, named)
    const features = Array.from(ids, (i) => this.feature(i))
    this.index = new Supercluster<FirmProps>(OPTIONS).load(features)
    this.total = ids.length
  }

  /** The clusters and unclustered points inside `bbox` at (whole) `zoom`, as MapLibre's clustered source shows them. */
  view(bbox: BBox, zoom: number): GeoJSON.FeatureCollection {
    if (!this.index) this.filter(null, null)
    const features = (this.index as Supercluster<FirmProps>).getClusters(bbox, Math.floor(zoom))
    return { type: 'FeatureCollection', features }
  }

  /** The zoom where cluster `id` splits; null when this index has no such cluster. */
  expansionZoom(id: number): number | null {
    try {
      return this.index?.getClusterExpansionZoom(id) ?? null
    } catch {
      return null
    }
  }
}
