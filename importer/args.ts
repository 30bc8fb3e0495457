/** Command-line options of `npm run import`. */
import { INPUT_CRS, type InputCrs } from './crs.ts'
import { ENCODINGS, type Encoding } from './read/decode.ts'
import type { ImportOptions } from './run.ts'

export interface CliOptions extends ImportOptions {
  out: string
  title?: string
}

export const USAGE = `npm run import -- --firms FILE --platforms FILE --talent FILE [--demand FILE] [--sources FILE]…
                     --out DIR [--crs gcj02|wgs84|bd09] [--mapping FILE] [--meta FILE] [--min-cell 5]
                     [--outside drop|keep] [--boundaries FILE] [--encoding utf-8|gb18030] [--as-of YYYY-MM-DD] [--title TEXT]
Files are CSV (UTF-8, with or without BOM, or GB18030) or XLSX. See importer/README.md.`

const FILE_FLAGS = [
  'firms',
  'platforms',
  'talent',
  'demand',
  'mapping',
  'meta',
  'boundaries',
  'out',
  'title',
  'as-of',
] as const

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const v = value.toLowerCase().replace(/[-_]/g, '') as T
  const hit = allowed.find((a) => a.replace(/[-_]/g, '') === v)
  if (!hit) throw new Error(`--${flag} must be one of ${allowed.join(', ')}`)
  return hit
}

function set(o: Partial<CliOptions>, flag: string, value: string): void {
  if (flag === 'sources') o.sources = [...(o.sources ?? []), value]
  else if (flag === 'crs') o.crs = oneOf<InputCrs>(flag, value === 'gbk' ? 'gcj02' : value, INPUT_CRS)
  else if (flag === 'encoding') o.encoding = oneOf<Encoding>(flag, value === 'gbk' ? 'gb18030' : value, ENCODINGS)
  else if (flag === 'outside') o.outside = oneOf(flag, value, ['drop', 'keep'] as const)
  else if (flag === 'min-cell') {
    const n = Number(value)
    if (!Number.isInteger(n) || n < 1) throw new Error('--min-cell must be an integer ≥ 1')
    o.minCell = n
  } else if ((FILE_FLAGS as readonly string[]).includes(flag)) {
    const key = flag === 'as-of' ? 'asOf' : (flag as Exclude<(typeof FILE_FLAGS)[number], 'as-of'>)
    o[key] = value
  } else throw new Error(`unknown option --${flag}`)
}

/** Parses argv (without node and the script); throws with a message for the user on any mistake. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const o: Partial<CliOptions> = { crs: 'gcj02', minCell: 5, outside: 'drop' }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${arg}`)
    const [flag = '', inline] = arg.slice(2).split(/=(.*)/s, 2)
    const value = inline ?? argv[++i]
    if (value === undefined) throw new Error(`missing value for --${flag}`)
    set(o, flag, value)
  }
  if (!o.out) throw new Error('--out DIR is required')
  if (!o.firms && !o.platforms && !o.talent) throw new Error('give at least one of --firms, --platforms, --talent')
  if (o.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.asOf)) throw new Error('--as-of must be YYYY-MM-DD')
  return o as CliOptions
}
