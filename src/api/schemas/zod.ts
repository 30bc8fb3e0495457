import * as z from 'zod/mini'

/**
 * zod's tree-shakable functional build (`zod/mini`: `z.optional(s)`, `s.check(z.maxLength(n))`), so the first
 * load carries only the parts the app's schemas use; classic zod (tests' reference) shares its core and config.
 * Configured for a Content-Security-Policy without 'unsafe-eval' (SPEC §9): `jitless` stops zod from
 * probing `new Function`, which a strict CSP reports as a violation even though zod catches it.
 * It must run before the first schema is built, so every module that builds schemas imports `z` from here.
 */
z.config({ jitless: true })

export { z }
