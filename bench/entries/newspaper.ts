import { chromium, type Browser } from 'playwright-core'

import { layoutIssue } from '../../publishers/newspaper/engine'
import { MM, spanWidth } from '../../publishers/newspaper/layout/geometry'
import type { Plan } from '../../publishers/newspaper/layout/plan'
import type { PrintIssue } from '../../publishers/newspaper/model'
import { issueData } from '../../publishers/newspaper/typst/source'
import { sampleIssue, samplePhotos } from '../../test/publishers/newspaper/sampleIssue'
import type { BenchEntry } from '../harness'

/**
 * A 4-page 四开 issue with 16 stories → print PDF: our Typst pipeline (measure, place, verify, PDF) against
 * headless Chromium printing the same pages as HTML (the same modules at the same positions, CSS columns,
 * the same text and photos). Each round edits one story, as an editor does between layouts, so Typst's caches
 * do not turn the round into a no-op. The cold first layout in a fresh process (compiler start, font parsing)
 * is timed once in setup against the absolute goal of 3 s.
 */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function issueHtml(plan: Plan, data: ReturnType<typeof issueData>, photos: Record<string, Buffer>): string {
  const g = plan.geometry
  const px = (pt: number) => `${pt.toFixed(2)}pt`
  const pages = plan.pages.map((page, index) => {
    const top = g.margin.top + page.bandLines * g.pitch
    const band = page.template === 'front'
      ? `<div class="masthead">${escapeHtml(data.pages[index].masthead.name)}<small>${data.pages[index].masthead.lines.map(escapeHtml).join('<br>')}</small></div>`
      : `<div class="folio">${escapeHtml(data.pages[index].folio.left)}　${escapeHtml(data.pages[index].folio.center)}　${escapeHtml(data.pages[index].folio.right)}</div>`
    const blocks = [...page.blocks, ...(page.side?.briefs ?? [])].map((block) => {
      const b = data.blocks[block.id]
      const left = g.margin.side + block.x * (g.columnWidth + g.gutter)
      const photo = block.photo ? `<img src="data:image/jpeg;base64,${photos[block.photo.key]?.toString('base64') ?? ''}" style="width:${px(spanWidth(g, block.photo.span))};height:${px(block.photo.lines * g.pitch)}"><p class="cap">${escapeHtml(block.photo.caption ?? '')}</p>` : ''
      return `<section style="left:${px(left)};top:${px(top + block.y * g.pitch)};width:${px(spanWidth(g, block.span))};height:${px(block.height * g.pitch)}">
<h2 style="font-size:${block.head.headline.size}pt">${block.head.headline.lines.map(escapeHtml).join('<br>')}</h2>${photo}
<div class="body" style="column-count:${block.textSpan};height:${px(block.bodyLines * g.pitch)}">${b.jumpFrom ? `<p class="jump">（上接第${b.jumpFrom}版）</p>` : ''}${b.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}${b.jumpTo ? `<p class="jump">（下转第${b.jumpTo}版）</p>` : ''}</div></section>`
    })
    return `<div class="page">${band}${blocks.join('\n')}</div>`
  })
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: ${(g.pageWidth / MM).toFixed(1)}mm ${(g.pageHeight / MM).toFixed(1)}mm; margin: 0 }
body { margin: 0; font-family: "Noto Serif CJK SC", "Noto Serif SC", serif; font-size: ${g.bodySize}pt; line-height: ${g.pitch}pt }
.page { position: relative; width: ${px(g.pageWidth)}; height: ${px(g.pageHeight)}; page-break-after: always; overflow: hidden }
section { position: absolute; overflow: hidden }
h2 { margin: 0 0 ${g.pitch}pt; font-family: "Noto Sans CJK SC", sans-serif; line-height: 1.25 }
.body { column-gap: ${px(g.gutter)}; column-fill: auto; text-align: justify }
.body p { margin: 0; text-indent: 2em } .body p.jump { text-align: right; font-weight: bold }
img { display: block; object-fit: cover } .cap { margin: 0; font-size: 8pt }
.masthead, .folio { position: absolute; left: ${px(g.margin.side)}; top: ${px(g.margin.top)}; font-family: "Noto Sans CJK SC", sans-serif }
.masthead { font-size: 60pt; line-height: 1; color: #c8102e; font-family: "Noto Serif CJK SC", serif; font-weight: 900 } .masthead small { display: block; font-size: 9pt; line-height: 1.4 }
</style></head><body>${pages.join('\n')}</body></html>`
}

export async function newspaperPdf(): Promise<BenchEntry> {
  let browser: Browser | null = null
  let base: PrintIssue = sampleIssue()
  let photos: Record<string, Buffer> = {}
  let html = ''
  let round = 0
  let coldMs = 0
  let pdfBytes = 0
  const warm: number[] = []
  const edited = (): PrintIssue => {
    round++
    return { ...base, stories: base.stories.map((s, i) => (i === round % base.stories.length ? { ...s, paragraphs: [...s.paragraphs.slice(0, -1), `${s.paragraphs.at(-1)}（第${round}次修改）`] } : s)) }
  }
  return {
    name: 'newspaper: 4-page 四开 issue, 16 stories → print PDF',
    ratioLabel: 'Typst pipeline / Chromium printing the same pages',
    // "at least 5× faster" is a ratio of at most 0.2.
    goal: { max: 0.2 },
    rounds: 7,
    setup: async () => {
      photos = await samplePhotos()
      base = sampleIssue()
      const start = performance.now()
      const first = layoutIssue(base, photos, { pdf: true })
      coldMs = performance.now() - start
      pdfBytes = first.pdf!.length
      html = issueHtml(first.plan, first.data, photos)
      browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] })
    },
    subject: async () => {
      const start = performance.now()
      layoutIssue(edited(), photos, { pdf: true })
      warm.push(performance.now() - start)
    },
    baseline: async () => {
      const page = await browser!.newPage()
      try {
        await page.setContent(html, { waitUntil: 'load' })
        await page.pdf({ preferCSSPageSize: true, printBackground: true })
      } finally {
        await page.close()
      }
    },
    teardown: async () => {
      await browser?.close()
    },
    report: () => {
      const sorted = [...warm].sort((a, b) => a - b)
      return [
        `cold first layout → PDF in a fresh process: ${coldMs.toFixed(0)} ms (goal ≤ 3000 ms) ${coldMs <= 3000 ? 'met' : 'NOT MET'}`,
        `after an edit: median ${sorted[sorted.length >> 1]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms; PDF ${(pdfBytes / 1024).toFixed(0)} KiB`,
      ]
    },
  }
}
