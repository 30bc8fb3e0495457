/**
 * What `db:load` reads: the generator's datasets at a scale, an apiBase folder of contract
 * files, or a synthetic province (16 generated cities side by side). Each yields meta,
 * boundaries and one or more chunks of records, checked as the browser checks them.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateDataset } from '../../src/api/load.ts'
import { reconcilePoints, reconcileTalent } from '../../src/domain/reconcile.ts'
import type { Boundaries, DatasetName, Datasets, Enterprise, Meta, Platform, Talent } from '../../src/domain/types.ts'
import { generate } from '../../mock/generate.ts'

export interface Chunk {
  talent: Talent
  enterprises: Enterprise[]
  platforms: Platform[]
}

export interface LoadSource {
  /** What was loaded, for load_info and the log. */
  label: string
  meta: Meta
  boundaries: Boundaries
  chunks(): Iterable<Chunk>
  /** Records dropped by the checks, by dataset and reason. */
  dropped: Record<string, Record<string, number>>
}

/** Validates as the browser does (schemas, then ids and points against meta and the boundaries). */
export function checkDatasets(raw: Record<DatasetName, unknown>, dropped: LoadSource['dropped']): Datasets {
  const out: Partial<Datasets> = {}
  for (const name of ['meta', 'boundaries', 'talent', 'enterprises', 'platforms'] as const) {
    const r = validateDataset(name, raw[name])
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`)
    if (r.dropped.total) addCounts(dropped, name, r.dropped.byReason)
    ;(out as Record<string, unknown>)[name] = r.data
  }
  const d = out as Datasets
  const t = reconcileTalent(d.meta, d.talent)
  const e = reconcilePoints('enterprises', d.meta, d.boundaries, d.enterprises)
  const p = reconcilePoints('platforms', d.meta, d.boundaries, d.platforms)
  addCounts(dropped, 'talent', t.dropped ?? {})
  addCounts(dropped, 'enterprises', e.dropped ?? {})
  addCounts(dropped, 'platforms', p.dropped ?? {})
  return { ...d, talent: t.data, enterprises: e.data, platforms: p.data }
}

function addCounts(into: LoadSource['dropped'], name: string, counts: Record<string, number>) {
  const d = (into[name] ??= {})
  for (const [k, n] of Object.entries(counts)) d[k] = (d[k] ?? 0) + n
}

function single(label: string, data: Datasets, dropped: LoadSource['dropped']): LoadSource {
  return {
    label,
    meta: data.meta,
    boundaries: data.boundaries,
    dropped,
    *chunks() {
      yield { talent: data.talent, enterprises: data.enterprises.items, platforms: data.platforms.items }
    },
  }
}

export function fromGenerator(scale: number, seed?: number): LoadSource {
  const dropped = {}
  const data = checkDatasets(generate({ scale, ...(seed === undefined ? {} : { seed }) }), dropped)
  return single(`generator scale ${scale}${seed === undefined ? '' : ` seed ${seed}`}`, data, dropped)
}

/** An apiBase folder (`{dir}/meta`, …, with or without `.json`), or a built app whose `api/v1` holds them. */
export function fromDir(dir: string): LoadSource {
  const base = existsSync(join(dir, 'api', 'v1', 'meta')) ? join(dir, 'api', 'v1') : dir
  const read = (name: string): unknown => {
    const file = [join(base, name), join(base, `${name}.json`)].find((f) => existsSync(f))
    if (!file) throw new Error(`no ${name} in ${base}`)
    const text = readFileSync(file, 'utf8')
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
  }
  const raw = Object.fromEntries(
    (['meta', 'boundaries', 'talent', 'enterprises', 'platforms'] as const).map((n) => [n, read(n)]),
  ) as Record<DatasetName, unknown>
  const dropped = {}
  return single(`folder ${dir}`, checkDatasets(raw, dropped), dropped)
}
