import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { districtLayers } from '../../../src/map/districts'
import { flowLayers, FLOW_STYLES } from '../../../src/map/flows'
import { clusterLayers, heatmapLayer, hexbinLayers } from '../../../src/map/enterprises'
import { beforeIdOf } from '../../../src/map/order'
import { highlightLayers } from '../../../src/map/highlight'
import { platformLayers } from '../../../src/map/platforms'
import { radiusLayers } from '../../../src/map/radius'
import { buildBaseStyle } from '../../../src/map/style'

/** Every layer a layer component adds, by component. */
const GROUPS = {
  districts: districtLayers(10, '#fff').map((l) => l.id),
  flows: flowLayers(10, FLOW_STYLES.desk, null, false).map((l) => l.id),
  firms: [heatmapLayer(), ...hexbinLayers(1), ...clusterLayers(['lithium'])].map((l) => l.id),
  platforms: platformLayers([], ['national']).map((l) => l.id),
  radius: radiusLayers().map((l) => l.id),
  highlight: highlightLayers().map((l) => l.id),
}

/** The visible z-order, bottom to top: the district names above every point, cluster, heat and flow. */
const EXPECTED = [
  'district-fill',
  'district-line',
  'district-selected',
  'district-extrusion',
  'district-extrusion-outline',
  'radius-fill',
  'radius-line',
  'firm-heat',
  'firm-hex',
  'firm-hex-line',
  'flow-lines',
  'flow-dash',
  'flow-origins',
  'flow-origin-labels',
  'district-label',
  'firm-clusters',
  'firm-cluster-count',
  'firm-points',
  'platform-circle',
  'platform-symbol',
  'highlight-halo',
  'highlight-point',
]

/** A style's layer ids, with addLayer(id, beforeId) and removeLayer as MapLibre does them. */
function fakeMap() {
  const ids = buildBaseStyle('#fff').layers.map((l) => l.id)
  const has = (id: string) => ids.includes(id)
  return {
    ids,
    add(id: string) {
      const before = beforeIdOf(id, has)
      expect(has(before)).toBe(true)
      ids.splice(ids.indexOf(before), 0, id)
    },
    remove(id: string) {
      ids.splice(ids.indexOf(id), 1)
    },
  }
}

const drawn = (ids: string[]) => ids.filter((id) => !id.startsWith('anchor:') && id !== 'background')

describe('declared z-order', () => {
  it('the base style is the background, then one hidden anchor per slot', () => {
    const layers = buildBaseStyle('#fff').layers
    expect(layers[0]?.id).toBe('background')
    expect(layers.slice(1).every((l) => l.id.startsWith('anchor:') && l.layout?.visibility === 'none')).toBe(true)
  })

  it('declares every layer the layer components add, and refuses an undeclared one', () => {
    for (const id of Object.values(GROUPS).flat()) expect(() => beforeIdOf(id, () => false)).not.toThrow()
    expect(() => beforeIdOf('stray-layer', () => false)).toThrow(/not declared/)
  })

  it('layers land in the declared order whatever order the components add and re-add them in', () => {
    const groups = Object.values(GROUPS)
    const order = fc.shuffledSubarray(
      groups.map((_, i) => i),
      { minLength: groups.length },
    )
    fc.assert(
      fc.property(order, fc.array(fc.constantFrom(...groups.flat()), { maxLength: 6 }), (perm, readded) => {
        const m = fakeMap()
        for (const g of perm) for (const id of groups[g] ?? []) m.add(id)
        // A layer switching sources is removed and added again (the firm twin sources).
        for (const id of readded) {
          m.remove(id)
          m.add(id)
        }
        expect(drawn(m.ids)).toEqual(EXPECTED)
      }),
    )
  })

  it('a basemap stays under every layer', () => {
    const style = buildBaseStyle('#fff', { type: 'raster', tiles: ['https://t/{z}/{x}/{y}.png'] })
    expect(style.layers.map((l) => l.id).slice(0, 2)).toEqual(['background', 'basemap'])
  })
})
