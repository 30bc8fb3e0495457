/** Marks a placeholder's value so that `messageParts` finds it again in the translated text. */
const MARK = '\u0000'

/** Placeholder values for `t()` that stand for the named slots. */
export function partMarks<K extends string>(names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((n) => [n, `${MARK}${n}${MARK}`])) as Record<K, string>
}

/** One run of a translated message: its own words, or where a slot's value goes. */
export type MessagePart = { text: string; slot?: undefined } | { slot: string; text?: undefined }

/**
 * A message translated with `partMarks` cut into runs, so a template can wrap each value in an
 * element of its own (data spans) while the words and punctuation around them stay the locale's.
 */
export function messageParts(translated: string): MessagePart[] {
  return translated
    .split(MARK)
    .map((s, i): MessagePart => (i % 2 ? { slot: s } : { text: s }))
    .filter((p) => p.slot !== undefined || p.text !== '')
}
