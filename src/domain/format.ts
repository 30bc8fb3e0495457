/** Compact Chinese/English number display; the exact value always stays in data-value. */
export function formatCompact(n: number, lang: 'zh' | 'en'): string {
  if (!Number.isFinite(n)) return '—'
  const abs = Math.abs(n)
  if (lang === 'zh') {
    if (abs >= 1e8) return `${trim(n / 1e8)}亿`
    if (abs >= 1e4) return `${trim(n / 1e4)}万`
    return n.toLocaleString('zh-CN')
  }
  if (abs >= 1e6) return `${trim(n / 1e6)}M`
  if (abs >= 1e4) return `${trim(n / 1e3)}k`
  return n.toLocaleString('en-US')
}

function trim(x: number): string {
  return (Math.round(x * 10) / 10).toString()
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for the places that render HTML (ECharts tooltips). */
export function escapeHtml(s: unknown): string {
  return String(s).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c)
}

/** Local time of day as HH:MM (24 h), as a wall clock reads. */
export function clockTime(ms: number): string {
  const d = new Date(ms)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}
