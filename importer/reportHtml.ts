/** The report as a readable static page (no script). Every string from the data is escaped. */
import type { DatasetReport, ImportReport, PointReport, TalentReport } from './report.ts'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

const REASONS: Record<string, string> = {
  'unknown-district': '区县无法识别 · unknown district',
  'unknown-chain': '产业链无法识别 · unknown chain',
  'unknown-segment': '产业环节无法识别 · unknown segment',
  'unknown-kind': '平台类型无法识别 · unknown platform kind',
  'unknown-level': '平台级别无法识别 · unknown platform level',
  'unknown-talent-type': '人才类型无法识别 · unknown talent type',
  'unknown-education': '学历无法识别 · unknown education',
  'unknown-age': '年龄或年龄段缺失、无法归段 · missing or unknown age',
  'bad-coordinates': '坐标缺失或无法读取 · missing or bad coordinates',
  'out-of-range': '数值超出范围 · out of range',
  'missing-field': '必填项为空 · missing field',
  'invalid-number': '不是有效数字 · not a valid number',
  'too-long': '文字过长 · text too long',
  'duplicate-id': '编号重复 · duplicate id',
  'duplicate-name': '名称与区县重复 · duplicate name in district',
  'duplicate-person': '同一人同年重复 · person listed twice in a year',
  'outside-district': '坐标不在所属区县内 · point outside its district',
  'suppressed-cell': '小单元格已抑制 · in a suppressed small cell',
  'suppressed-source': '来源行人数过少已抑制 · in a suppressed small source row',
  'invalid-format': '格式不正确 · invalid format',
  'wrong-type': '类型不正确 · wrong type',
  'unknown-id': '编码无法识别 · unknown code',
  'personal-data': '含个人信息 · personal data',
  invalid: '无效 · invalid',
}

const DATASETS: [keyof ImportReport['datasets'], string][] = [
  ['enterprises', '企业 · Firms'],
  ['platforms', '平台 · Platforms'],
  ['talent', '人才 · Talent'],
  ['demand', '人才供需 · Demand and supply'],
  ['talentSources', '引进人才来源 · Sources of introduced talent'],
  ['sources', '数据来源 · Cited sources'],
]

const rows = (list: readonly number[]) => escapeHtml(list.join(', '))

function reasonsTable(d: DatasetReport): string {
  const entries = Object.entries(d.reasons)
  if (!entries.length) return '<p>无剔除 · nothing dropped</p>'
  const body = entries
    .map(([reason, e]) => {
      const fields = e.fields
        ? Object.entries(e.fields)
            .map(([f, n]) => `${f} ×${n}`)
            .join(', ')
        : ''
      return `<tr><td>${escapeHtml(REASONS[reason] ?? reason)}<br><code>${escapeHtml(reason)}</code></td><td class="n">${e.count}</td><td>${rows(e.rows)}</td><td>${escapeHtml(fields)}</td></tr>`
    })
    .join('\n')
  return `<table><thead><tr><th>原因 · reason</th><th>行数 · rows</th><th>首批行号 · first rows</th><th>字段 · fields</th></tr></thead><tbody>${body}</tbody></table>`
}

function extras(d: DatasetReport): string {
  const out: string[] = []
  const p = d as Partial<PointReport & TalentReport>
  if (p.outside)
    out.push(
      `<li>区县外的点 · points outside their district: ${p.outside.count} (${p.outside.action}) ${p.outside.rows.length ? `rows ${rows(p.outside.rows)}` : ''}</li>`,
    )
  if (p.form) out.push(`<li>形式 · form: ${escapeHtml(p.form)}</li>`)
  if (p.suppressed)
    out.push(`<li>抑制的小单元格 · suppressed cells: ${p.suppressed.cells} (${p.suppressed.persons} persons)</li>`)
  if (p.suppressedSources) out.push(`<li>抑制的来源行 · suppressed source rows: ${p.suppressedSources}</li>`)
  if (d.personFields.columns.length)
    out.push(
      `<li>个人信息列（未复制）· person columns removed: ${escapeHtml(d.personFields.columns.join('、'))} — ${d.personFields.count} rows had values</li>`,
    )
  for (const [field, values] of Object.entries(d.unknownValues))
    if (values.length)
      out.push(`<li>无法识别的 ${escapeHtml(field)} · unknown values: ${escapeHtml(values.join('、'))}</li>`)
  for (const note of d.notes) out.push(`<li>${escapeHtml(note)}</li>`)
  return out.length ? `<ul>${out.join('\n')}</ul>` : ''
}

function section([key, title]: [keyof ImportReport['datasets'], string], r: ImportReport): string {
  const d = r.datasets[key]
  if (!d.source && !d.rowsRead && !d.written)
    return `<section><h2>${escapeHtml(title)}</h2><p>未提供 · not given</p></section>`
  const s = d.source
  const file = s
    ? `${s.file}${s.sheet ? ` [${s.sheet}]` : ''} · ${s.format}${s.encoding ? ` ${s.encoding}` : ''} · header row ${s.headerRow}`
    : '—'
  const columns = s
    ? Object.entries(s.columns)
        .map(([f, h]) => `${f} ← ${h}`)
        .join('; ')
    : ''
  return `<section><h2>${escapeHtml(title)}</h2>
<p class="file">${escapeHtml(file)}</p>
<p class="cols">${escapeHtml(columns)}${s?.ignoredColumns.length ? `<br>未使用 · ignored: ${escapeHtml(s.ignoredColumns.join('、'))}` : ''}</p>
<p class="sum">读取 read <b>${d.rowsRead}</b> · 采用 accepted <b>${d.accepted}</b> · 剔除 dropped <b>${d.dropped}</b> · 写出 written <b>${d.written}</b></p>
${reasonsTable(d)}
${extras(d)}</section>`
}

const STYLE = `body{font:14px/1.5 system-ui,"Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1d2633}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccd}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ccd;padding:.3rem .5rem;text-align:left;vertical-align:top}td.n{text-align:right}.ok{color:#176b2c}.bad{color:#a3141e}
.file,.cols{color:#555;font-size:.9em}code{color:#555}`

export function renderReportHtml(r: ImportReport): string {
  const status = r.ok
    ? `<p class="ok">可用 · usable (exit ${r.exitCode})</p>`
    : `<p class="bad">不可用 · not usable (exit ${r.exitCode})</p><ul>${r.errors.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>`
  const app = Object.entries(r.app.validation)
    .map(([name, by]) => `${name}: ${JSON.stringify(by)} / ${JSON.stringify(r.app.reconcile[name] ?? {})}`)
    .join('\n')
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>导入报告 · Import report</title><style>${STYLE}</style></head>
<body><h1>数据导入报告 · Import report</h1>
${status}
<p>生成 generated ${escapeHtml(r.generatedAt)} · 坐标系 crs ${escapeHtml(r.options.crs)} · 最小单元格 min-cell ${r.options.minCell} · 区县外的点 outside ${escapeHtml(r.options.outside)}</p>
<p>数据日期 asOf ${escapeHtml(r.meta.asOf)} · 版本 dataVersion ${escapeHtml(r.meta.dataVersion)} · 年份 years ${escapeHtml(r.meta.years.join(', '))}</p>
<ul>${r.meta.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>
${DATASETS.map((d) => section(d, r)).join('\n')}
<section><h2>应用校验（对输出重跑）· The app's checks on the output</h2><pre>${escapeHtml(app)}</pre><p>区县外的点 · outside: ${r.app.outside}</p></section>
</body></html>
`
}
