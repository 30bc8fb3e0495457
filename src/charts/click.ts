/**
 * The click convention of every builder: an item a click acts on carries what the click selects
 * as `data.clickId` — a filter value (adcode, chain, segment, type or kind id), a year (a number),
 * or the firm a network node stands for. Items a click ignores carry none.
 */
export type Clickable<Id extends string | number = string> = { clickId: Id } & Record<string, unknown>

/** The id of a clicked item (ECharts hands the item back as `data`), or null when it has none. */
export function clickedId(p: { data?: unknown }, type: 'number'): number | null
export function clickedId(p: { data?: unknown }, type?: 'string'): string | null
export function clickedId(p: { data?: unknown }, type: 'string' | 'number' = 'string'): string | number | null {
  const id = (p.data as { clickId?: unknown } | null | undefined)?.clickId
  if (type === 'number') return typeof id === 'number' && Number.isFinite(id) ? id : null
  return typeof id === 'string' && id !== '' ? id : null
}
