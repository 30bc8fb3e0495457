import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { drawn, isSoftwareRenderer } from '@/map/renderer'

describe('isSoftwareRenderer', () => {
  it.each([
    'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
    'Google SwiftShader',
    'llvmpipe (LLVM 15.0.6, 256 bits)',
    'Mesa/X.org, softpipe',
    'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
  ])('software: %s', (name) => expect(isSoftwareRenderer(name)).toBe(true))

  it.each([
    'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)',
    'Mesa Intel(R) UHD Graphics 620 (KBL GT2)',
    'Apple M1',
    'AMD Radeon Pro 5500M OpenGL Engine',
    '',
  ])('a GPU (or unknown): %s', (name) => expect(isSoftwareRenderer(name)).toBe(false))
})

/** A WebGL 2 context's fence calls, the fence signalled after `signalAfter` polls (never when null). */
function fencedGl(signalAfter: number | null) {
  let polls = 0
  const calls: string[] = []
  const sync = {}
  const gl = {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    SIGNALED: 0x9119,
    UNSIGNALED: 0x9118,
    fenceSync: () => (calls.push('fence'), sync),
    flush: () => calls.push('flush'),
    isContextLost: () => false,
    getSyncParameter: (s: object) => {
      expect(s).toBe(sync)
      polls++
      return signalAfter !== null && polls >= signalAfter ? 0x9119 : 0x9118
    },
    deleteSync: (s: object) => (expect(s).toBe(sync), calls.push('delete')),
  }
  return { gl: gl as unknown as WebGL2RenderingContext, calls, polls: () => polls }
}

describe('drawn', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('resolves once the fence is signalled, polling between tasks, and deletes the fence', async () => {
    const { gl, calls, polls } = fencedGl(3)
    let done = false
    void drawn(gl).then(() => (done = true))
    expect(calls).toEqual(['fence', 'flush'])
    await vi.advanceTimersByTimeAsync(16 * 2)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(16)
    expect(done).toBe(true)
    expect(polls()).toBe(3)
    expect(calls).toEqual(['fence', 'flush', 'delete'])
  })

  it('gives up after a second on a fence that never signals', async () => {
    const { gl, calls } = fencedGl(null)
    let done = false
    void drawn(gl).then(() => (done = true))
    await vi.advanceTimersByTimeAsync(900)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(200)
    expect(done).toBe(true)
    expect(calls.at(-1)).toBe('delete')
  })

  it('resolves at once without a context or without WebGL 2 fences', async () => {
    await expect(drawn(null)).resolves.toBeUndefined()
    await expect(drawn({} as WebGLRenderingContext)).resolves.toBeUndefined()
  })
})
