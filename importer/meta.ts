/**
 * The meta and boundaries of the output. Code lists (districts, chains and segments, types,
 * kinds, levels, age bands) come from `--meta FILE` or the bundled sample's meta; years, asOf,
 * dataVersion and sources come from the imported data; `isSample` is false.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { validateDataset } from '../src/api/load.ts'
import type { Boundaries, Meta, Source } from '../src/domain/types.ts'
import { buildMeta } from '../mock/catalog.ts'
import { DEFAULT_SEED } from '../mock/generate.ts'

const BUNDLED_BOUNDARIES = new URL('../mock/data/zaozhuang-districts.geojson', import.meta.url)

async function readJson(path: string | URL, what: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    throw new Error(`${what}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * The base meta: the file's fields over the bundled sample's (so a file may hold only what differs),
 * checked by the app's meta schema. The sample's published figures (`facts`) are left out unless the file has its own.
 */
export async function loadBaseMeta(path?: string): Promise<{ meta: Meta; fromFile: boolean; dropped: number }> {
  const bundled = buildMeta(DEFAULT_SEED, 1)
  delete bundled.facts
  const file = path ? await readJson(path, `--meta ${path}`) : {}
  if (typeof file !== 'object' || file === null || Array.isArray(file))
    throw new Error(`--meta ${path}: not a JSON object`)
  const checked = validateDataset('meta', { ...bundled, ...file })
  if (!checked.ok) throw new Error(`--meta ${path ?? '(bundled)'}: ${checked.error.message}`)
  return { meta: checked.data, fromFile: Boolean(path), dropped: checked.dropped.total }
}

/** The district polygons (GCJ-02): `--boundaries FILE` or the bundled ones, checked by the app's schema. */
export async function loadBoundaries(path?: string): Promise<Boundaries> {
  const raw = await readJson(path ?? BUNDLED_BOUNDARIES, path ? `--boundaries ${path}` : 'bundled boundaries')
  const checked = validateDataset('boundaries', raw)
  if (!checked.ok) throw new Error(`boundaries: ${checked.error.message}`)
  return checked.data
}

/** Every year from the data's first to its last; the base meta's years when the data has none. */
export function yearsOf(dataYears: Iterable<number>, base: readonly number[]): number[] {
  const ys = [...dataYears]
  if (!ys.length) return [...base]
  const [lo, hi] = [Math.min(...ys), Math.max(...ys)]
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i)
}

/** `given`, else the base meta's asOf when it falls in the last year, else that year's last day (today at the latest). */
export function asOfFor(years: readonly number[], base: Meta, given?: string, today = new Date()): string {
  if (given) return given
  const last = Math.max(...years)
  if (Number(base.asOf.slice(0, 4)) === last) return base.asOf
  const now = today.toISOString().slice(0, 10)
  const end = `${last}-12-31`
  return end < now ? end : now
}

/** "import-<asOf>-<hash of the data>": changes whenever the data does, so caches never mix two imports. */
export function dataVersionOf(asOf: string, bodies: readonly string[]): string {
  const hash = createHash('sha1')
  for (const b of bodies) hash.update(b)
  return `import-${asOf}-${hash.digest('hex').slice(0, 10)}`
}

export interface MetaParts {
  years: number[]
  asOf: string
  dataVersion: string
  sources: Source[]
}

export function finalMeta(base: Meta, parts: MetaParts): Meta {
  return { ...base, isSample: false, ...parts }
}
