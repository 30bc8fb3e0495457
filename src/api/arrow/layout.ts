import type { RecordKind } from '../../domain/recordRules.ts'

/** The datasets with records: their JSON bodies hold arrays of records, their columnar form one table per array. */
export type ArrowDataset = 'talent' | 'enterprises' | 'platforms'

export const ARROW_DATASETS: readonly ArrowDataset[] = ['talent', 'enterprises', 'platforms']

/**
 * Each dataset's arrays — the key in the JSON body and the record type it holds — in the order
 * `{dataset}.arrow` holds their tables (one Arrow IPC stream per array, back to back).
 */
export const ARROW_TABLES: { readonly [D in ArrowDataset]: readonly (readonly [key: string, kind: RecordKind])[] } = {
  talent: [
    ['cells', 'cells'],
    ['demand', 'demand'],
    ['sources', 'sources'],
  ],
  enterprises: [['items', 'enterprises']],
  platforms: [['items', 'platforms']],
}

/** Whether a dataset has a columnar form. */
export function isArrowDataset(name: string): name is ArrowDataset {
  return (ARROW_DATASETS as readonly string[]).includes(name)
}
