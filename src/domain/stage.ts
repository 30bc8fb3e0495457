/** The three big-screen designs (SPEC §7): 16:9, portrait 9:16 and ultra-wide 48:9. */
export type StageShape = 'wide' | 'portrait' | 'ultrawide'

export interface StageSize {
  width: number
  height: number
}

/** Each design's size in stage coordinates (CSS pixels before the stage is scaled). */
export const STAGES: Readonly<Record<StageShape, StageSize>> = {
  wide: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 },
  ultrawide: { width: 5760, height: 1080 },
}

const SHAPES = Object.keys(STAGES) as StageShape[]

/**
 * The design nearest the window's aspect, compared on a log scale (so 4:3 and 21:9 take the
 * 16:9 design, 32:9 the ultra-wide one, 3:4 the portrait one).
 */
export function stageShapeFor(winW: number, winH: number): StageShape {
  if (!(winW > 0 && winH > 0)) return 'wide'
  const aspect = Math.log(winW / winH)
  const distance = (s: StageShape) => Math.abs(aspect - Math.log(STAGES[s].width / STAGES[s].height))
  return SHAPES.reduce((best, s) => (distance(s) < distance(best) ? s : best), 'wide')
}

export interface StageFit {
  scale: number
  left: number
  top: number
}

/** Scales a design stage to fit the window: letterboxed, never stretched or cropped. */
export function fitStage(winW: number, winH: number, w: number, h: number): StageFit {
  if (!(winW > 0 && winH > 0)) return { scale: 1, left: 0, top: 0 }
  const scale = Math.min(winW / w, winH / h)
  return { scale, left: (winW - w * scale) / 2, top: (winH - h * scale) / 2 }
}
