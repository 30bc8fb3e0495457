import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Enterprise, Meta, Platform, Talent } from '../../src/domain/types'
import { DIST } from './server'

/** The served JSON, read straight from dist/ so expectations do not go through the app. */
export function served() {
  const read = <T>(name: string) => JSON.parse(readFileSync(path.join(DIST, 'api/v1', name), 'utf8')) as T
  return {
    meta: read<Meta>('meta'),
    talent: read<Talent>('talent'),
    enterprises: read<{ items: Enterprise[] }>('enterprises').items,
    platforms: read<{ items: Platform[] }>('platforms').items,
  }
}

export interface Expect {
  district?: string[]
  chain?: string
  segment?: string
  years?: [number, number]
  /** Enterprise type: firms only (talent and platforms ignore it). */
  entType?: string
  platformKind?: string
  talentType?: string
  education?: string
  /** Name search: firms and platforms whose name holds every whitespace-separated term (any case). */
  q?: string
}

/** The `q` rule written out again: every term of the text in the name, case-insensitive. */
function named(name: string, q: string | undefined): boolean {
  const terms = (q ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean)
  return terms.every((t) => name.toLowerCase().includes(t))
}

/** KPIs by SPEC §4, written out plainly here so they check the app's own code. */
export function expectedKpis(d: ReturnType<typeof served>, e: Expect) {
  const last = Math.max(...d.meta.years)
  const [from, to] = e.years ?? [last, last]
  const inD = (x: string) => !e.district?.length || e.district.includes(x)
  const inC = (x: string | null) => !e.chain || x === e.chain
  let stock = 0
  let inflow = 0
  for (const c of d.talent.cells) {
    if (!inD(c.district) || !inC(c.chain)) continue
    if ((e.talentType && c.talentType !== e.talentType) || (e.education && c.education !== e.education)) continue
    if (c.year >= from && c.year <= to) inflow += c.inflow
    if (c.year === to) stock += c.stock
  }
  const firms = d.enterprises.filter(
    (f) =>
      inD(f.district) &&
      inC(f.chain) &&
      (!e.segment || f.segment === e.segment) &&
      (!e.entType || f.types.includes(e.entType)) &&
      named(f.name, e.q) &&
      f.founded <= to,
  )
  const plats = d.platforms.filter(
    (p) =>
      inD(p.district) &&
      inC(p.chain) &&
      (!e.platformKind || p.kind === e.platformKind) &&
      named(p.name, e.q) &&
      p.founded <= to,
  )
  return {
    'talent-stock': stock,
    'talent-inflow': inflow,
    'enterprise-count': firms.length,
    'platform-count': plats.length,
    'postdoc-count': plats.reduce((n, p) => n + p.postdocs, 0),
  }
}
