import * as z from 'zod'

/**
 * zod, configured for a Content-Security-Policy without 'unsafe-eval' (SPEC §9): `jitless` stops zod from
 * probing `new Function`, which a strict CSP reports as a violation even though zod catches it.
 * It must run before the first schema is built, so every module that builds schemas imports `z` from here.
 */
z.config({ jitless: true })

export { z }
