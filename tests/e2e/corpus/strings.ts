import type { CorpusCase, CorpusPath, CorpusResponse, DatasetName, Real } from './types'

/** Markup that runs `window.__xss = 1` if any data string ever reaches the DOM or a tooltip as HTML. */
export const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=1>',
  "'><img src=x onerror=window.__xss=1>",
  '<a href="javascript:window.__xss=1">a</a>',
  '{{ (window.__xss=1) }}',
] as const

/** Unicode that breaks naive code: RTL override, zero-width joiner emoji, lone surrogates, combining marks, NUL. */
export const UNICODE = [
  '\u202e\u200f逆序',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\ud800孤\udfff',
  'Z\u0335\u0322a\u0301\u0301o',
  '\u0000空\ufeff',
  '\u200b\u200d\u2028\u2029',
] as const

type Mark = (s: string, i: number) => string

/** Prefixes a payload, so names stay distinct and the original text can still be searched. */
const markWith =
  (list: readonly string[]): Mark =>
  (s, i) =>
    `${list[i % list.length]}${s}`

function names<T extends { name?: string; nameEn?: string }>(list: T[], mark: Mark): void {
  list.forEach((x, i) => {
    if (typeof x.name === 'string') x.name = mark(x.name, i)
    if (typeof x.nameEn === 'string') x.nameEn = mark(x.nameEn, i + 1)
  })
}

/** Every string field of every dataset marked (ids of firms and platforms too; cross-referenced ids kept). */
export function markAll(mark: Mark, ids: boolean): Record<DatasetName, (r: Real) => Real> {
  return {
    meta: (m) => {
      m.city.name = mark(m.city.name, 0)
      names(m.districts, mark)
      names(m.chains, mark)
      for (const c of m.chains) names(c.segments, mark)
      for (const key of ['talentTypes', 'educations', 'ageBands', 'enterpriseTypes', 'platformKinds', 'platformLevels'])
        names(m[key], mark)
      m.sources.forEach((s: Real, i: number) => {
        s.title = mark(s.title, i)
        s.publisher = mark(s.publisher, i + 1)
      })
      m.facts?.forEach((f: Real, i: number) => {
        f.label = mark(f.label, i)
        if (f.labelEn) f.labelEn = mark(f.labelEn, i + 2)
        f.unit = mark(f.unit, i + 1).slice(0, 64)
      })
      return m
    },
    boundaries: (b) => (
      b.features.forEach((f: Real, i: number) => (f.properties.name = mark(f.properties.name, i))),
      b
    ),
    talent: (t) => (t.sources.forEach((s: Real, i: number) => (s.source = mark(s.source, i))), t),
    enterprises: (e) => {
      e.items.forEach((f: Real, i: number) => {
        f.name = mark(f.name, i)
        if (ids) f.id = mark(`${i}`, i).slice(-64)
      })
      return e
    },
    platforms: (p) => {
      p.items.forEach((x: Real, i: number) => {
        x.name = mark(x.name, i)
        if (typeof x.host === 'string') x.host = mark(x.host, i + 1)
        x.partners = x.partners.map((s: string, j: number) => mark(s, i + j))
        if (ids) x.id = mark(`p${i}`, i + 3).slice(-64)
      })
      return p
    },
  }
}

function everywhere(mark: Mark, ids: boolean): { path: CorpusPath; response: CorpusResponse }[] {
  const bodies = markAll(mark, ids)
  return (Object.keys(bodies) as DatasetName[]).map((name) => ({
    path: `/api/v1/${name}`,
    response: { body: bodies[name] },
  }))
}

/** Overrides that serve every dataset with hostile markup in every string (also used by xss.test.ts). */
export const hostileOverrides = (): { path: CorpusPath; response: CorpusResponse }[] =>
  everywhere(markWith(PAYLOADS), true)

function asCase(name: string, overrides: { path: CorpusPath; response: CorpusResponse }[], route?: string): CorpusCase {
  const [first, ...also] = overrides
  return {
    name,
    path: first!.path,
    response: first!.response,
    also,
    expect: { ok: true },
    kpis: 'baseline',
    ...(route ? { route } : {}),
  }
}

/** Valid data whose strings are hostile or odd: everything loads, nothing runs, nothing crashes. */
export const stringCases: CorpusCase[] = [
  asCase('every string field carries HTML / <script> / <img onerror> / <svg onload>', hostileOverrides()),
  asCase(
    'every string field carries RTL marks, ZWJ emoji, lone surrogates (\\ud800), combining marks, NUL',
    everywhere(markWith(UNICODE), true),
    '/innovation',
  ),
  {
    name: 'platforms: 500 partners each (capped at 50, not dropped)',
    path: '/api/v1/platforms',
    response: {
      body: (r) => (r.items.forEach((p: Real) => (p.partners = Array.from({ length: 500 }, (_, i) => `伙伴${i}`))), r),
    },
    expect: { ok: true },
    kpis: 'baseline',
  },
]
