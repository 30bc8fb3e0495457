import fontkit from '@pdf-lib/fontkit'
import regularUrl from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff?url'
import boldUrl from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff?url'
import type { PDFDocument, PDFFont } from 'pdf-lib'
import { woffToSfnt } from './woff'

/**
 * Noto Sans SC (SIL Open Font License 1.1, from @fontsource/noto-sans-sc; embedding allowed): the
 * simplified-Chinese subset (≈ 8,000 characters, Latin included) in regular and bold, served with the
 * app and fetched on the first PDF export only. Characters outside it come from the package's
 * unicode-range slices of the full font, fetched only when a report needs one. Each font is embedded
 * as a subset of the glyphs the report uses.
 */

/** The unicode-range slices of the full font, by slice number (URLs only: nothing is fetched here). */
const SLICES: Record<string, string> = import.meta.glob(
  '/node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-[0-9]*-400-normal.woff',
  { query: '?url', import: 'default', eager: true },
)

const sliceUrl = (n: string) =>
  Object.entries(SLICES).find(([path]) => path.endsWith(`/noto-sans-sc-${n}-400-normal.woff`))?.[1]

const cache = new Map<string, Promise<Uint8Array>>()

/** The font at `url` as sfnt bytes, fetched and converted once per page load. */
function fontBytes(url: string): Promise<Uint8Array> {
  let p = cache.get(url)
  if (!p) {
    p = fetch(url)
      .then((r) => {
        if (!r.ok) throw new Error(`font ${url}: HTTP ${r.status}`)
        return r.arrayBuffer()
      })
      .then((b) => woffToSfnt(new Uint8Array(b)))
    p.catch(() => cache.delete(url))
    cache.set(url, p)
  }
  return p
}

/** Starts fetching and converting the two main fonts (e.g. while the view is being captured). */
export function preloadFonts(): void {
  for (const url of [regularUrl, boldUrl]) fontBytes(url).catch(() => {})
}

/** Parses `U+4e00-4e0f,U+4e20` into code point ranges. */
export function parseUnicodeRange(s: string): [number, number][] {
  return s
    .split(',')
    .map((part) => /U\+([0-9a-f]+)(?:-([0-9a-f]+))?/i.exec(part.trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? m[1] ?? '0', 16)])
}

/** The slice numbers that hold each of `codePoints` (from the package's unicode.json). */
async function slicesFor(codePoints: readonly number[]): Promise<string[]> {
  if (!codePoints.length) return []
  const { default: ranges } = (await import('@fontsource/noto-sans-sc/unicode.json')) as {
    default: Record<string, string>
  }
  const table = Object.entries(ranges).map(([key, r]) => ({ n: key.replace(/\D/g, ''), ranges: parseUnicodeRange(r) }))
  const found = new Set<string>()
  for (const cp of codePoints) {
    const hit = table.find((t) => t.n && t.ranges.some(([a, b]) => cp >= a && cp <= b))
    if (hit) found.add(hit.n)
  }
  return [...found]
}

/** A run of text that one font draws. */
export interface FontRun {
  font: PDFFont
  text: string
}

/** The report's fonts: the first that has a character draws it. */
export interface FontSet {
  runs(text: string, bold?: boolean): FontRun[]
  width(text: string, size: number, bold?: boolean): number
}

/** Text as drawn: controls and line breaks become spaces (a PDF text run is one line). */
export const printable = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')

/**
 * Embeds the fonts `text` (every string the report will draw) needs into `doc`, as subsets.
 * Loads the font files on first use; later reports reuse them.
 */
export async function embedFonts(doc: PDFDocument, text: string): Promise<FontSet> {
  doc.registerFontkit(fontkit)
  const [regularBytes, boldBytes] = await Promise.all([fontBytes(regularUrl), fontBytes(boldUrl)])
  const regular = await doc.embedFont(regularBytes, { subset: true })
  const bold = await doc.embedFont(boldBytes, { subset: true })
  const has = new Set(regular.getCharacterSet())
  const missing = [...new Set([...printable(text)].map((ch) => ch.codePointAt(0) ?? 0))].filter((cp) => !has.has(cp))
  const fallbacks: { font: PDFFont; has: Set<number> }[] = []
  for (const n of await slicesFor(missing)) {
    const url = sliceUrl(n)
    if (!url) continue
    const font = await doc.embedFont(await fontBytes(url), { subset: true })
    fallbacks.push({ font, has: new Set(font.getCharacterSet()) })
  }
  const pick = (cp: number, b: boolean) =>
    has.has(cp) ? (b ? bold : regular) : (fallbacks.find((f) => f.has.has(cp))?.font ?? regular)
  const runs = (s: string, b = false): FontRun[] => {
    const out: FontRun[] = []
    for (const ch of printable(s)) {
      const font = pick(ch.codePointAt(0) ?? 0, b)
      const last = out[out.length - 1]
      if (last?.font === font) last.text += ch
      else out.push({ font, text: ch })
    }
    return out
  }
  return {
    runs,
    width: (s, size, b = false) => runs(s, b).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0),
  }
}
