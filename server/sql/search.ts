/**
 * The name search of `q`, as the SPA's search reads it (src/domain/search.ts): every
 * whitespace-separated term, case-insensitive, somewhere in the name. Lists, aggregates and
 * tiles all narrow by it.
 */
import type { Params } from './cubeSql.ts'

/** Search terms as the SPA's search splits them. */
export function searchTerms(q: string): string[] {
  return q.trim().toLowerCase().split(/\s+/).filter(Boolean)
}

/** One condition per term on the `name` column (of the table aliased by `prefix`). */
export function nameConditions(terms: readonly string[], p: Params, prefix = ''): string[] {
  return terms.map((t) => `strpos(lower(${prefix}name), ${p.add(t, 'text')}) > 0`)
}
