import type { DatasetName, Datasets } from '../../domain/types.ts'
import { validateBoundaries } from './boundaries.ts'
import type { DropReport, ShapeResult } from './common.ts'
import { validateMeta } from './meta.ts'
import { validateRecords, type RecordOptions } from './records.ts'

/** Validates one dataset's parsed body; drops go into `report`, a whole-dataset failure is returned. */
export type DatasetValidator<K extends DatasetName> = (
  raw: unknown,
  report: DropReport,
  options: RecordOptions,
) => ShapeResult<Datasets[K]>

export const validators: { readonly [K in DatasetName]: DatasetValidator<K> } = {
  meta: validateMeta,
  boundaries: validateBoundaries,
  talent: (raw, report, options) => validateRecords('talent', raw, report, options),
  enterprises: (raw, report, options) => validateRecords('enterprises', raw, report, options),
  platforms: (raw, report, options) => validateRecords('platforms', raw, report, options),
}
