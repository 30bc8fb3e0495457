/**
 * Writes the sample datasets as static API responses (JSON, and {dataset}.arrow for the record datasets):
 *   npx tsx mock/cli.ts [--seed N] [--scale S] [--out DIR]
 * Default DIR is mock/out/scale-S/api/v1, with a config.json two levels up so
 * mock/out/scale-S can be served beside a built app (benchmarks, stress tests).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ARROW_DATASETS } from '../src/api/arrow/layout.ts'
import { DATASET_NAMES } from '../src/domain/types.ts'
import { encodeDataset } from './arrow.ts'
import { DEFAULT_SEED, generate } from './generate.ts'

interface Args {
  seed: number
  scale: number
  out: string | null
}

function parseArgs(argv: string[]): Args {
  const args: Args = { seed: DEFAULT_SEED, scale: 1, out: null }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? '').split('=', 2)
    const value = inline ?? argv[++i]
    if (value === undefined) throw new Error(`missing value for ${flag}`)
    if (flag === '--seed') args.seed = Number(value)
    else if (flag === '--scale') args.scale = Number(value)
    else if (flag === '--out') args.out = value
    else throw new Error(`unknown option ${flag} (use --seed N --scale S --out DIR)`)
  }
  if (!Number.isInteger(args.seed)) throw new Error('--seed must be an integer')
  if (!Number.isInteger(args.scale) || args.scale < 1) throw new Error('--scale must be an integer ≥ 1')
  return args
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`

function main(): void {
  const args = parseArgs(process.argv.slice(2))
  const root = resolve(dirname(fileURLToPath(import.meta.url)), 'out', `scale-${args.scale}`)
  const outDir = resolve(args.out ?? join(root, 'api', 'v1'))
  const t0 = performance.now()
  const data = generate({ seed: args.seed, scale: args.scale })
  const t1 = performance.now()
  mkdirSync(outDir, { recursive: true })
  const counts: Record<string, number> = {
    meta: data.meta.chains.length,
    boundaries: data.boundaries.features.length,
    talent: data.talent.cells.length,
    enterprises: data.enterprises.items.length,
    platforms: data.platforms.items.length,
  }
  let total = 0
  for (const name of DATASET_NAMES) {
    const body = JSON.stringify(data[name])
    writeFileSync(join(outDir, name), body)
    const bytes = Buffer.byteLength(body)
    total += bytes
    console.log(
      `${name.padEnd(12)} ${mb(bytes).padStart(10)}  ${counts[name]} ${name === 'talent' ? 'cells' : name === 'meta' ? 'chains' : 'items'}`,
    )
  }
  console.log(`talent.demand ${data.talent.demand.length} rows, talent.sources ${data.talent.sources.length} rows`)
  // The columnar form beside the JSON (SPEC §4): {dataset}.arrow.
  for (const name of ARROW_DATASETS) {
    const bytes = encodeDataset(name, data[name] as never)
    writeFileSync(join(outDir, `${name}.arrow`), bytes)
    total += bytes.byteLength
    console.log(`${`${name}.arrow`.padEnd(17)} ${mb(bytes.byteLength).padStart(10)}`)
  }
  if (!args.out) {
    const config = { apiBase: './api/v1', basemap: null, title: `枣庄人才·产业·科创地图 (scale ${args.scale})` }
    writeFileSync(join(root, 'config.json'), `${JSON.stringify(config, null, 2)}\n`)
  }
  const t2 = performance.now()
  console.log(
    `seed ${args.seed}, scale ${args.scale}: generated in ${((t1 - t0) / 1000).toFixed(2)} s, ` +
      `written in ${((t2 - t1) / 1000).toFixed(2)} s, ${mb(total)} to ${relative(process.cwd(), outDir) || '.'}`,
  )
}

main()
