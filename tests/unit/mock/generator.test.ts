// @vitest-environment node
import { booleanPointInPolygon } from '@turf/turf'
import { beforeAll, describe, expect, it } from 'vitest'
import { generate } from '../../../mock/generate'
import { HUBS } from '../../../mock/geo'
import { splitCapped, splitInt } from '../../../mock/random'
import type { Datasets } from '../../../src/domain/types'

const ASOF_YEAR = 2024
const DEGREE = new Set(['doctor', 'master', 'bachelor'])

/** Every published figure the sample reproduces, computed from the datasets as a consumer would. */
function figures(d: Datasets) {
  const young = new Set(d.meta.ageBands.filter((a) => a.young).map((a) => a.id))
  const cells = d.talent.cells.filter((c) => c.year === ASOF_YEAR)
  const inflow = (p: (c: (typeof cells)[number]) => boolean) => cells.filter(p).reduce((s, c) => s + c.inflow, 0)
  const lithium = d.enterprises.items.filter((f) => f.chain === 'lithium')
  const kind = (k: string) => d.platforms.items.filter((p) => p.kind === k)
  const postdocKinds = [...kind('postdoc-base'), ...kind('postdoc-workstation')]
  return {
    doctorInflow: inflow((c) => c.education === 'doctor'),
    youngInflow: inflow((c) => young.has(c.ageBand)),
    professionalInflow: inflow((c) => c.talentType === 'professional'),
    highSkilledInflow: inflow((c) => c.talentType === 'high-skilled'),
    ruralStock: cells.filter((c) => c.talentType === 'rural-skilled').reduce((s, c) => s + c.stock, 0),
    lithiumFirms: lithium.length,
    lithiumIntroFirms: lithium.filter((f) => f.talent.introduced > 0).length,
    lithiumIntroduced: lithium.reduce((s, f) => s + f.talent.introduced, 0),
    lithiumYoungDegreeInflow: inflow((c) => c.chain === 'lithium' && young.has(c.ageBand) && DEGREE.has(c.education)),
    postdocBases: kind('postdoc-base').length,
    postdocWorkstations: kind('postdoc-workstation').length,
    postdocs: postdocKinds.reduce((s, p) => s + p.postdocs, 0),
    technicalSchools: kind('technical-school').length,
  }
}

const EXPECTED = {
  doctorInflow: 61,
  youngInflow: 8844,
  professionalInflow: 4699,
  highSkilledInflow: 10657,
  ruralStock: 1326,
  lithiumFirms: 116,
  lithiumIntroFirms: 45,
  lithiumIntroduced: 354,
  lithiumYoungDegreeInflow: 354,
  postdocBases: 25,
  postdocWorkstations: 4,
  postdocs: 24,
  technicalSchools: 24,
}

let data: Datasets
let fig: ReturnType<typeof figures>

beforeAll(() => {
  data = generate()
  fig = figures(data)
})

describe('published figures at scale 1 (2024)', () => {
  it('Σ inflow of PhDs = 61', () => expect(fig.doctorInflow).toBe(61))
  it('Σ inflow of young talent = 8,844', () => expect(fig.youngInflow).toBe(8844))
  it('Σ inflow of professional talent = 4,699', () => expect(fig.professionalInflow).toBe(4699))
  it('Σ inflow of high-skilled talent = 10,657', () => expect(fig.highSkilledInflow).toBe(10657))
  it('Σ stock of rural skilled talent = 1,326', () => expect(fig.ruralStock).toBe(1326))
  it('116 lithium firms', () => expect(fig.lithiumFirms).toBe(116))
  it('45 lithium firms introduced talent', () => expect(fig.lithiumIntroFirms).toBe(45))
  it('lithium firms introduced 354 in all', () => expect(fig.lithiumIntroduced).toBe(354))
  it('Σ inflow (lithium, young, bachelor+) = 354, equal to the firms’ figure', () => {
    expect(fig.lithiumYoungDegreeInflow).toBe(354)
    expect(fig.lithiumYoungDegreeInflow).toBe(fig.lithiumIntroduced)
  })
  it('25 postdoc innovation practice bases', () => expect(fig.postdocBases).toBe(25))
  it('4 postdoc workstations', () => expect(fig.postdocWorkstations).toBe(4))
  it('24 postdocs, all in postdoc bases and workstations', () => {
    expect(fig.postdocs).toBe(24)
    const elsewhere = data.platforms.items.filter((p) => !p.kind.startsWith('postdoc-'))
    expect(elsewhere.every((p) => p.postdocs === 0)).toBe(true)
  })
  it('24 technical schools', () => expect(fig.technicalSchools).toBe(24))
  it('every figure doubles at scale 2', () => {
    const twice = Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, v * 2]))
    expect(figures(generate({ scale: 2 }))).toEqual(twice)
  })
})

describe('geography', () => {
  const feature = (adcode: string) => {
    const f = data.boundaries.features.find((x) => x.properties.adcode === adcode)
    if (!f) throw new Error(`no boundary ${adcode}`)
    return f
  }
  it('has the six district boundaries with adcode and name', () => {
    expect(data.boundaries.features.map((f) => f.properties.adcode).sort()).toEqual(
      data.meta.districts.map((d) => d.adcode).sort(),
    )
  })
  it('puts every firm inside its own district polygon', () => {
    const outside = data.enterprises.items.filter((f) => !booleanPointInPolygon([f.lon, f.lat], feature(f.district)))
    expect(outside.map((f) => f.id)).toEqual([])
  })
  it('puts every platform inside its own district polygon', () => {
    const outside = data.platforms.items.filter((p) => !booleanPointInPolygon([p.lon, p.lat], feature(p.district)))
    expect(outside.map((p) => p.id)).toEqual([])
  })
  it('places every hub inside its district', () => {
    for (const [adcode, hubs] of Object.entries(HUBS))
      for (const h of hubs) expect(booleanPointInPolygon([h.lon, h.lat], feature(adcode)), h.name).toBe(true)
  })
  it('has district populations summing to the census total, 滕州 largest and 台儿庄 smallest', () => {
    const pops = data.meta.districts.map((d) => d.population ?? 0)
    expect(pops.reduce((a, b) => a + b, 0)).toBe(3855601)
    const ranked = [...data.meta.districts].sort((a, b) => (b.population ?? 0) - (a.population ?? 0)).map((d) => d.name)
    expect(ranked.slice(0, 3)).toEqual(['滕州市', '市中区', '薛城区'])
    expect(ranked.at(-1)).toBe('台儿庄区')
    expect(data.meta.districts.filter((d) => d.populationEstimated).length).toBe(4)
  })
})

describe('determinism', () => {
  it('gives identical JSON for the same seed', () => {
    expect(JSON.stringify(generate({ seed: 20241231 }))).toBe(JSON.stringify(data))
  })
  it('gives different data for a different seed, with the same figures', () => {
    const other = generate({ seed: 7 })
    expect(JSON.stringify(other.enterprises)).not.toBe(JSON.stringify(data.enterprises))
    expect(JSON.stringify(other.talent)).not.toBe(JSON.stringify(data.talent))
    expect(figures(other)).toEqual(EXPECTED)
  })
})

describe('chains', () => {
  const chain = (id: string) => data.meta.chains.find((c) => c.id === id)
  it('defines the lithium chain with ≥ 10 segments over all three stages', () => {
    const lithium = chain('lithium')
    expect(lithium?.segments.length).toBeGreaterThanOrEqual(10)
    expect(new Set(lithium?.segments.map((s) => s.stage))).toEqual(new Set(['upstream', 'midstream', 'downstream']))
  })
  it('defines four more chains with ≥ 6 segments over all three stages', () => {
    for (const id of ['chemical', 'equipment', 'it', 'materials']) {
      const c = chain(id)
      expect(c?.segments.length, id).toBeGreaterThanOrEqual(6)
      expect(new Set(c?.segments.map((s) => s.stage)), id).toEqual(new Set(['upstream', 'midstream', 'downstream']))
    }
  })
  it('has globally unique segment ids and English names everywhere', () => {
    const segs = data.meta.chains.flatMap((c) => c.segments)
    expect(new Set(segs.map((s) => s.id)).size).toBe(segs.length)
    const named = [
      ...data.meta.chains,
      ...segs,
      ...data.meta.talentTypes,
      ...data.meta.educations,
      ...data.meta.ageBands,
    ]
    const more = [
      ...data.meta.enterpriseTypes,
      ...data.meta.platformKinds,
      ...data.meta.platformLevels,
      ...data.meta.districts,
    ]
    expect([...named, ...more].filter((x) => !x.nameEn)).toEqual([])
  })
  it('leaves lithium-resources without firms (缺链) and two lithium segments weak (弱链)', () => {
    const count = (seg: string) => data.enterprises.items.filter((f) => f.segment === seg).length
    expect(count('lithium-resources')).toBe(0)
    expect(count('lithium-bms')).toBe(1)
    expect(count('lithium-separator')).toBe(2)
    const others = data.meta.chains
      .flatMap((c) => c.segments)
      .filter((s) => !['lithium-resources', 'lithium-bms', 'lithium-separator'].includes(s.id))
    for (const s of others) expect(count(s.id), s.id).toBeGreaterThanOrEqual(3)
  })
  it('has lithium segments short of talent overall', () => {
    const rows = data.talent.demand.filter((r) => r.chain === 'lithium' && r.year === ASOF_YEAR)
    expect(rows.reduce((s, r) => s + r.demand - r.supply, 0)).toBeGreaterThan(0)
    expect(data.talent.demand.some((r) => r.supply > r.demand && r.chain !== 'lithium')).toBe(true)
  })
})

describe('referential integrity and ranges', () => {
  it('references only ids that meta defines', () => {
    const m = data.meta
    const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id))
    const districts = new Set(m.districts.map((d) => d.adcode))
    const chains = ids(m.chains)
    const segs = new Map(m.chains.flatMap((c) => c.segments.map((s) => [s.id, c.id] as const)))
    const [types, edus, ages, entTypes, kinds, levels] = [
      m.talentTypes,
      m.educations,
      m.ageBands,
      m.enterpriseTypes,
      m.platformKinds,
      m.platformLevels,
    ].map(ids)
    const chainOk = (c: string | null) => c === null || chains.has(c)
    for (const c of data.talent.cells) {
      expect(
        districts.has(c.district) &&
          chainOk(c.chain) &&
          types!.has(c.talentType) &&
          edus!.has(c.education) &&
          ages!.has(c.ageBand),
      ).toBe(true)
    }
    for (const r of data.talent.demand) expect(districts.has(r.district) && segs.get(r.segment) === r.chain).toBe(true)
    for (const r of data.talent.sources)
      expect(chainOk(r.chain) && ['university', 'region'].includes(r.sourceType)).toBe(true)
    // Every source names one of meta's origins (the talent map draws its flows from them).
    const origins = ids(m.origins ?? [])
    expect(origins.size).toBeGreaterThan(20)
    for (const r of data.talent.sources) expect(origins.has(r.source), r.source).toBe(true)
    for (const f of data.enterprises.items) {
      expect(
        districts.has(f.district) && segs.get(f.segment) === f.chain && f.types.every((t) => entTypes!.has(t)),
      ).toBe(true)
    }
    const firms = new Map(data.enterprises.items.map((f) => [f.id, f]))
    for (const p of data.platforms.items) {
      expect(districts.has(p.district) && chainOk(p.chain) && kinds!.has(p.kind) && levels!.has(p.level)).toBe(true)
      if (p.host === null) continue
      const host = firms.get(p.host)
      expect(host && host.district === p.district && host.chain === p.chain && host.founded <= p.founded).toBe(true)
    }
    const sources = ids(m.sources)
    expect(m.facts?.every((f) => sources.has(f.sourceId))).toBe(true)
  })
  it('has unique firm and platform ids and names', () => {
    const all = [...data.enterprises.items, ...data.platforms.items]
    expect(new Set(all.map((x) => x.id)).size).toBe(all.length)
    expect(new Set(all.map((x) => x.name)).size).toBe(all.length)
  })
  it('never names a well-known real company', () => {
    const banned = ['海信', '比亚迪', '宁德时代', '欣旺达', '国轩', '亿纬', '华为', '海尔', '中材', '丰元']
    const names = [...data.enterprises.items, ...data.platforms.items].map((x) => x.name)
    expect(names.filter((n) => banned.some((b) => n.includes(b)))).toEqual([])
  })
  it('uses the years 2019–2024 only, with asOf’s year last', () => {
    expect(data.meta.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024])
    const years = new Set([...data.talent.cells, ...data.talent.demand, ...data.talent.sources].map((r) => r.year))
    expect([...years].sort()).toEqual(data.meta.years)
    expect(data.enterprises.items.every((f) => f.founded >= 1985 && f.founded <= 2024)).toBe(true)
    expect(data.platforms.items.every((p) => p.founded >= 2005 && p.founded <= 2024)).toBe(true)
  })
  it('has no negative or fractional counts, and firm talent within head count', () => {
    const nat = (n: number) => Number.isInteger(n) && n >= 0
    expect(
      data.talent.cells.every((c) => nat(c.stock) && nat(c.inflow) && c.stock + c.inflow > 0 && c.inflow <= c.stock),
    ).toBe(true)
    expect(data.talent.demand.every((r) => nat(r.demand) && nat(r.supply))).toBe(true)
    expect(data.talent.sources.every((r) => nat(r.introduced))).toBe(true)
    for (const f of data.enterprises.items) {
      const t = f.talent
      expect(nat(f.employees) && [t.total, t.doctor, t.master, t.bachelor, t.introduced].every(nat)).toBe(true)
      expect(
        t.total <= f.employees &&
          t.doctor + t.master + t.bachelor <= t.total &&
          t.introduced <= t.total &&
          f.outputValue > 0,
      ).toBe(true)
    }
    expect(data.platforms.items.every((p) => nat(p.researchers) && nat(p.postdocs) && p.partners.length <= 4)).toBe(
      true,
    )
  })
  it("origins sit at real places: the city's own university inside it, the others across China", () => {
    const origins = new Map((data.meta.origins ?? []).map((o) => [o.id, o]))
    // Approximate real coordinates (GCJ-02 differs from WGS-84 by well under 0.01°).
    const near = (id: string, lon: number, lat: number) => {
      const o = origins.get(id)
      expect(o, id).toBeDefined()
      expect(Math.abs(o!.lon - lon) + Math.abs(o!.lat - lat), id).toBeLessThan(0.3)
    }
    near('u-uzz', 117.56, 34.86) // 枣庄学院, in the city
    near('u-sdu', 117.05, 36.67) // 山东大学, Jinan
    near('u-cumt', 117.14, 34.22) // 中国矿业大学, Xuzhou
    near('c-qingdao', 120.38, 36.07)
    near('c-beijing', 116.4, 39.9)
    near('c-shenzhen', 114.06, 22.54)
    for (const o of origins.values()) {
      expect(o.lon > 100 && o.lon < 125 && o.lat > 18 && o.lat < 45, o.id).toBe(true)
      expect(o.name && o.nameEn).toBeTruthy()
    }
  })
  it('sources of introduced talent add up to the bachelor+ inflow of each year and chain', () => {
    const key = (year: number, chain: string | null) => `${year}|${chain}`
    const want = new Map<string, number>()
    for (const c of data.talent.cells)
      if (DEGREE.has(c.education)) want.set(key(c.year, c.chain), (want.get(key(c.year, c.chain)) ?? 0) + c.inflow)
    const got = new Map<string, number>()
    for (const r of data.talent.sources)
      got.set(key(r.year, r.chain), (got.get(key(r.year, r.chain)) ?? 0) + r.introduced)
    for (const [k, v] of want) expect(got.get(k) ?? 0, k).toBe(v)
  })
  it('has about 20,000 talent cells, 4,000 firms and 200–300 platforms', () => {
    expect(data.talent.cells.length).toBeGreaterThan(15000)
    expect(data.talent.cells.length).toBeLessThan(25000)
    expect(data.enterprises.items.length).toBeGreaterThan(3500)
    expect(data.enterprises.items.length).toBeLessThan(4500)
    expect(data.platforms.items.length).toBeGreaterThanOrEqual(200)
    expect(data.platforms.items.length).toBeLessThanOrEqual(300)
  })
})

describe('integer splitting', () => {
  it('splitInt sums to the total exactly and follows the weights', () => {
    expect(splitInt(10, [1, 1, 1])).toEqual([4, 3, 3])
    expect(splitInt(7, [0, 0])).toEqual([4, 3])
    expect(splitInt(100, [3, 1, 0])).toEqual([75, 25, 0])
  })
  it('splitCapped respects caps and still sums to the total', () => {
    const parts = splitCapped(10, [10, 1, 1], [2, 10, 10])
    expect(parts[0]).toBe(2)
    expect(parts.reduce((a, b) => a + b, 0)).toBe(10)
    expect(() => splitCapped(5, [1], [4])).toThrow()
  })
})
