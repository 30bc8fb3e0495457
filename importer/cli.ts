/**
 * `npm run import -- …`: the city's spreadsheets → an apiBase folder for the built app.
 * Exit code 0: written; 1: nothing (or not enough) usable — only the report is written; 2: bad options.
 */
import { relative, resolve } from 'node:path'
import { parseArgs, USAGE, type CliOptions } from './args.ts'
import type { ImportReport } from './report.ts'
import { runImport } from './run.ts'
import { writeOutput } from './write.ts'

function summary(r: ImportReport): string {
  const lines = Object.entries(r.datasets)
    .filter(([, d]) => d.source || d.written)
    .map(([name, d]) => {
      const reasons = Object.entries(d.reasons)
        .map(([k, e]) => `${k} ${e.count}`)
        .join(', ')
      return `${name.padEnd(14)} read ${String(d.rowsRead).padStart(7)}  accepted ${String(d.accepted).padStart(7)}  dropped ${String(d.dropped).padStart(6)}  written ${String(d.written).padStart(7)}${reasons ? `  (${reasons})` : ''}`
    })
  const t = r.datasets.talent
  if (t.form === 'persons')
    lines.push(
      `talent cells suppressed (< ${r.options.minCell} persons): ${t.suppressed.cells} cells, ${t.suppressed.persons} persons`,
    )
  return lines.join('\n')
}

async function main(): Promise<number> {
  let options: CliOptions
  try {
    options = parseArgs(process.argv.slice(2))
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`)
    return 2
  }
  let result
  try {
    result = await runImport(options)
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e))
    return 2
  }
  const dir = resolve(options.out)
  await writeOutput(dir, result.datasets, result.report, options.title)
  console.log(summary(result.report))
  for (const e of result.report.errors) console.error(`error: ${e}`)
  const rel = relative(process.cwd(), dir)
  const where = rel.startsWith('..') ? dir : rel || '.'
  console.log(
    result.report.ok
      ? `written to ${where} — serve it with: cp -r ${where}/. dist/`
      : `not usable: only the report is in ${where}`,
  )
  return result.report.exitCode
}

process.exitCode = await main()
