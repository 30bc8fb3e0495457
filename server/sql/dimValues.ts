/**
 * The keys of each cube dimension in the browser engine's order — meta's ids first (in meta's
 * order), then values as first seen in the records; `order: 'ascending'` dims sorted — so the
 * server's group-by Maps list the same keys in the same order, zeros included.
 */
import { domainEntries } from '../../src/domain/engine/build.ts'
import type { Meta } from '../../src/domain/types.ts'
import type { DimValue, DimValues } from './shape.ts'
import type { CubeSpec, DimSpec } from './specs.ts'
import type { Flags } from './cubeSql.ts'

/** Reads a record's field (`talent.total` reads a field of an object field). */
export function fieldGetter(path: string): (row: unknown) => unknown {
  const [a = '', b] = path.split('.')
  if (b === undefined) return (row) => (row as Record<string, unknown>)[a]
  return (row) => ((row as Record<string, Record<string, unknown>>)[a] ?? {})[b]
}

/** Collects each dim's keys while the records stream past. */
export class DimCollector<Row> {
  private readonly seen: Record<string, Set<DimValue>> = {}
  private readonly getters: [string, (row: unknown) => unknown, boolean][]

  constructor(
    private readonly spec: CubeSpec<Row>,
    meta: Meta,
  ) {
    for (const [name, dim] of Object.entries<DimSpec<Row>>(spec.dims)) {
      this.seen[name] = new Set(dim.domain ? domainEntries(meta, dim.domain).map(([id]) => id) : [])
    }
    this.getters = Object.entries(spec.dims).map(([name, dim]) => [
      name,
      fieldGetter(dim.field),
      dim.kind === 'list-contains',
    ])
  }

  add(row: Row): void {
    for (const [name, get, list] of this.getters) {
      const set = this.seen[name] as Set<DimValue>
      const v = get(row)
      if (list) for (const m of v as DimValue[]) set.add(m)
      else set.add(v as DimValue)
    }
  }

  values(): DimValues {
    const out: Record<string, DimValue[]> = {}
    for (const [name, dim] of Object.entries<DimSpec<Row>>(this.spec.dims)) {
      const vals = [...(this.seen[name] as Set<DimValue>)]
      out[name] = dim.order === 'ascending' ? vals.sort((a, b) => Number(a) - Number(b)) : vals
    }
    return out
  }
}

/** The flagged keys of each `where` measure (e.g. the young age bands), from meta. */
export function measureFlags(spec: CubeSpec<unknown>, meta: Meta): Flags {
  const flags: Record<string, string[]> = {}
  for (const [name, m] of Object.entries(spec.measures)) {
    if (!m.where) continue
    const domain = spec.dims[m.where.dim]?.domain
    const flag = m.where.flag
    flags[name] = domain
      ? domainEntries(meta, domain)
          .filter(([, e]) => (e as Record<string, unknown>)[flag] === true)
          .map(([id]) => String(id))
      : []
  }
  return flags
}
