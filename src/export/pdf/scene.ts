import type { Matrix, Rgba } from './geometry'

/** A chart as vectors: paths and text runs in its own pixel coordinates (y down), in paint order. */

/** A clip region: a rectangle (ECharts clips to its grid) in the coordinates its matrix maps to the chart's. */
export interface Clip {
  x: number
  y: number
  width: number
  height: number
  matrix: Matrix
}

export interface PathItem {
  kind: 'path'
  /** SVG path data. */
  d: string
  matrix: Matrix
  fill: Rgba | null
  stroke: Rgba | null
  strokeWidth: number
  dash: number[]
  lineCap: 'butt' | 'round' | 'square'
  clips: Clip[]
}

export interface TextItem {
  kind: 'text'
  text: string
  matrix: Matrix
  x: number
  /** The vertical middle of the text line (the em box's centre), or its baseline when `alphabetic`. */
  y: number
  alphabetic: boolean
  size: number
  bold: boolean
  fill: Rgba
  anchor: 'start' | 'middle' | 'end'
  clips: Clip[]
}

export interface VectorScene {
  width: number
  height: number
  items: (PathItem | TextItem)[]
}
