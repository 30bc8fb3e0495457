/**
 * A minimal Mapbox Vector Tile (v2) encoder for one layer of points, enough for the tiles the firm
 * tile worker makes (pointTiles.ts): each feature an id, a point in tile coordinates (0…extent) and a
 * few number, string or boolean properties. Protocol buffers written by hand (varints,
 * length-delimited fields, doubles); MapLibre decodes the result like any vector tile.
 */

export type TileValue = number | string | boolean

export interface TilePoint {
  id: number
  x: number
  y: number
  properties: Record<string, TileValue>
}

/** Tile coordinates span 0…EXTENT (MapLibre's own extent). */
export const EXTENT = 4096

class Writer {
  private buf = new Uint8Array(1024)
  pos = 0

  private ensure(n: number) {
    if (this.pos + n <= this.buf.length) return
    let size = this.buf.length * 2
    while (size < this.pos + n) size *= 2
    const next = new Uint8Array(size)
    next.set(this.buf)
    this.buf = next
  }

  varint(v: number) {
    this.ensure(10)
    let n = v
    while (n >= 0x80) {
      this.buf[this.pos++] = (n & 0x7f) | 0x80
      n = Math.floor(n / 128)
    }
    this.buf[this.pos++] = n
  }

  tag(field: number, wire: number) {
    this.varint((field << 3) | wire)
  }

  bytes(b: Uint8Array) {
    this.varint(b.length)
    this.ensure(b.length)
    this.buf.set(b, this.pos)
    this.pos += b.length
  }

  double(v: number) {
    this.ensure(8)
    new DataView(this.buf.buffer).setFloat64(this.pos, v, true)
    this.pos += 8
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.pos)
  }
}

const utf8 = new TextEncoder()
const zigzag = (n: number) => (n << 1) ^ (n >> 31)

/** Value message: string (1), double (3), uint (5), bool (7). */
function encodeValue(v: TileValue): Uint8Array {
  const w = new Writer()
  if (typeof v === 'string') {
    w.tag(1, 2)
    w.bytes(utf8.encode(v))
  } else if (typeof v === 'boolean') {
    w.tag(7, 0)
    w.varint(v ? 1 : 0)
  } else if (Number.isInteger(v) && v >= 0 && v <= Number.MAX_SAFE_INTEGER) {
    w.tag(5, 0)
    w.varint(v)
  } else {
    w.tag(3, 1)
    w.double(v)
  }
  return w.finish()
}

function encodeFeature(p: TilePoint, keyIndex: (k: string) => number, valueIndex: (v: TileValue) => number) {
  const w = new Writer()
  w.tag(1, 0) // id
  w.varint(p.id)
  const tags = new Writer()
  for (const [k, v] of Object.entries(p.properties)) {
    tags.varint(keyIndex(k))
    tags.varint(valueIndex(v))
  }
  w.tag(2, 2)
  w.bytes(tags.finish())
  w.tag(3, 0) // type: POINT
  w.varint(1)
  const geom = new Writer()
  geom.varint((1 & 0x7) | (1 << 3)) // MoveTo, one point
  geom.varint(zigzag(Math.round(p.x)))
  geom.varint(zigzag(Math.round(p.y)))
  w.tag(4, 2)
  w.bytes(geom.finish())
  return w.finish()
}

/** One tile with one layer `name` holding `points`. */
export function encodePointTile(name: string, points: readonly TilePoint[]): Uint8Array {
  const keys: string[] = []
  const keyAt = new Map<string, number>()
  const values: Uint8Array[] = []
  const valueAt = new Map<string, number>()
  const keyIndex = (k: string) => {
    let i = keyAt.get(k)
    if (i === undefined) keyAt.set(k, (i = keys.push(k) - 1))
    return i
  }
  const valueIndex = (v: TileValue) => {
    const key = `${typeof v}:${String(v)}`
    let i = valueAt.get(key)
    if (i === undefined) valueAt.set(key, (i = values.push(encodeValue(v)) - 1))
    return i
  }
  const layer = new Writer()
  layer.tag(15, 0) // version
  layer.varint(2)
  layer.tag(1, 2) // name
  layer.bytes(utf8.encode(name))
  for (const p of points) {
    layer.tag(2, 2)
    layer.bytes(encodeFeature(p, keyIndex, valueIndex))
  }
  for (const k of keys) {
    layer.tag(3, 2)
    layer.bytes(utf8.encode(k))
  }
  for (const v of values) {
    layer.tag(4, 2)
    layer.bytes(v)
  }
  layer.tag(5, 0) // extent
  layer.varint(EXTENT)
  const tile = new Writer()
  tile.tag(3, 2)
  tile.bytes(layer.finish())
  return tile.finish()
}
