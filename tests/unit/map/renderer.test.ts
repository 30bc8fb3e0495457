import { describe, expect, it } from 'vitest'
import { isSoftwareRenderer } from '@/map/renderer'

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
