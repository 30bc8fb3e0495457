import type { EnterpriseAggregates, PlatformAggregates, TalentAggregates } from '../../../src/domain/engine'
import type { naiveEnterprises, naivePlatforms, naiveTalent } from './naive'

type Pick<V> = (v: V) => number

/** Differences between an engine map (every key, zeros included) and a naive one (keys seen); missing = 0. */
export function mapDiff<K, V>(
  name: string,
  got: ReadonlyMap<K, V>,
  want: ReadonlyMap<K, number>,
  field: Pick<V>,
): string[] {
  const out: string[] = []
  for (const k of new Set([...got.keys(), ...want.keys()])) {
    const g = got.has(k) ? field(got.get(k) as V) : 0
    const w = want.get(k) ?? 0
    if (Math.abs(g - w) > 1e-6) out.push(`${name}[${String(k)}]: got ${g}, want ${w}`)
  }
  return out
}

const only = <V>(m: ReadonlyMap<unknown, V>, field: Pick<V>) => new Map([...m].map(([k, v]) => [k, field(v)]))
const stock = (v: { stock: number }) => v.stock
const inflow = (v: { inflow: number }) => v.inflow
const count = (v: { count: number }) => v.count
const ident = (v: number) => v

export function talentDiff(got: TalentAggregates, want: ReturnType<typeof naiveTalent>): string[] {
  const out: string[] = []
  if (got.stock !== want.stock || got.inflow !== want.inflow)
    out.push(`totals ${got.stock}/${got.inflow} vs ${want.stock}/${want.inflow}`)
  for (const key of ['byDistrict', 'byChain', 'byTalentType', 'byEducation', 'byAgeBand', 'byYear'] as const) {
    const g = got[key] as ReadonlyMap<unknown, { stock: number; inflow: number }>
    const w = want[key] as ReadonlyMap<unknown, { stock: number; inflow: number }>
    out.push(
      ...mapDiff(`${key}.stock`, g, only(w, stock), stock),
      ...mapDiff(`${key}.inflow`, g, only(w, inflow), inflow),
    )
  }
  out.push(...mapDiff('byDistrict.young', got.byDistrict, want.youngByDistrict, (v) => v.young))
  return out
}

export function enterpriseDiff(got: EnterpriseAggregates, want: ReturnType<typeof naiveEnterprises>): string[] {
  const out: string[] = []
  if (got.count !== want.count || got.talent !== want.talent) out.push(`totals ${got.count}/${got.talent}`)
  if (Math.abs(got.outputValue - want.outputValue) > 1e-6) out.push(`output ${got.outputValue} vs ${want.outputValue}`)
  for (const key of ['byDistrict', 'byChain', 'bySegment'] as const) {
    out.push(
      ...mapDiff(`${key}.count`, got[key], want[key].count, count),
      ...mapDiff(`${key}.output`, got[key], want[key].outputValue, (v) => v.outputValue),
      ...mapDiff(`${key}.talent`, got[key], want[key].talent, (v) => v.talent),
    )
  }
  out.push(
    ...mapDiff('byType', got.byType, want.byType, ident),
    ...mapDiff('byFounded', got.byFounded, want.byFounded, ident),
  )
  return out
}

export function platformDiff(got: PlatformAggregates, want: ReturnType<typeof naivePlatforms>): string[] {
  const out: string[] = []
  if (got.count !== want.count || got.postdocs !== want.postdocs) out.push(`totals ${got.count}/${got.postdocs}`)
  const kl = new Map<string, number>()
  for (const [kind, levels] of got.byKindLevel) for (const [level, n] of levels) kl.set(`${kind}/${level}`, n)
  out.push(...mapDiff('byKindLevel', kl, want.byKindLevel, ident))
  for (const key of ['byKind', 'byDistrict', 'byChain'] as const) {
    const g = got[key] as ReadonlyMap<unknown, { count: number; postdocs: number }>
    const w = want[key] as { count: Map<unknown, number>; postdocs: Map<unknown, number> }
    out.push(
      ...mapDiff(`${key}.count`, g, w.count, count),
      ...mapDiff(`${key}.postdocs`, g, w.postdocs, (v) => v.postdocs),
    )
  }
  out.push(...mapDiff('byFounded', got.byFounded, want.byFounded, ident))
  return out
}
