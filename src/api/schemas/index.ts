import type { DatasetName, Datasets } from '../../domain/types.ts'
import { validateBoundaries } from './boundaries.ts'
import type { DropReport, ShapeResult } from './common.ts'
import { validateEnterprises, validatePlatforms } from './items.ts'
import { validateMeta } from './meta.ts'
import { validateTalent } from './talent.ts'

export type { DropReason, DropReport, ShapeResult } from './common.ts'
export type { EngineOptions } from './fast.ts'

/** Validates one dataset's parsed body; drops go into `report`, a whole-dataset failure is returned. */
export type DatasetValidator<K extends DatasetName> = (raw: unknown, report: DropReport) => ShapeResult<Datasets[K]>

export const validators: { readonly [K in DatasetName]: DatasetValidator<K> } = {
  meta: validateMeta,
  boundaries: validateBoundaries,
  talent: (raw, report) => validateTalent(raw, report),
  enterprises: (raw, report) => validateEnterprises(raw, report),
  platforms: (raw, report) => validatePlatforms(raw, report),
}
