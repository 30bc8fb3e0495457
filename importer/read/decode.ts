/**
 * Text encodings of the spreadsheets cities export: UTF-8 (with or without the BOM Excel adds),
 * GB18030 (what Chinese Excel and WPS write for "CSV"; a superset of GBK and GB2312) and UTF-16
 * with a BOM (Excel's "Unicode text").
 */
export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be'

export const ENCODINGS: readonly Encoding[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be']

export interface Decoded {
  text: string
  encoding: Encoding
  bom: boolean
}

function bomOf(b: Uint8Array): Encoding | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8'
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le'
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be'
  return null
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/**
 * Decodes a text file: a BOM decides; else `forced` when given; else strict UTF-8 when the bytes
 * are valid UTF-8 (Chinese text in GB18030 practically never is), otherwise GB18030.
 */
export function decodeText(bytes: Uint8Array, forced?: Encoding): Decoded {
  const bom = bomOf(bytes)
  const encoding = bom ?? forced ?? (isUtf8(bytes) ? 'utf-8' : 'gb18030')
  // TextDecoder drops a BOM of its own encoding by default.
  return { text: new TextDecoder(encoding).decode(bytes), encoding, bom: bom !== null }
}
