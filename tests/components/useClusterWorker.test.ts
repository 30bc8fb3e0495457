import { mount } from '@vue/test-utils'
import type { Map as MapLibre } from 'maplibre-gl'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref, shallowRef } from 'vue'
import { useClusterWorker } from '../../src/composables/useClusterWorker'
import type { FirmPoints } from '../../src/map/clusterClient'

/** The messages each fake worker was sent. */
const sent: { type: string }[] = []
class FakeWorker {
  onmessage: unknown = null
  postMessage(m: { type: string }) {
    sent.push(m)
  }
  terminate() {}
}

/** A map whose view the test sets, with the 'moveend' handlers it was given. */
function fakeMap() {
  const view = { zoom: 9, bounds: [117, 34.5, 118, 35.3] }
  const handlers: (() => void)[] = []
  const map = {
    getZoom: () => view.zoom,
    getBounds: () => {
      const [w, s, e, n] = view.bounds as [number, number, number, number]
      return {
        getWest: () => w,
        getSouth: () => s,
        getEast: () => e,
        getNorth: () => n,
        toArray: () => [
          [w, s],
          [e, n],
        ],
      }
    },
    on: (_ev: string, fn: () => void) => handlers.push(fn),
    off: () => {},
    getSource: () => undefined,
  }
  return { map: map as unknown as MapLibre, view, moveend: () => handlers.forEach((f) => f()) }
}

const points: FirmPoints = {
  lon: Float64Array.of(117.5),
  lat: Float64Array.of(34.8),
  cell: Uint32Array.of(0),
  chain: Uint16Array.of(0),
  chains: ['lithium'],
}

const views = () => sent.filter((m) => m.type === 'view').length

beforeEach(() => {
  vi.useFakeTimers()
  vi.stubGlobal('Worker', FakeWorker)
  sent.length = 0
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('useClusterWorker', () => {
  it('asks for the viewport after a move, not after a moveend that left the view as it was (a pixel-ratio change)', async () => {
    const m = fakeMap()
    const map = shallowRef<MapLibre>()
    mount(
      defineComponent({
        setup() {
          useClusterWorker({
            map,
            active: ref(true),
            table: ref({}),
            points: shallowRef(points),
            pass: ref(null),
            named: ref(null),
            source: 'firms-view',
          })
          return () => h('div')
        },
      }),
    )
    map.value = m.map // as in the app: the map comes once its style has loaded
    await nextTick()
    await vi.advanceTimersByTimeAsync(0)
    expect(sent.map((s) => s.type)).toEqual(['points', 'filter', 'view'])

    m.moveend()
    await vi.advanceTimersByTimeAsync(500)
    expect(views()).toBe(1)

    m.view.zoom = 10
    m.moveend()
    await vi.advanceTimersByTimeAsync(500)
    expect(views()).toBe(2)

    m.view.bounds = [117.2, 34.6, 117.8, 35.1]
    m.moveend()
    await vi.advanceTimersByTimeAsync(500)
    expect(views()).toBe(3)
  })
})
