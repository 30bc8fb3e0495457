import { describe, expect, it } from 'vitest'
import {
  clusterClient,
  paddedBBox,
  type ClusterPort,
  type FromWorker,
  type ToWorker,
} from '../../../src/map/clusterClient'

/** A port that records what the client sends and lets the test answer as the worker would. */
function fakePort() {
  const sent: ToWorker[] = []
  const port: ClusterPort = { onmessage: null, postMessage: (m) => void sent.push(m) }
  const answer = (msg: FromWorker) => port.onmessage?.({ data: msg } as MessageEvent<FromWorker>)
  return { port, sent, answer }
}

const fc = (n: number): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, () => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Point', coordinates: [0, 0] },
  })),
})

describe('clusterClient', () => {
  it('sends the filter outcome as copies (the page keeps its own arrays) with a new generation', () => {
    const { port, sent } = fakePort()
    const c = clusterClient(port, () => undefined)
    const pass = Uint8Array.of(1, 0, 1)
    c.filter(pass, [4, 7])
    c.filter(null, null)
    expect(sent[0]).toMatchObject({
      type: 'filter',
      filter: 1,
      pass: Uint8Array.of(1, 0, 1),
      named: Uint32Array.of(4, 7),
    })
    expect((sent[0] as { pass: Uint8Array }).pass).not.toBe(pass)
    expect(sent[1]).toMatchObject({ type: 'filter', filter: 2, pass: null, named: null })
  })

  it('shows the latest answer only: older views and views of a superseded filter are dropped', () => {
    const { port, sent, answer } = fakePort()
    const shown: number[] = []
    const c = clusterClient(port, (data) => shown.push(data.features.length))
    c.filter(null, null)
    c.view([0, 0, 1, 1], 8)
    c.view([0, 0, 2, 2], 9)
    const [v1, v2] = sent.filter((m) => m.type === 'view')
    expect(v1).toMatchObject({ seq: 1, filter: 1, zoom: 8 })
    answer({ type: 'view', seq: 2, filter: 1, data: fc(2), total: 2 })
    answer({ type: 'view', seq: 1, filter: 1, data: fc(1), total: 1 }) // older than the one shown
    expect(shown).toEqual([2])
    expect(v2).toMatchObject({ seq: 2 })
    c.view([0, 0, 2, 2], 9)
    c.filter(Uint8Array.of(1), null)
    answer({ type: 'view', seq: 3, filter: 1, data: fc(3), total: 3 }) // asked under the old filter
    expect(shown).toEqual([2])
    c.view([0, 0, 2, 2], 9)
    answer({ type: 'view', seq: 4, filter: 2, data: fc(4), total: 4 })
    expect(shown).toEqual([2, 4])
  })

  it('resolves an expansion-zoom request with its own answer', async () => {
    const { port, sent, answer } = fakePort()
    const c = clusterClient(port, () => undefined)
    const a = c.expansionZoom(33)
    const b = c.expansionZoom(44)
    const [ea, eb] = sent as Extract<ToWorker, { type: 'expand' }>[]
    expect(ea).toMatchObject({ clusterId: 33 })
    answer({ type: 'expand', seq: eb!.seq, zoom: null })
    answer({ type: 'expand', seq: ea!.seq, zoom: 11 })
    expect([await a, await b]).toEqual([11, null])
  })
})

describe('paddedBBox', () => {
  it('widens the bounds by the margin on every side, within the world', () => {
    expect(paddedBBox(117, 34, 118, 35, 0.5)).toEqual([116.5, 33.5, 118.5, 35.5])
    expect(paddedBBox(-179, -80, 179, 80, 0.5)).toEqual([-180, -85, 180, 85])
  })
})
