import { readFileSync } from 'node:fs'
import path from 'node:path'
import { inflateSync } from 'node:zlib'
import fontkit from '@pdf-lib/fontkit'
import * as echarts from 'echarts'
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildReport, type ReportModel } from '../../../../src/export/pdf/report'
import { zrScene, type ZrLike } from '../../../../src/export/pdf/zrScene'

const ROOT = path.resolve(__dirname, '../../../..')

/** The font files the app serves, read from node_modules as the browser would fetch them. */
beforeAll(() => {
  vi.stubGlobal('fetch', (url: string) => Promise.resolve(new Response(readFileSync(path.join(ROOT, decodeURI(url))))))
})
afterAll(() => vi.unstubAllGlobals())

function png(width: number, height: number) {
  const p = new PNG({ width, height })
  p.data.fill(200)
  return { bytes: new Uint8Array(PNG.sync.write(p)), type: 'png' as const, width, height }
}

function chart() {
  const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 500, height: 290 })
  c.setOption({
    animation: false,
    xAxis: { type: 'category', data: ['滕州市', '薛城区'] },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: [60422, 36267], label: { show: true } }],
  })
  const scene = zrScene(c.getZr() as unknown as ZrLike, 500, 290)
  c.dispose()
  return scene
}

function model(): ReportModel {
  return {
    title: '枣庄人才·产业·科创地图 · 产业地图',
    lines: ['区县：滕州市 · 产业链：锂电产业链 · 年份：2024', '数据截至：2024-12-31    导出时间：2025-01-02 09:30'],
    sample: '示例数据 / sample data',
    kpiTitle: '主要指标',
    kpis: [
      ['指标', '数值'],
      ['企业数量', '47'],
      ['产值合计（亿元）', '128.48'],
    ],
    snapshot: png(1200, 800),
    map: { title: '产业地图 · 地图', image: png(900, 700) },
    blocks: [
      { kind: 'chart', title: '各区县人才总量', scene: chart() },
      { kind: 'image', title: '产业链图谱 · 锂电产业链', image: png(1600, 500) },
      {
        kind: 'table',
        title: '产值前十企业',
        rows: [
          ['排名', '企业', '产值（亿元）'],
          ...Array.from({ length: 10 }, (_, i) => [String(i + 1), `鲁南第${i + 1}锂电科技有限公司`, String(40 - i)]),
        ],
        widths: [0.1, 0.7, 0.2],
      },
    ],
    sections: [
      {
        title: '筛选条件',
        table: {
          rows: [
            ['筛选项', '取值'],
            ['区县', '滕州市'],
          ],
          widths: [0.3, 0.7],
        },
      },
      {
        title: '数据来源',
        table: {
          rows: [
            ['发布机构', '链接'],
            ['枣庄市统计局', 'https://tjj.zaozhuang.gov.cn/a'],
          ],
          widths: [0.4, 0.6],
          links: [1],
        },
      },
      // ① is not in the simplified-Chinese subset: it comes from a slice of the full font.
      {
        title: '说明',
        lines: ['本报告使用示例数据 ①', 'odd: \u202e右到左 \u200b零宽 😀 \ud800 <script>alert(1)</script>\u0007'],
      },
    ],
    footer: '枣庄人才·产业·科创地图 · 示例数据 / sample data',
    pageLabel: (n, total) => `${n} / ${total}`,
    lang: 'zh-CN',
  }
}

async function text(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: bytes.slice() }).promise
  const pages: string[] = []
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent()
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '))
  }
  return pages
}

describe('buildReport', { timeout: 60_000 }, () => {
  let bytes: Uint8Array
  beforeAll(async () => {
    bytes = await buildReport(model())
  })

  it('is an A4 landscape PDF whose text (Chinese included) can be extracted, with page numbers', async () => {
    const doc = await PDFDocument.load(bytes)
    const pages = doc.getPages()
    expect(pages.length).toBeGreaterThanOrEqual(4)
    expect(pages.every((p) => Math.round(p.getWidth()) === 842 && Math.round(p.getHeight()) === 595)).toBe(true)
    const all = await text(bytes)
    const joined = all.join('\n')
    for (const s of [
      '枣庄人才·产业·科创地图 · 产业地图',
      '区县：滕州市 · 产业链：锂电产业链 · 年份：2024',
      '示例数据',
    ]) {
      expect(joined).toContain(s)
    }
    expect(all[0]).toContain('企业数量')
    expect(all[0]).toContain('128.48')
    expect(joined).toContain('https://tjj.zaozhuang.gov.cn/a')
    expect(joined).toMatch(/本报告使用示例数据\s+①/)
    // Hostile and odd strings are drawn as text, never fail the report.
    expect(joined).toContain('<script>alert(1)</script>')
    // Chart labels are text too (the chart is vectors, not a picture).
    expect(joined).toContain('60422')
    expect(joined).toContain('薛城区')
    // A table panel is text as well.
    expect(joined).toContain('鲁南第10锂电科技有限公司')
    all.forEach((p, i) => expect(p).toContain(`${i + 1} / ${all.length}`))
  })

  it('embeds subsets of the font whose glyphs have outlines', async () => {
    const doc = await PDFDocument.load(bytes)
    const fonts = doc.context
      .enumerateIndirectObjects()
      .map(([, o]) => o)
      .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))
      .map((d) => doc.context.lookup(d.get(PDFName.of('FontFile2'))) as PDFRawStream)
    expect(fonts.length).toBeGreaterThanOrEqual(3)
    for (const f of fonts) {
      const font = fontkit.create(Buffer.from(inflateSync(f.contents)))
      expect(font.numGlyphs).toBeLessThan(400)
      const empty = Array.from({ length: font.numGlyphs }, (_, i) => font.getGlyph(i)).filter(
        (g) => (g.path as unknown as { commands: unknown[] }).commands.length === 0,
      )
      // .notdef-like and space glyphs only: a broken subset leaves most characters blank.
      expect(empty.length).toBeLessThanOrEqual(3)
    }
  })

  it('draws the URL of a source as a link', async () => {
    const doc = await PDFDocument.load(bytes)
    const annots = doc.getPages().flatMap((p) => p.node.Annots()?.asArray() ?? [])
    expect(annots.length).toBe(1)
  })
})
