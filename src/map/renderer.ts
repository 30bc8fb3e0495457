/**
 * Whether the browser draws WebGL in software (SwiftShader, llvmpipe…): a machine without a usable GPU,
 * such as a wall PC in a virtual machine, a remote desktop or a headless browser. There multisampling
 * doubles the cost of every map frame (≈ 110 → 60 ms a frame at 1600×900 at scale 50, measured with
 * SwiftShader), so the map goes without it; MapLibre's own layers smooth their edges in their shaders,
 * only the 3D blocks' edges lose it. A GPU keeps it.
 */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i

export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE.test(renderer)
}

let renderer: string | undefined

/** The WebGL renderer's name, read once from a throwaway context ('' without WebGL). */
export function webglRenderer(): string {
  if (renderer !== undefined) return renderer
  renderer = ''
  try {
    const gl = document.createElement('canvas').getContext('webgl2')
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info')
      renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '')
      gl.getExtension('WEBGL_lose_context')?.loseContext()
    }
  } catch {
    // No WebGL here: MapLibre reports that itself when the map starts.
  }
  return renderer
}

/** How long `drawn` polls before it gives up waiting (a driver that never signals). */
const DRAWN_LIMIT_MS = 1000

/**
 * Resolves once the GL driver has drawn everything `gl` was given so far: a fence polled between tasks,
 * never waited on, so a software driver draws on its own threads while the page goes on. Resolves at once
 * without WebGL 2 fences.
 */
export function drawn(gl: WebGLRenderingContext | WebGL2RenderingContext | null): Promise<void> {
  if (!gl || !('fenceSync' in gl)) return Promise.resolve()
  const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0)
  gl.flush()
  const start = performance.now()
  return new Promise((resolve) => {
    const poll = () => {
      const done =
        !sync ||
        gl.isContextLost() ||
        gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED ||
        performance.now() - start > DRAWN_LIMIT_MS
      if (!done) return void setTimeout(poll, 16)
      if (sync) gl.deleteSync(sync)
      resolve()
    }
    setTimeout(poll, 16)
  })
}
