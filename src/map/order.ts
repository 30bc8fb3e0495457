import type { LayerSpecification } from 'maplibre-gl'

/**
 * The map's z-order, bottom to top (above the base style's background and basemap), by layer id.
 * Each slot ends in an invisible anchor layer of the base style; a layer is added before the next
 * declared layer already on the map, at worst its slot's anchor, so layer components may add and
 * re-add their layers in any order and still land here — nobody calls moveLayer. The ids are
 * written out rather than imported so the first load does not pull in every layer's builders;
 * tests/unit/map/order.test.ts checks that every builder's layer is declared.
 */
const Z_ORDER: readonly (readonly [slot: string, layers: readonly string[]])[] = [
  [
    'districts',
    ['district-fill', 'district-line', 'district-selected', 'district-extrusion', 'district-extrusion-outline'],
  ],
  ['radius', ['radius-fill', 'radius-line']],
  ['density', ['firm-heat', 'firm-hex', 'firm-hex-line']],
  ['flows', ['flow-lines', 'flow-dash', 'flow-origins', 'flow-origin-labels']],
  // The district names above the heat, hexbins and flows; under the points and markers, because MapLibre
  // places the upper layers' symbols first: the cluster counts and markers claim their places, then
  // each name takes a place around its point that none of them covers (districts.ts LABEL_AROUND).
  ['district-labels', ['district-label']],
  ['points', ['firm-clusters', 'firm-cluster-count', 'firm-points']],
  ['markers', ['platform-circle', 'platform-symbol']],
  // The drawer's firm or platform, marked above every point, cluster and marker (issue 16).
  ['highlight', ['highlight-halo', 'highlight-point']],
]

const ANCHOR = 'anchor:'
const anchorId = (slot: string) => `${ANCHOR}${slot}`

/** Every declared layer id and anchor, bottom to top. */
const STACK = Z_ORDER.flatMap(([slot, layers]) => [...layers, anchorId(slot)])

/** The slot anchors for the base style: hidden, drawing nothing, there only to add layers before. */
export function anchorLayers(): LayerSpecification[] {
  return Z_ORDER.map(([slot]) => ({ id: anchorId(slot), type: 'background', layout: { visibility: 'none' } }))
}

/**
 * The `beforeId` for adding layer `id`: the next declared layer that `onMap` holds, else its
 * slot's anchor. Throws for a layer the z-order does not declare, so a new layer cannot go
 * somewhere by accident.
 */
export function beforeIdOf(id: string, onMap: (id: string) => boolean): string {
  const at = STACK.indexOf(id)
  if (at < 0) throw new Error(`map layer "${id}" is not declared in src/map/order.ts`)
  // Every slot ends in its anchor, which is always on the map: the search always ends there.
  return STACK.slice(at + 1).find((next) => next.startsWith(ANCHOR) || onMap(next)) as string
}
