/** The big-screen design size (SPEC §7). */
export const STAGE_W = 1920
export const STAGE_H = 1080

export interface StageFit {
  scale: number
  left: number
  top: number
}

/** Scales the design stage to fit the window: letterboxed, never stretched or cropped. */
export function fitStage(winW: number, winH: number, w = STAGE_W, h = STAGE_H): StageFit {
  if (!(winW > 0 && winH > 0)) return { scale: 1, left: 0, top: 0 }
  const scale = Math.min(winW / w, winH / h)
  return { scale, left: (winW - w * scale) / 2, top: (winH - h * scale) / 2 }
}
