import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl'
import { BLANK_IMAGE } from './style'
import { COLORS } from '@/theme'
import type { FirmPoints } from './clusterClient'
import { POINTER } from './pointer'
import { emptySource } from './sources'

/** Clustered (in the worker) source for the cluster mode; a plain one for the heatmap. */
export const FIRM_CLUSTER_SOURCE = 'firms-clustered'
export const FIRM_HEAT_SOURCE = 'firms-heat'
export const FIRM_HEX_SOURCE = 'firms-hex'
/**
 * Large datasets: a plain source holding the clusters and points of the viewport, computed in the cluster
 * worker (clusterClient.ts), so a filter change sends no point to MapLibre.
 */
export const FIRM_VIEW_SOURCE = 'firms-view'

/** From this many firms the clusters are made in the cluster worker (below, MapLibre clusters the source). */
export const WORKER_CLUSTER_FIRMS = 20_000

/**
 * The clustered source's twin holding every firm, filled once: while no filter narrows the firms the
 * cluster layers read it, so clearing the filters costs no upload of 200k points (see pointUpdate.ts).
 */
export function allPointsSource(source: string): string {
  return `${source}-all`
}

export const FIRM_CLUSTER_LAYER = 'firm-clusters'
export const FIRM_CLUSTER_COUNT_LAYER = 'firm-cluster-count'
export const FIRM_POINT_LAYER = 'firm-points'
export const FIRM_HEAT_LAYER = 'firm-heat'
export const FIRM_HEX_LAYER = 'firm-hex'
export const FIRM_HEX_LINE_LAYER = 'firm-hex-line'

export type FirmLayerMode = 'clusters' | 'heatmap' | 'hexbin'
export const FIRM_LAYER_MODES: readonly FirmLayerMode[] = ['clusters', 'heatmap', 'hexbin']

/** Hex side in km. */
export const HEX_CELL_KM = 2

/** Cluster circle steps by point count: [colour, radius] below each threshold. */
export const CLUSTER_STEPS = [
  { min: 0, color: '#7fb0ee', radius: 14 },
  { min: 50, color: '#3f86df', radius: 19 },
  { min: 300, color: '#1a5fc0', radius: 25 },
  { min: 2000, color: '#0b3d8a', radius: 32 },
]

export const HEAT_RAMP = ['rgba(33,102,172,0)', '#67a9cf', '#d1e5f0', '#fddbc7', '#ef8a62', '#b2182b']

/**
 * The hexbins' ramp, few to many: warm, so the hexes never read as the districts' blue
 * choropleth (which gives way to a plain base under them anyway).
 */
export const HEX_RAMP = ['#fff1b8', '#ffd37a', '#ffaa55', '#f77b3a', '#dc4b2b', '#a8201a']

/**
 * A firm point's properties: its chain (the colour) and its roll-up cell in the firm cube (the heat layer's
 * filter, `cellFilter`). The rest is read from the firm table by feature id.
 */
export interface FirmProps {
  chain: string
  cell: number
}

/**
 * Firms as points, each with its record index as feature id (so a source can be updated by diff, see
 * pointUpdate.ts, and a hovered point's record made from the table when needed). Feature `i` is made on
 * first use and kept (the filtered source and its every-firm twin share it): a source is filled slice by
 * slice, so 200k features are not all made in the task that brought the data. One small property per
 * point: MapLibre clones every feature to its worker.
 */
export function firmFeatures(
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  chain: readonly string[],
  cell: ArrayLike<number>,
): (i: number) => GeoJSON.Feature<GeoJSON.Point, FirmProps> {
  const made = new Array<GeoJSON.Feature<GeoJSON.Point, FirmProps> | undefined>(lon.length)
  return (i) =>
    (made[i] ??= {
      type: 'Feature',
      id: i,
      geometry: { type: 'Point', coordinates: [lon[i] as number, lat[i] as number] },
      properties: { chain: chain[i] as string, cell: cell[i] as number },
    })
}

/** The firms as the cluster worker takes them: positions, cells, and each chain as an index into `chainIds`. */
export function firmPoints(
  lon: Float64Array,
  lat: Float64Array,
  chain: readonly string[],
  cell: Uint32Array,
  chainIds: readonly string[],
): FirmPoints {
  const chains = [...chainIds]
  const code = new Map(chains.map((c, i) => [c, i]))
  const codes = new Uint16Array(chain.length)
  for (let i = 0; i < chain.length; i++) {
    const c = chain[i] as string
    let k = code.get(c)
    if (k === undefined) code.set(c, (k = chains.push(c) - 1))
    codes[i] = k
  }
  return { lon, lat, cell, chain: codes, chains }
}

/**
 * The layer filter that shows the firms of the cells passing the filters (`pass`: 1 per passing cell, the
 * cube's own answer): a `match` on the points' `cell` listing the passing cells, or the failing ones when
 * they are fewer; null when every cell passes. A filter change then reaches a layer as one small expression
 * (MapLibre filters in its worker): no point is sent again.
 */
function cellFilter(pass: Uint8Array): FilterSpecification | null {
  const passing: number[] = []
  const failing: number[] = []
  for (let c = 0; c < pass.length; c++) (pass[c] ? passing : failing).push(c)
  if (!failing.length) return null
  if (!passing.length) return ['==', ['get', 'cell'], -1]
  return passing.length <= failing.length
    ? ['match', ['get', 'cell'], passing, true, false]
    : ['match', ['get', 'cell'], failing, false, true]
}

/**
 * The heat layer's filter: the firms of the passing cells (`cellFilter`) and, with a search, among the
 * firms it names (`named`, record indexes = feature ids; the cells know no names).
 */
export function heatFilter(pass: Uint8Array, named: ArrayLike<number> | null): FilterSpecification | null {
  const cells = cellFilter(pass) as ExpressionSpecification | null
  if (!named) return cells
  const ids: ExpressionSpecification = named.length
    ? ['match', ['id'], Array.from(named), true, false]
    : ['==', ['id'], -1]
  return cells ? ['all', cells, ids] : ids
}

const hasCount: ExpressionSpecification = ['has', 'point_count']

/** Width in pixels of the white ring around a cluster bubble. */
const CLUSTER_STROKE = 2

/** A cluster step property by point count; the bubble's outer diameter (`'diameter'`) includes its ring. */
function clusterStep(prop: 'color' | 'radius' | 'diameter'): ExpressionSpecification {
  const value = (s: (typeof CLUSTER_STEPS)[number]) => (prop === 'diameter' ? 2 * (s.radius + CLUSTER_STROKE) : s[prop])
  const [first, ...rest] = CLUSTER_STEPS
  return [
    'step',
    ['get', 'point_count'],
    first ? value(first) : 0,
    ...rest.flatMap((s) => [s.min, value(s)]),
  ] as ExpressionSpecification
}

/** Chain colour of a single firm, from the shared series palette. */
export function chainColor(chainIds: readonly string[]): ExpressionSpecification | string {
  if (!chainIds.length) return COLORS.primary
  const pairs = chainIds.flatMap((id, i) => [id, COLORS.series[i % COLORS.series.length] ?? COLORS.primary])
  return ['match', ['get', 'chain'], ...pairs, COLORS.muted] as unknown as ExpressionSpecification
}

/** Cluster count size: the desk's, or the big screen's (read from across the room). */
export const CLUSTER_TEXT = { desk: 12, screen: 16 } as const

export function clusterLayers(
  chainIds: readonly string[],
  source = FIRM_CLUSTER_SOURCE,
  textSize: number = CLUSTER_TEXT.desk,
): LayerSpecification[] {
  return [
    {
      id: FIRM_CLUSTER_LAYER,
      type: 'circle',
      source,
      filter: hasCount,
      metadata: POINTER,
      paint: {
        'circle-color': clusterStep('color'),
        'circle-radius': clusterStep('radius'),
        'circle-opacity': 0.85,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': CLUSTER_STROKE,
      },
    },
    {
      id: FIRM_CLUSTER_COUNT_LAYER,
      type: 'symbol',
      source,
      filter: hasCount,
      metadata: POINTER,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-size': textSize,
        'text-allow-overlap': true,
        // A blank icon the size of the bubble (1 px scaled to its diameter and stroke): the district names,
        // placed after the counts, move off the whole bubble, not only its digits.
        'icon-image': BLANK_IMAGE,
        'icon-size': clusterStep('diameter'),
        'icon-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: FIRM_POINT_LAYER,
      type: 'circle',
      source,
      filter: ['!', hasCount],
      metadata: POINTER,
      paint: {
        'circle-color': chainColor(chainIds),
        'circle-radius': 6,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    },
  ]
}

/** Point count the heat scale is tuned for (the 1× sample); more points lower the intensity in step. */
const HEAT_BASE_POINTS = 4000

/**
 * Heat intensity by zoom, scaled down linearly with the number of points so the city does
 * not saturate on 50× data (the kernel density grows with the point count).
 */
export function heatIntensity(points: number): ExpressionSpecification {
  const s = Math.min(1, HEAT_BASE_POINTS / Math.max(points, 1))
  return ['interpolate', ['linear'], ['zoom'], 8, 0.1 * s, 11, 0.4 * s, 14, 1.5 * s]
}

export function heatmapLayer(source = FIRM_HEAT_SOURCE): LayerSpecification {
  const stops = HEAT_RAMP.flatMap((c, i) => [i / (HEAT_RAMP.length - 1), c])
  return {
    id: FIRM_HEAT_LAYER,
    type: 'heatmap',
    source,
    layout: { visibility: 'none' },
    paint: {
      'heatmap-weight': 1,
      'heatmap-intensity': heatIntensity(0),
      'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 8, 8, 13, 24],
      'heatmap-color': ['interpolate', ['linear'], ['heatmap-density'], ...stops] as ExpressionSpecification,
      'heatmap-opacity': 0.85,
    },
  }
}

/** Hex fill coloured by count from 1 to `max` over the hexbins' own ramp. */
export function hexColor(max: number): ExpressionSpecification {
  const top = Math.max(max, 2)
  const stops = HEX_RAMP.flatMap((color, i) => [1 + ((top - 1) * i) / (HEX_RAMP.length - 1), color])
  return ['interpolate', ['linear'], ['get', 'count'], ...stops] as ExpressionSpecification
}

export function hexbinLayers(max: number): LayerSpecification[] {
  return [
    {
      id: FIRM_HEX_LAYER,
      type: 'fill',
      source: FIRM_HEX_SOURCE,
      layout: { visibility: 'none' },
      paint: { 'fill-color': hexColor(max), 'fill-opacity': 0.8 },
    },
    {
      id: FIRM_HEX_LINE_LAYER,
      type: 'line',
      source: FIRM_HEX_SOURCE,
      layout: { visibility: 'none' },
      paint: { 'line-color': '#ffffff', 'line-width': 0.5 },
    },
  ]
}

const MODE_LAYERS: Record<FirmLayerMode, readonly string[]> = {
  clusters: [FIRM_CLUSTER_LAYER, FIRM_CLUSTER_COUNT_LAYER, FIRM_POINT_LAYER],
  heatmap: [FIRM_HEAT_LAYER],
  hexbin: [FIRM_HEX_LAYER, FIRM_HEX_LINE_LAYER],
}

/** Every firm layer id with its visibility in a mode. */
export function layerVisibility(mode: FirmLayerMode): [string, 'visible' | 'none'][] {
  return FIRM_LAYER_MODES.flatMap((m) =>
    MODE_LAYERS[m].map((id): [string, 'visible' | 'none'] => [id, m === mode ? 'visible' : 'none']),
  )
}

/**
 * The firm sources: clustered points with their every-firm twin (clusters are made when the points are
 * sent, so the filtered source gets the selected firms), the worker's viewport clusters (large data), every firm for the heat (filtered by `cellFilter`),
 * and the hexes.
 */
export function firmSources(): Record<string, SourceSpecification> {
  const clustered = () => emptySource({ cluster: true, clusterRadius: 50, clusterMaxZoom: 14 })
  return {
    [FIRM_CLUSTER_SOURCE]: clustered(),
    [allPointsSource(FIRM_CLUSTER_SOURCE)]: clustered(),
    [FIRM_VIEW_SOURCE]: emptySource(),
    [FIRM_HEAT_SOURCE]: emptySource(),
    [FIRM_HEX_SOURCE]: emptySource(),
  }
}
