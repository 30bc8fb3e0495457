/**
 * The plain reference the engine is tested against: a dataset's declaration (the same spec
 * src/ uses) read record by record, with its own copy of the filter rules, so it checks the
 * cube and the record predicate rather than agreeing with them by construction.
 */
import type { CubeDef, RowDef } from '../../../../src/domain/engine/cube'
import type { CubeSpec, DimSpec, GroupSpec, RowSpec } from '../../../../src/domain/engine/spec'
import type { Filters } from '../../../../src/domain/filters'
import type { Meta } from '../../../../src/domain/types'

type Rec = Record<string, unknown>

/** The year range of the filters: asOf's year (`lastYear`) unless one is set. */
function range(f: Filters, lastYear: number) {
  return f.year ?? { from: lastYear, to: lastYear }
}

/** SPEC §3 filter rules, written out again: does `value` meet the dimension's filter? */
function meets(dim: DimSpec<unknown>, value: unknown, f: Filters, lastYear: number): boolean {
  const { from, to } = range(f, lastYear)
  if (!dim.kind) return true
  if (dim.kind === 'any-of') {
    const ids = f[dim.filter]
    return ids.length === 0 || ids.some((id) => id === value)
  }
  if (dim.kind === 'exact') return f[dim.filter] === null || f[dim.filter] === '' || f[dim.filter] === value
  if (dim.kind === 'list-contains') {
    const id = f[dim.filter]
    return id === null || id === '' || (value as unknown[]).some((v) => v === id)
  }
  const year = value as number
  if (dim.kind === 'year-in-range') return from <= year && year <= to
  if (dim.kind === 'at-or-before-range-end') return year <= to
  return year === to
}

/** A record meets every filter but those of the dimensions in `skip` (a group's own). */
export function referenceMatches<Row>(
  spec: RowSpec<Row>,
  row: Row,
  f: Filters,
  lastYear: number,
  skip: readonly string[] = [],
): boolean {
  return Object.entries(spec.dims).every(
    ([name, dim]) => skip.includes(name) || meets(dim as DimSpec<unknown>, (row as Rec)[dim.field], f, lastYear),
  )
}

/** The records passing every filter, in order. */
export function referenceFilter<Row>(
  def: RowDef<Row> | CubeDef<Row, unknown>,
  rows: readonly Row[],
  f: Filters,
  lastYear: number,
): Row[] {
  return rows.filter((r) => referenceMatches(def.spec, r, f, lastYear))
}

function read(row: Rec, path: string): number {
  const [a = '', b] = path.split('.')
  return (b === undefined ? row[a] : (row[a] as Rec)[b]) as number
}

/** What one record adds to one measure of one group (0 when a hook leaves it out). */
function measureValue(spec: CubeSpec<unknown>, name: string, g: GroupSpec, row: Rec, to: number, meta: Meta | null) {
  const m = spec.measures[name]
  if (!m) throw new Error(`no measure ${name}`)
  if (m.atRangeEndOf !== undefined && !g.by.includes(m.atRangeEndOf)) {
    const dim = spec.dims[m.atRangeEndOf] as DimSpec<unknown>
    if (row[dim.field] !== to) return 0
  }
  if (m.where) {
    const dim = spec.dims[m.where.dim] as DimSpec<unknown>
    const entries = (meta?.[dim.domain as keyof Meta] ?? []) as unknown as Rec[]
    const entry = entries.find((e) => (e.id ?? e.adcode) === row[dim.field])
    if (entry?.[m.where.flag] !== true) return 0
  }
  return m.field ? read(row, m.field) : 1
}

function keysOf(spec: CubeSpec<unknown>, dimName: string, row: Rec): unknown[] {
  const dim = spec.dims[dimName] as DimSpec<unknown>
  const v = row[dim.field]
  return dim.kind === 'list-contains' ? (v as unknown[]) : [v]
}

/**
 * Every total and group-by of a cube spec, one record at a time: each group over the records
 * meeting every filter but its own dimensions'. Totals are spread into the result; groups are
 * maps of the keys seen (no zero entries), nested for two dims; one measure gives numbers.
 */
export function referenceQuery<Row, A>(
  def: CubeDef<Row, A>,
  rows: readonly Row[],
  f: Filters,
  lastYear: number,
  meta: Meta | null = null,
): A {
  const spec = def.spec as CubeSpec<unknown>
  const { to } = range(f, lastYear)
  const out: Rec = {}
  for (const [name, g] of Object.entries(spec.groups)) {
    const acc = new Map<string, { keys: unknown[]; sums: number[] }>()
    for (const row of rows as readonly Rec[]) {
      if (!referenceMatches(spec, row, f, lastYear, g.by)) continue
      const combos = g.by.reduce<unknown[][]>(
        (cs, d) => cs.flatMap((c) => keysOf(spec, d, row).map((k) => [...c, k])),
        [[]],
      )
      for (const keys of combos) {
        const id = JSON.stringify(keys)
        let a = acc.get(id)
        if (!a) acc.set(id, (a = { keys, sums: g.measures.map(() => 0) }))
        g.measures.forEach((m, i) => (a.sums[i] = (a.sums[i] as number) + measureValue(spec, m, g, row, to, meta)))
      }
    }
    const value = (sums: number[]) =>
      g.measures.length === 1 ? sums[0] : Object.fromEntries(g.measures.map((m, i) => [m, sums[i]]))
    if (g.by.length === 0) {
      const sums = acc.get('[]')?.sums ?? g.measures.map(() => 0)
      g.measures.forEach((m, i) => (out[m] = sums[i]))
      continue
    }
    const map = new Map<unknown, unknown>()
    for (const { keys, sums } of acc.values()) {
      if (keys.length === 1) map.set(keys[0], value(sums))
      else {
        const inner = (map.get(keys[0]) as Map<unknown, unknown> | undefined) ?? new Map()
        map.set(keys[0], inner.set(keys[1], value(sums)))
      }
    }
    out[name] = map
  }
  return out as A
}

/**
 * Differences between a cube result and the reference: every total and every key either side
 * (a key missing on one side counts as zero there). Sums of decimals may differ in the last bits.
 */
export function queryDiff<Row, A>(def: CubeDef<Row, A>, got: A, want: A): string[] {
  const spec = def.spec as CubeSpec<unknown>
  const out: string[] = []
  const num = (v: unknown, m: string, single: boolean) =>
    (single ? (v as number | undefined) : (v as Rec | undefined)?.[m]) as number | undefined
  const check = (label: string, g: unknown, w: unknown) => {
    const a = (g as number | undefined) ?? 0
    const b = (w as number | undefined) ?? 0
    if (Math.abs(a - b) > 1e-6 * Math.max(1, Math.abs(b))) out.push(`${label}: got ${a}, want ${b}`)
  }
  for (const [name, g] of Object.entries(spec.groups)) {
    const single = g.measures.length === 1
    if (g.by.length === 0) {
      for (const m of g.measures) check(m, (got as Rec)[m], (want as Rec)[m])
      continue
    }
    const flat = (map: unknown) => {
      const rows = new Map<string, unknown>()
      for (const [k, v] of map as Map<unknown, unknown>) {
        if (g.by.length === 1) rows.set(JSON.stringify([k]), v)
        else for (const [l, x] of v as Map<unknown, unknown>) rows.set(JSON.stringify([k, l]), x)
      }
      return rows
    }
    const a = flat((got as Rec)[name])
    const b = flat((want as Rec)[name])
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      if (!a.has(key)) out.push(`${name}${key}: missing in the cube`)
      for (const m of g.measures) check(`${name}${key}.${m}`, num(a.get(key), m, single), num(b.get(key), m, single))
    }
  }
  return out
}
