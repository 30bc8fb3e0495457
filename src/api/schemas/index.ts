import type { DatasetName, Datasets } from '../../domain/types.ts'
import { validateBoundaries } from './boundaries.ts'
import type { DropReport, ShapeResult } from './common.ts'
import type { EngineOptions } from './fast.ts'
import { validateMeta } from './meta.ts'
import { validateRecords, type RecordOptions } from './records.ts'
import { zodRecordChecks } from './recordsZod.ts'

/** How a dataset is validated: the engine of the large arrays, and the reference stage's meta and boundaries. */
export type ValidateOptions = EngineOptions & Pick<RecordOptions, 'against'>

/** Validates one dataset's parsed body; drops go into `report`, a whole-dataset failure is returned. */
export type DatasetValidator<K extends DatasetName> = (
  raw: unknown,
  report: DropReport,
  options: ValidateOptions,
) => ShapeResult<Datasets[K]>

const records =
  <K extends 'talent' | 'enterprises' | 'platforms'>(name: K): DatasetValidator<K> =>
  (raw, report, { engine, against }) =>
    validateRecords(name, raw, report, { against, checks: engine === 'zod' ? zodRecordChecks : undefined })

export const validators: { readonly [K in DatasetName]: DatasetValidator<K> } = {
  meta: validateMeta,
  boundaries: validateBoundaries,
  talent: records('talent'),
  enterprises: records('enterprises'),
  platforms: records('platforms'),
}
