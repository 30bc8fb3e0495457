/**
 * The framing of `{dataset}.arrow`: one Arrow IPC file, or one or more IPC streams back to back (talent's
 * cells, demand and sources). Each stream is a sequence of messages — continuation marker 0xFFFFFFFF,
 * metadata length, flatbuffer metadata, body — closed by the end-of-stream marker (0xFFFFFFFF, 0). A byte
 * sequence that stops anywhere else was cut short; it throws, as does anything that is not Arrow at all.
 */

const MAGIC = [65, 82, 82, 79, 87, 49] // "ARROW1"
const CONTINUATION = -1
/** Slot of `bodyLength` in the flatbuffer vtable of a Message (fields: version, header type, header, body length). */
const BODY_LENGTH_SLOT = 10

export class ArrowFormatError extends Error {
  override name = 'ArrowFormatError'
}

function int32(b: Uint8Array, at: number): number {
  if (at < 0 || at + 4 > b.length) throw new ArrowFormatError('truncated Arrow message')
  return b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)
}

function int16(b: Uint8Array, at: number): number {
  if (at < 0 || at + 2 > b.length) throw new ArrowFormatError('corrupt Arrow message')
  return ((b[at]! | (b[at + 1]! << 8)) << 16) >> 16
}

function hasMagic(b: Uint8Array, at: number): boolean {
  return MAGIC.every((c, i) => b[at + i] === c)
}

/** The body length a message's flatbuffer metadata declares. */
function bodyLength(head: Uint8Array): number {
  const table = int32(head, 0)
  const vtable = table - int32(head, table)
  const size = int16(head, vtable)
  const slot = size > BODY_LENGTH_SLOT ? int16(head, vtable + BODY_LENGTH_SLOT) : 0
  if (!slot) return 0
  const low = int32(head, table + slot) >>> 0
  const high = int32(head, table + slot + 4)
  if (high < 0 || high > 0x1fffff) throw new ArrowFormatError('corrupt Arrow message body length')
  return high * 2 ** 32 + low
}

/** Where the stream starting at `start` ends (just after its end-of-stream marker). */
function streamEnd(b: Uint8Array, start: number): number {
  let at = start
  for (;;) {
    if (int32(b, at) !== CONTINUATION) throw new ArrowFormatError('not an Arrow IPC stream')
    const metaLength = int32(b, at + 4)
    at += 8
    if (metaLength === 0) return at
    if (metaLength < 0 || at + metaLength > b.length) throw new ArrowFormatError('truncated Arrow message')
    const body = bodyLength(b.subarray(at, at + metaLength))
    at += metaLength + body
    if (at > b.length) throw new ArrowFormatError('truncated Arrow message body')
  }
}

/** The IPC parts of a `.arrow` body: the file, or each stream. */
export function splitStreams(bytes: Uint8Array): Uint8Array[] {
  if (bytes.length === 0) throw new ArrowFormatError('empty response body')
  if (hasMagic(bytes, 0)) {
    if (bytes.length < 12 || !hasMagic(bytes, bytes.length - MAGIC.length))
      throw new ArrowFormatError('truncated Arrow file')
    return [bytes]
  }
  const parts: Uint8Array[] = []
  for (let at = 0; at < bytes.length;) {
    const end = streamEnd(bytes, at)
    parts.push(bytes.subarray(at, end))
    at = end
  }
  return parts
}

/** Whether a body looks like Arrow IPC at all (a file's magic or a stream's continuation marker). */
export function looksLikeArrow(bytes: Uint8Array): boolean {
  return hasMagic(bytes, 0) || (bytes.length >= 4 && int32(bytes, 0) === CONTINUATION)
}
