/**
 * The datasets' declarations the SQL is generated from: the browser engine's own specs
 * (src/domain/engine: dims with field, filter key and filter kind; measures; group-bys), so
 * the server and the browser apply the same filter rules to the same declaration.
 */
import {
  enterpriseCube as firms,
  platformCube as platforms,
  talentCube as talent,
} from '../../src/domain/engine/index.ts'
import type { CubeSpec } from '../../src/domain/engine/spec.ts'

export type { CubeSpec, DimSpec, MetaDomain } from '../../src/domain/engine/spec.ts'

const untyped = (spec: unknown) => spec as CubeSpec<unknown>

export const talentCube = untyped(talent.spec)
export const enterpriseCube = untyped(firms.spec)
export const platformCube = untyped(platforms.spec)
