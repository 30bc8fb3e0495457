/** How header and value text is compared: width, case, spaces, dashes and brackets do not matter. */

const DASHES = /[\u2010-\u2015\u2212\uff0d~\uff5e]/g

/** A value as a lookup key: NFKC (full-width → half-width), no spaces or quotes, dashes unified, lower case. */
export function valueKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(DASHES, '-')
    .replace(/[\s"'“”‘’「」『』《》]/g, '')
    .toLowerCase()
}

/** A header as a lookup key: as `valueKey`, also without a bracketed note (units) and `* _ - . :`. */
export function headerKey(text: string): string {
  return valueKey(text.normalize('NFKC').replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')).replace(/[*_.:\-#]/g, '')
}

/** The bracketed note of a header, e.g. "万元" in "产值（万元）", lower-cased; '' when none. */
export function headerNote(text: string): string {
  const m = /\(([^)]*)\)|\[([^\]]*)\]|【([^】]*)】/.exec(text.normalize('NFKC'))
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim().toLowerCase()
}

/** Separators between several values in one cell: ; ； , ， 、 | / and line breaks. */
const LIST_SEPARATORS = /[;；,，、|/\n\r]+/

/** The values of a multi-value cell, trimmed, empty ones left out. */
export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '✔', '有', '引进', '当年引进'])

/** A yes/no cell: 是, Y, yes, true, 1, √ … are yes; anything else (否, 0, empty) is no. */
export function isYes(text: string): boolean {
  return YES.has(valueKey(text))
}
