/**
 * `npm run data:arrow -- --from DIR [--out DIR]`: writes `{dataset}.arrow` for a deployer's own JSON
 * (`DIR/talent`, `DIR/enterprises`, `DIR/platforms`, as SPEC §4 describes them) beside it, or into
 * `--out`. Each file is first read with the app's schema rules (`validateDataset`): records the app would
 * drop are left out of the Arrow file and counted here, so the file holds exactly what the app keeps.
 * A dataset that is missing or unusable is reported and skipped; the exit code is then 1.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { ARROW_DATASETS } from '../src/api/arrow/layout.ts'
import { validateDataset } from '../src/api/load.ts'
import { encodeDataset } from '../mock/arrow.ts'

function option(name: string): string | null {
  const argv = process.argv.slice(2)
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i < 0) return null
  const a = argv[i] as string
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : (argv[i + 1] ?? null)
}

function main(): number {
  const from = option('from')
  if (!from) {
    console.error('usage: npm run data:arrow -- --from DIR [--out DIR]')
    return 2
  }
  const inDir = resolve(from)
  const outDir = resolve(option('out') ?? inDir)
  mkdirSync(outDir, { recursive: true })
  let failed = 0
  for (const name of ARROW_DATASETS) {
    const file = join(inDir, name)
    if (!existsSync(file)) {
      console.error(`${name}: ${file} not found; skipped`)
      failed++
      continue
    }
    let raw: unknown
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'))
    } catch {
      console.error(`${name}: not valid JSON; skipped`)
      failed++
      continue
    }
    const result = validateDataset(name, raw)
    if (!result.ok) {
      console.error(`${name}: ${result.error.message}; skipped`)
      failed++
      continue
    }
    const bytes = encodeDataset(name, result.data as never)
    writeFileSync(join(outDir, `${name}.arrow`), bytes)
    const dropped = result.dropped.total
      ? `, ${result.dropped.total} records left out (${JSON.stringify(result.dropped.byReason)})`
      : ''
    console.log(`${name}.arrow ${(bytes.byteLength / 1e6).toFixed(2)} MB${dropped}`)
  }
  return failed ? 1 : 0
}

process.exitCode = main()
