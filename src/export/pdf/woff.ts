/**
 * WOFF 1.0 → plain sfnt (TrueType) bytes that fontkit subsets correctly and fast:
 * - fontkit reads WOFF too, but inflates a table again on every read (tens of seconds to subset a
 *   CJK font); from the plain sfnt it takes a fraction of one;
 * - each glyph is padded to 4 bytes: fontkit's subsetter writes short `loca` offsets (byte offset ÷ 2)
 *   when the subset is small, which shifts every glyph after one of odd length (the font has many)
 *   and leaves those characters blank.
 */

const WOFF_SIGNATURE = 0x774f4646 // 'wOFF'
const tag = (s: string) => [...s].reduce((n, ch) => n * 256 + ch.charCodeAt(0), 0)

/** Inflates zlib data (the browser's and Node's own DecompressionStream: no library, no eval). */
async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** True when the bytes start with the WOFF 1.0 signature. */
export function isWoff(bytes: Uint8Array): boolean {
  return bytes.length >= 44 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0) === WOFF_SIGNATURE
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength)

/** `glyf` with every glyph padded to 4 bytes and the matching long-format `loca`; null if absent. */
export function padGlyphs(tables: Map<number, Uint8Array>): { glyf: Uint8Array; loca: Uint8Array } | null {
  const [head, maxp, loca, glyf] = ['head', 'maxp', 'loca', 'glyf'].map((t) => tables.get(tag(t)))
  if (!head || !maxp || !loca || !glyf) return null
  const long = view(head).getInt16(50) === 1
  const count = view(maxp).getUint16(4)
  const at = (i: number) => (long ? view(loca).getUint32(4 * i) : view(loca).getUint16(2 * i) * 2)
  const spans = Array.from({ length: count }, (_, i) => [at(i), at(i + 1)] as const)
  const size = spans.reduce((n, [a, b]) => n + ((Math.max(0, b - a) + 3) & ~3), 0)
  const outGlyf = new Uint8Array(size)
  const outLoca = new Uint8Array(4 * (count + 1))
  let offset = 0
  spans.forEach(([a, b], i) => {
    view(outLoca).setUint32(4 * i, offset)
    if (b > a) outGlyf.set(glyf.subarray(a, b), offset)
    offset += (Math.max(0, b - a) + 3) & ~3
  })
  view(outLoca).setUint32(4 * count, offset)
  view(head).setInt16(50, 1)
  return { glyf: outGlyf, loca: outLoca }
}

/** The tables as an sfnt file: a table directory, then each table 4-byte aligned. */
function sfnt(flavor: number, tables: Map<number, Uint8Array>): Uint8Array {
  const entries = [...tables.entries()].sort((a, b) => a[0] - b[0])
  const n = entries.length
  let log2 = 0
  while (1 << (log2 + 1) <= n) log2++
  const size = entries.reduce((s, [, d]) => s + ((d.length + 3) & ~3), 12 + 16 * n)
  const out = new Uint8Array(size)
  const o = view(out)
  o.setUint32(0, flavor)
  o.setUint16(4, n)
  o.setUint16(6, 16 << log2)
  o.setUint16(8, log2)
  o.setUint16(10, n * 16 - (16 << log2))
  let at = 12 + 16 * n
  entries.forEach(([t, data], i) => {
    out.set(data, at)
    o.setUint32(12 + 16 * i, t)
    o.setUint32(12 + 16 * i + 8, at)
    o.setUint32(12 + 16 * i + 12, data.length)
    at += (data.length + 3) & ~3
  })
  return out
}

/** The font as an sfnt file: each table inflated, glyphs padded (see above). */
export async function woffToSfnt(woff: Uint8Array): Promise<Uint8Array> {
  if (!isWoff(woff)) throw new Error('not a WOFF 1.0 font')
  const dv = view(woff)
  const tables = new Map<number, Uint8Array>()
  for (let i = 0; i < dv.getUint16(12); i++) {
    const d = 44 + 20 * i
    const [offset, compLength, origLength] = [4, 8, 12].map((k) => dv.getUint32(d + k)) as [number, number, number]
    const raw = woff.subarray(offset, offset + compLength)
    const table = compLength < origLength ? await inflate(raw) : raw.slice()
    if (table.length !== origLength) throw new Error('WOFF table has the wrong length')
    tables.set(dv.getUint32(d), table)
  }
  const padded = padGlyphs(tables)
  if (padded) {
    tables.set(tag('glyf'), padded.glyf)
    tables.set(tag('loca'), padded.loca)
  }
  return sfnt(dv.getUint32(4), tables)
}
