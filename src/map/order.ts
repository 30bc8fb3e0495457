import type { LayerSpecification } from 'maplibre-gl'
import { DISTRICT_EXTRUSION, DISTRICT_FILL, DISTRICT_LABEL, DISTRICT_LINE, DISTRICT_SELECTED } from './districts'
import * as F from './enterprises'
import { PLATFORM_LAYERS } from './platforms'
import { RADIUS_LAYERS } from './radius'

/**
 * The map's z-order, bottom to top (above the base style's background and basemap). Each slot
 * ends in an invisible anchor layer of the base style; a layer is added before the next declared
 * layer already on the map, at worst its slot's anchor, so layer components may add and re-add
 * their layers in any order and still land here — nobody calls moveLayer.
 */
const Z_ORDER: readonly (readonly [slot: string, layers: readonly string[]])[] = [
  ['districts', [DISTRICT_FILL, DISTRICT_LINE, DISTRICT_SELECTED, DISTRICT_EXTRUSION]],
  // Labels above the points, clusters and heat (issue 15): move this line to the end.
  ['district-labels', [DISTRICT_LABEL]],
  ['radius', RADIUS_LAYERS],
  ['density', [F.FIRM_HEAT_LAYER, F.FIRM_HEX_LAYER, F.FIRM_HEX_LINE_LAYER]],
  ['points', [F.FIRM_CLUSTER_LAYER, F.FIRM_CLUSTER_COUNT_LAYER, F.FIRM_POINT_LAYER]],
  ['markers', PLATFORM_LAYERS],
]

const anchorId = (slot: string) => `anchor:${slot}`

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
  for (let i = at + 1; i < STACK.length; i++) {
    const next = STACK[i] as string
    if (next.startsWith('anchor:') || onMap(next)) return next
  }
  throw new Error(`map layer "${id}" has no anchor above it`)
}
