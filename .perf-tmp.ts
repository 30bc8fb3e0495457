import { validateDataset } from './src/api/load.ts'
import { validateTalent } from './src/api/schemas/talent.ts'
import { emptyReport } from './src/api/schemas/common.ts'
const d = ['370402','370403','370404','370405','370406','370481']
const cells = []
for (let i = 0; i < 1_000_000; i++) cells.push({ district: d[i % 6], chain: i % 7 ? 'lithium' : null, talentType: 'professional', education: 'bachelor', ageBand: 'a25-35', year: 2019 + (i % 6), stock: i % 1000, inflow: i % 50 })
const raw = JSON.parse(JSON.stringify({ cells, demand: [], sources: [] }))
for (let k = 0; k < 3; k++) {
  let t = performance.now(); const r = validateDataset('talent', raw); console.log('fast', (performance.now() - t).toFixed(0), 'ms', r.ok && r.data.cells.length)
  t = performance.now(); const rep = emptyReport(); const z = validateTalent(raw, rep, { cells: 'zod' }); console.log('zod ', (performance.now() - t).toFixed(0), 'ms', z.ok && z.data.cells.length)
}
const ents = []
for (let i = 0; i < 200_000; i++) ents.push({ id: 'e' + i, name: '企业' + i, district: d[i % 6], lon: 117.3, lat: 34.8, chain: 'lithium', segment: 'cathode', types: ['high-tech'], employees: 100, talent: { total: 10, doctor: 1, master: 2, bachelor: 3, introduced: 1 }, outputValue: 1.5, founded: 2010 })
const er = JSON.parse(JSON.stringify({ items: ents }))
for (let k = 0; k < 3; k++) { const t = performance.now(); const r = validateDataset('enterprises', er); console.log('ent 200k', (performance.now() - t).toFixed(0), 'ms', r.ok && r.data.items.length) }
