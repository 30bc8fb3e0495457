/** Writes an apiBase folder that serves as is beside the built app: `cp -r DIR/. dist/`. */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { encodeDataset } from '../mock/arrow.ts'
import { ARROW_DATASETS } from '../src/api/arrow/layout.ts'
import { DATASET_NAMES, type Datasets } from '../src/domain/types.ts'
import type { ImportReport } from './report.ts'
import { renderReportHtml } from './reportHtml.ts'

/** The app's runtime config for this folder: datasets at ./api/v1, no basemap. */
export function configFor(meta: Datasets['meta'], title?: string) {
  return {
    apiBase: './api/v1',
    basemap: null,
    title: title ?? `${meta.city.name.replace(/市$/, '')}人才·产业·科创地图`,
  }
}

/** The report always; the datasets and config.json only when the import is usable (a broken import is never served). */
export async function writeOutput(
  dir: string,
  datasets: Datasets,
  report: ImportReport,
  title?: string,
): Promise<string[]> {
  await mkdir(dir, { recursive: true })
  const written: string[] = []
  const put = async (rel: string, body: string | Uint8Array) => {
    await writeFile(join(dir, rel), body)
    written.push(rel)
  }
  if (report.ok) {
    await mkdir(join(dir, 'api', 'v1'), { recursive: true })
    for (const name of DATASET_NAMES) await put(`api/v1/${name}`, JSON.stringify(datasets[name]))
    // The columnar twins the app reads first (SPEC §4's JSON stays the contract and the fallback).
    for (const name of ARROW_DATASETS) await put(`api/v1/${name}.arrow`, encodeDataset(name, datasets[name] as never))
    await put('config.json', `${JSON.stringify(configFor(datasets.meta, title), null, 2)}\n`)
  }
  await put('import-report.json', `${JSON.stringify(report, null, 2)}\n`)
  await put('import-report.html', renderReportHtml(report))
  return written
}
