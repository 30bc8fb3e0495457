import { recordCases } from './records'
import { stringCases } from './strings'
import { transportCases } from './transport'
import type { CorpusCase } from './types'

export type { CorpusCase, CorpusPath, CorpusResponse, Outcome } from './types'
export { hostileOverrides, PAYLOADS } from './strings'
export { installOverrides } from './serve'

/** The bad-input corpus run by tests/e2e/corpus.test.ts against the built app. */
export const corpus: CorpusCase[] = [...transportCases, ...recordCases, ...stringCases]
