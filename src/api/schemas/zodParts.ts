import { z } from './zod.ts'
import type { DropReason, RecordCheck } from './common.ts'
import { ID_MAX, NAME_MAX, TEXT_MAX, YEAR_MAX, YEAR_MIN } from './common.ts'

/** zod's side of the contract's primitives (the rule tables' kinds in zod, and zod issues as drop reasons). */

export const idString = z.string().check(z.minLength(1), z.maxLength(ID_MAX))
export const nameString = z.string().check(z.minLength(1), z.maxLength(NAME_MAX))
export const textString = z.string().check(z.maxLength(TEXT_MAX))
export const count = z.int().check(z.minimum(0))
export const year = z.int().check(z.minimum(YEAR_MIN), z.maximum(YEAR_MAX))

/** The value at a zod issue's path (issues carry no input unless asked, which slows every parse). */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/** Maps a zod issue to a stable reason key; `input` is the value the issue is about. */
export function reasonOf(issue: z.core.$ZodIssue, input: unknown): DropReason {
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return 'missing-field'
      const numeric = issue.expected === 'number' || issue.expected === 'int'
      return numeric && typeof input === 'number' ? 'invalid-number' : 'wrong-type'
    }
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'too-long' : 'out-of-range'
    case 'too_small':
      return issue.origin === 'string' ? 'missing-field' : 'out-of-range'
    case 'invalid_value':
      return 'invalid-value'
    case 'invalid_format':
      return 'invalid-format'
    case 'custom':
      return isDropReason(issue.message) ? issue.message : 'invalid'
    default:
      return 'invalid'
  }
}

const REASONS: ReadonlySet<string> = new Set<DropReason>([
  'not-an-object',
  'missing-field',
  'wrong-type',
  'invalid-number',
  'out-of-range',
  'too-long',
  'invalid-value',
  'invalid-format',
  'invalid-geometry',
  'duplicate-id',
  'personal-data',
  'invalid',
])

function isDropReason(value: string): value is DropReason {
  return REASONS.has(value)
}

/** Wraps a zod object schema (mini or classic) as a record check: unknown keys are stripped, the first issue names the reason. */
export function zodCheck<S extends z.core.$ZodType>(schema: S): RecordCheck<z.output<S>> {
  return (rec) => {
    const result = z.safeParse(schema, rec)
    if (result.success) return { ok: true, value: result.data }
    const issue = result.error.issues[0]
    if (!issue) return { ok: false, reason: 'invalid', field: '' }
    return { ok: false, reason: reasonOf(issue, valueAt(rec, issue.path)), field: issue.path.map(String).join('.') }
  }
}
