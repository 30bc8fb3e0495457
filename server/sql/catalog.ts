import { enterpriseCube, platformCube, talentCube } from './specs.ts'

/** The cubes `/query` answers, in the engine result's order. */
export const CUBES = [talentCube, enterpriseCube, platformCube] as const
