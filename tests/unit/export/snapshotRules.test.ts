// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { markedElements, snapshotMark } from '../../../src/export/snapshotRules'

function dom(html: string): HTMLElement {
  const root = document.createElement('main')
  root.innerHTML = html
  return root
}

const marks = (root: Element) =>
  markedElements(root).map(([el, m]) => `${el.getAttribute('data-testid') ?? el.tagName.toLowerCase()}:${m}`)

describe('snapshot rules', () => {
  it('leaves out controls: action buttons, switchers, fields, hints, hover tooltips, marked elements', () => {
    const root = dom(`
      <div class="map-controls"><button data-testid="map-fit">缩放</button><button data-testid="map-reset">重置</button></div>
      <div role="group" data-testid="map-metric-switch"><button aria-pressed="true">总量</button></div>
      <button data-export-ignore data-testid="chart-png-x">PNG</button>
      <p role="status" data-testid="hint">点击地图</p>
      <div role="tooltip" data-testid="tip">滕州市</div>
      <input data-testid="q" type="search" />
      <select data-testid="sel"></select>
      <div class="maplibregl-ctrl" data-testid="ctrl"></div>`)
    expect(marks(root)).toEqual([
      'map-fit:hide',
      'map-reset:hide',
      'map-metric-switch:hide',
      'chart-png-x:hide',
      'hint:hide',
      'tip:hide',
      'q:hide',
      'sel:hide',
      'ctrl:hide',
    ])
  })

  it('keeps legends and diagrams made of toggle buttons, and names in tables', () => {
    const root = dom(`
      <ul><li><button aria-pressed="false" data-testid="platform-legend-key-lab">重点实验室</button></li></ul>
      <div data-testid="chain-diagram"><button aria-pressed="true" data-testid="chain-segment-x">正极材料</button></div>
      <table><tr><td><button data-testid="top-firm-E1">某公司</button></td></tr></table>`)
    expect(marks(root)).toEqual([])
  })

  it('strikes out the label of an unticked box and hides every box', () => {
    const root = dom(`
      <label data-testid="on"><input type="checkbox" checked data-testid="box-on" />国家级</label>
      <label data-testid="off"><input type="checkbox" data-testid="box-off" />市级</label>`)
    expect(marks(root)).toEqual(['box-on:hide', 'off:off', 'box-off:hide'])
  })

  it('leaves out a tool unless it shows a result, and a tool toggle always', () => {
    const idle = dom(
      `<div data-testid="radius-tool"><button aria-pressed="false" data-testid="radius-arm">选点</button></div>`,
    )
    expect(marks(idle)).toEqual(['radius-tool:hide'])
    const used = dom(`<div data-testid="radius-tool"><button aria-pressed="false" data-testid="radius-arm">选点</button>
      <dl data-testid="radius-result"><dt>企业</dt><dd>3</dd></dl></div>`)
    expect(marks(used)).toEqual(['radius-arm:hide'])
    expect(snapshotMark(used.querySelector('dl')!)).toBe('keep')
  })
})
