import type { TestProject } from 'vitest/node'
import { startTestDb, type TestDb } from './harness'

declare module 'vitest' {
  export interface ProvidedContext {
    db: { adminUrl: string; readerUrl: string }
  }
}

let db: TestDb | null = null

/** One throwaway cluster with the scale-1 sample data for every server test; removed afterwards. */
export async function setup(project: TestProject) {
  db = await startTestDb(1)
  project.provide('db', { adminUrl: db.adminUrl, readerUrl: db.readerUrl })
}

export function teardown() {
  db?.stop()
  db = null
}
