import { raw, type CorpusCase, type Real } from './types'

/** Tengzhou's centre: inside the city box, outside every district but 370481. */
const TENGZHOU = { lon: 117.17, lat: 35.08 }
const LONG = 'x'.repeat(100_001)

type Edit = (rec: Real) => void

/** Applies one edit per record, to records 0, 1, 2… so each edit breaks exactly one record. */
function editEach(list: Real[], edits: Edit[]): void {
  edits.forEach((edit, i) => edit(list[i]))
}

const set =
  (path: string, value: unknown): Edit =>
  (rec) => {
    const keys = path.split('.')
    const last = keys.pop()!
    const owner = keys.reduce((o: Real, k) => o[k], rec)
    if (value === undefined) delete owner[last]
    else owner[last] = value
  }

const FIRM_FIELDS = [
  'id',
  'name',
  'district',
  'lon',
  'lat',
  'chain',
  'segment',
  'types',
  'employees',
  'talent',
  'outputValue',
  'founded',
]
const TALENT_FIELDS = ['talent.total', 'talent.doctor', 'talent.master', 'talent.bachelor', 'talent.introduced']

/** Records that are present but wrong: each field missing, of the wrong type, NaN / Infinity, negative, out of place. */
export const recordCases: CorpusCase[] = [
  {
    name: 'enterprises: each field missing, one record per field',
    path: '/api/v1/enterprises',
    response: {
      body: (r) => (
        editEach(
          r.items,
          [...FIRM_FIELDS, ...TALENT_FIELDS].map((f) => set(f, undefined)),
        ),
        r
      ),
    },
    expect: { dropped: { 'missing-field': 17 } },
  },
  {
    name: 'enterprises: each field of the wrong type',
    path: '/api/v1/enterprises',
    response: {
      body: (r) => (
        editEach(r.items, [
          set('id', 123),
          set('name', ['x']),
          set('district', 370403),
          set('lon', '117.2'),
          set('lat', true),
          set('chain', null),
          set('segment', {}),
          set('types', 'high-tech'),
          set('types', [1]),
          set('employees', '49'),
          set('talent', []),
          set('talent.total', '19'),
          set('outputValue', '1.01'),
          set('founded', '2020'),
        ]),
        r
      ),
    },
    expect: { dropped: { 'wrong-type': 14 } },
  },
  {
    name: 'enterprises: "NaN", 1e999 (Infinity), fractions and unsafe integers',
    path: '/api/v1/enterprises',
    response: {
      body: (r) => (
        editEach(r.items, [
          set('employees', 'NaN'),
          set('outputValue', raw('1e999')),
          set('lat', raw('1e999')),
          set('talent.doctor', raw('-1e999')),
          set('founded', 2020.5),
          set('employees', 1e20),
        ]),
        r
      ),
    },
    expect: { dropped: { 'wrong-type': 1, 'invalid-number': 4, 'out-of-range': 1 } },
  },
  {
    name: 'enterprises: negative counts and output',
    path: '/api/v1/enterprises',
    response: {
      body: (r) => (
        editEach(r.items, [
          set('employees', -1),
          set('talent.total', -5),
          set('talent.introduced', -1),
          set('outputValue', -0.5),
        ]),
        r
      ),
    },
    expect: { dropped: { 'out-of-range': 4 } },
  },
  {
    name: 'enterprises + platforms: coordinates outside Zaozhuang',
    path: '/api/v1/enterprises',
    response: { body: (r) => (editEach(r.items, [set('lon', 0), set('lat', 40)]), r) },
    also: [{ path: '/api/v1/platforms', response: { body: (r) => (editEach(r.items, [set('lon', 121.47)]), r) } }],
    expect: { dropped: { 'out-of-range': 3 } },
  },
  {
    name: 'enterprises + platforms: points outside their own district',
    path: '/api/v1/enterprises',
    response: {
      body: (r) => {
        const notTeng = r.items.filter((e: Real) => e.district !== '370481')
        Object.assign(notTeng[0], TENGZHOU)
        Object.assign(notTeng[1], { lon: 116.2, lat: 34.2 })
        return r
      },
    },
    also: [
      {
        path: '/api/v1/platforms',
        response: {
          body: (r) => (
            Object.assign(
              r.items.find((p: Real) => p.district !== '370481'),
              TENGZHOU,
            ),
            r
          ),
        },
      },
    ],
    expect: { dropped: { 'outside-district': 3 } },
  },
  {
    name: 'enterprises: unknown district, segment, chain/segment pair and type',
    path: '/api/v1/enterprises',
    response: {
      body: (r) => (
        editEach(r.items, [
          set('district', '999999'),
          set('segment', 'nope'),
          (e) => Object.assign(e, { chain: 'chemical', segment: 'lithium-cathode' }),
          set('types', ['nope']),
        ]),
        r
      ),
    },
    expect: { dropped: { 'unknown-district': 1, 'unknown-segment': 2, 'unknown-id': 1 } },
  },
  {
    name: 'platforms: unknown kind, level, chain and district',
    path: '/api/v1/platforms',
    response: {
      body: (r) => (
        editEach(r.items, [
          set('kind', 'nope'),
          set('level', 'galactic'),
          set('chain', 'nope'),
          set('district', '999999'),
        ]),
        r
      ),
    },
    expect: { dropped: { 'unknown-id': 2, 'unknown-chain': 1, 'unknown-district': 1 } },
  },
  {
    name: 'talent: unknown district, chain, type, education, age band and segment',
    path: '/api/v1/talent',
    response: {
      body: (r) => {
        editEach(r.cells, [
          set('district', '999999'),
          set('chain', 'nope'),
          set('talentType', 'x'),
          set('education', 'x'),
          set('ageBand', 'x'),
        ])
        editEach(r.demand, [set('segment', 'nope'), set('district', '999999')])
        editEach(r.sources, [set('chain', 'nope')])
        return r
      },
    },
    expect: { dropped: { 'unknown-district': 2, 'unknown-chain': 2, 'unknown-id': 3, 'unknown-segment': 1 } },
  },
  {
    name: 'enterprises + platforms: duplicated ids (the first is kept)',
    path: '/api/v1/enterprises',
    response: { body: (r) => (r.items.push({ ...r.items[0], name: 'dup' }, { ...r.items[1] }), r) },
    also: [{ path: '/api/v1/platforms', response: { body: (r) => (r.items.push({ ...r.items[0], name: 'dup' }), r) } }],
    expect: { dropped: { 'duplicate-id': 3 } },
    kpis: 'baseline',
  },
  {
    name: 'enterprises: 100k-character id and name; a 1M-character unknown field is stripped',
    path: '/api/v1/enterprises',
    response: {
      body: (r) => (editEach(r.items, [set('id', LONG), set('name', LONG), set('note', LONG.repeat(10))]), r),
    },
    expect: { dropped: { 'too-long': 2 } },
  },
  {
    name: 'talent: cells, demand and sources with bad fields',
    path: '/api/v1/talent',
    response: {
      body: (r) => {
        editEach(r.cells, [
          set('year', '2024'),
          set('stock', -5),
          set('inflow', 1.5),
          set('district', undefined),
          set('chain', 42),
          set('stock', raw('1e999')),
        ])
        editEach(r.demand, [set('demand', 'NaN'), set('supply', -1)])
        editEach(r.sources, [set('source', LONG), set('introduced', null)])
        return r
      },
    },
    expect: { dropped: { 'wrong-type': 4, 'out-of-range': 2, 'invalid-number': 2, 'missing-field': 1, 'too-long': 1 } },
  },
  {
    name: 'platforms: bad counts, partners, host, founded and an empty name',
    path: '/api/v1/platforms',
    response: {
      body: (r) => (
        editEach(r.items, [
          set('researchers', -1),
          set('postdocs', '3'),
          set('partners', 'x'),
          set('partners', [42]),
          set('host', 42),
          set('founded', 1800),
          set('partners', ['ok', LONG]),
          set('name', ''),
        ]),
        r
      ),
    },
    expect: { dropped: { 'out-of-range': 2, 'wrong-type': 4, 'too-long': 1, 'missing-field': 1 } },
  },
  {
    name: 'meta: a javascript: source URL, a 100k fact label, a duplicated district, a year as a string',
    path: '/api/v1/meta',
    response: {
      body: (r) => {
        r.sources.push({ id: 'evil', title: 'x', publisher: 'y', date: '2024', url: 'javascript:window.__xss=1' })
        r.facts[0].label = LONG
        r.districts.push({ ...r.districts[0], name: 'dup' })
        r.years.push('2024')
        return r
      },
    },
    expect: { dropped: { 'invalid-format': 1, 'too-long': 1, 'duplicate-id': 1, 'wrong-type': 1 } },
  },
  {
    name: 'boundaries: one district polygon with a non-numeric coordinate (its points are kept)',
    path: '/api/v1/boundaries',
    response: { body: (r) => ((r.features[1].geometry.coordinates[0][0] = ['117', 'x']), r) },
    expect: { dropped: { 'invalid-geometry': 1 } },
    kpis: 'baseline',
  },
  {
    name: 'enterprises: records that are not objects (null, number, string, array)',
    path: '/api/v1/enterprises',
    response: { body: (r) => (r.items.push(null, 42, 'firm', [r.items[0]]), r) },
    expect: { dropped: { 'not-an-object': 4 } },
    kpis: 'baseline',
  },
  {
    name: 'a person-identifying field in every dataset',
    path: '/api/v1/enterprises',
    response: { body: (r) => ((r.items[0].phone = '13800000000'), r) },
    also: [
      { path: '/api/v1/platforms', response: { body: (r) => ((r.items[0].email = 'a@b.cn'), r) } },
      {
        path: '/api/v1/talent',
        response: {
          body: (r) => (
            (r.cells[0]['姓名'] = '张三'),
            (r.demand[0].idCard = '370402199001011234'),
            (r.sources[0].person_name = 'x'),
            r
          ),
        },
      },
      {
        path: '/api/v1/meta',
        response: { body: (r) => (r.districts.push({ adcode: '370499', name: 'x', address: 'y' }), r) },
      },
    ],
    expect: { dropped: { 'personal-data': 6 } },
  },
  {
    name: 'enterprises and talent: empty arrays',
    path: '/api/v1/enterprises',
    response: { body: (r) => ({ ...r, items: [] }) },
    also: [{ path: '/api/v1/talent', response: { body: () => ({ cells: [], demand: [], sources: [] }) } }],
    expect: { ok: true },
    kpis: { 'enterprise-count': 0, 'talent-stock': 0, 'talent-inflow': 0 },
    route: '/talent',
  },
]
