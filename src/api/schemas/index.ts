import type { DatasetName, Datasets } from '../../domain/types.ts'
import { validateBoundaries } from './boundaries.ts'
import type { DropReport, ShapeResult } from './common.ts'
import { validateMeta } from './meta.ts'
import { validateRecords, type RecordOptions } from './records.ts'

/** How a dataset is validated: with or without the reference stage's meta and boundaries. */
export type ValidateOptions = Pick<RecordOptions, 'against'>

/** Validates one dataset's parsed body; drops go into `report`, a whole-dataset failure is returned. */
export type DatasetValidator<K extends DatasetName> = (
  raw: unknown,
  report: DropReport,
  options: ValidateOptions,
) => ShapeResult<Datasets[K]>

const records =
  <K extends 'talent' | 'enterprises' | 'platforms'>(name: K): DatasetValidator<K> =>
  (raw, report, { against }) =>
    validateRecords(name, raw, report, { against })

export const validators: { readonly [K in DatasetName]: DatasetValidator<K> } = {
  meta: validateMeta,
  boundaries: validateBoundaries,
  talent: records('talent'),
  enterprises: records('enterprises'),
  platforms: records('platforms'),
}
