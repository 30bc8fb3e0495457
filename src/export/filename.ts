/** What an export's file name says: the view, what was exported, the filters' short form, the date. */
export interface FileNameParts {
  /** The view's name in the current language, e.g. 产业地图. */
  view: string
  /** What was exported when it is not the whole view, e.g. a chart title or 企业名录. */
  subject?: string
  /** The active filters in words (e.g. ['滕州市', '锂电产业链']); empty = the whole city. */
  filters: readonly string[]
  /** Shown when no filter is active, e.g. 全市. */
  allLabel: string
  /** YYYY-MM-DD: the export date. */
  date: string
  /** Without the dot: png, pdf, csv, xlsx. */
  ext: string
}

const MAX_PART = 40
const MAX_NAME = 150

/**
 * Characters unsafe in file names on Windows, macOS or Linux, in URLs or in shells, plus control
 * characters; they become `-`.
 */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f#%&{}$!'`=@,;^~[\]+]/g

/** One part of a file name with unsafe characters and spaces replaced, runs of `-` collapsed. */
export function safeNamePart(s: string): string {
  return s
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_PART)
    .replace(/[-.]+$/, '')
}

/** `产业地图_滕州市_锂电产业链_2024-12-31.png`: the parts joined by `_`, empty parts left out. */
export function exportFileName(p: FileNameParts): string {
  const filters = p.filters.map(safeNamePart).filter(Boolean)
  const parts = [p.view, p.subject ?? '']
    .map(safeNamePart)
    .filter(Boolean)
    .concat(filters.length ? filters : [safeNamePart(p.allLabel)])
  const stem = parts
    .filter(Boolean)
    .join('_')
    .slice(0, MAX_NAME - p.date.length - 1)
  const ext = p.ext.replace(/[^a-z0-9]/gi, '').toLowerCase()
  return `${stem || 'export'}_${safeNamePart(p.date)}.${ext}`
}
