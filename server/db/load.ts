/**
 * `npm run db:load -- --scale N [--seed S]` loads the generator's datasets;
 * `--from DIR` an apiBase folder of contract files (e.g. dist/api/v1, mock/out/scale-50);
 * `--province [--cities 16] [--city-scale 31]` a synthetic province (see province.ts).
 * Connects with DATABASE_ADMIN_URL (default: the local cluster's owner).
 */
import { parseArgs } from 'node:util'
import { adminUrl, readerRole } from './env.ts'
import { load } from './loader.ts'
import { provinceSource } from './province.ts'
import { fromDir, fromGenerator, type LoadSource } from './sources.ts'

function int(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined
  const n = Number(v)
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${v}`)
  return n
}

function source(argv: string[]): LoadSource {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: 'string' },
      seed: { type: 'string' },
      from: { type: 'string' },
      province: { type: 'boolean' },
      cities: { type: 'string' },
      'city-scale': { type: 'string' },
    },
  })
  const seed = int('seed', values.seed, -(2 ** 31))
  if (values.from) return fromDir(values.from)
  if (values.province)
    return provinceSource({
      cities: int('cities', values.cities, 1) ?? 16,
      cityScale: int('city-scale', values['city-scale'], 1) ?? 31,
      ...(seed === undefined ? {} : { seed }),
    })
  return fromGenerator(int('scale', values.scale, 1) ?? 1, seed)
}

async function main() {
  const t0 = performance.now()
  const src = source(process.argv.slice(2))
  console.log(`loading ${src.label} (prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s)`)
  const report = await load(src, { adminUrl: adminUrl(), readerRole: readerRole(), log: (l) => console.log(l) })
  for (const [name, reasons] of Object.entries(src.dropped))
    console.log(`  dropped from ${name}: ${JSON.stringify(reasons)}`)
  console.log(`loaded in ${report.seconds.toFixed(1)} s: ${JSON.stringify(report.counts)}`)
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
