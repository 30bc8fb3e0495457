/**
 * The deterministic sample-data generator (SPEC §5). Every dataset of the v1
 * contract from one seed; `scale` multiplies the volumes and every published
 * figure (scale 50 ≈ 200k firms and 1M talent cells, for benchmarks).
 */
import type { Datasets } from '../src/domain/types.ts'
import { buildMeta } from './catalog.ts'
import { generateEnterprises } from './gen-enterprises.ts'
import { generatePlatforms } from './gen-platforms.ts'
import { generateDemand, generateSources } from './gen-supply.ts'
import { generateTalentCells } from './gen-talent.ts'
import { createPointSampler, loadBoundaries } from './geo.ts'
import { createNamer } from './names.ts'
import { createRng, deriveSeed } from './random.ts'

export const DEFAULT_SEED = 20241231

export interface GenerateOptions {
  seed?: number
  /** Integer ≥ 1. */
  scale?: number
}

export function generate(opts: GenerateOptions = {}): Datasets {
  const seed = opts.seed ?? DEFAULT_SEED
  const scale = opts.scale ?? 1
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be an integer ≥ 1, got ${scale}`)
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`)
  // One independent stream per part, so tuning one part leaves the others' data as it was.
  const rng = (part: string) => createRng(deriveSeed(seed, part))
  const boundaries = loadBoundaries()
  const geo = createPointSampler(boundaries)
  const namer = createNamer()
  const firms = generateEnterprises(rng('enterprises'), scale, geo, namer)
  const platforms = generatePlatforms(rng('platforms'), scale, firms, geo, namer)
  const cells = generateTalentCells(rng('talent'), scale)
  return {
    meta: buildMeta(seed, scale),
    boundaries,
    talent: {
      cells,
      demand: generateDemand(rng('demand'), firms, scale),
      sources: generateSources(rng('sources'), cells),
    },
    enterprises: { items: firms },
    platforms: { items: platforms },
  }
}
