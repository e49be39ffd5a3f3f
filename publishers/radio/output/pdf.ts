import PDFDocument from 'pdfkit'

import { fontBytes } from '../../../workflow/reviewRecord/fonts'
import type { Programme } from '../rundown/types'
import { buildSheet, hintRuns } from './sheet'

/**
 * The programme as PDF without LibreOffice: pdfkit with the Noto Sans SC the 审核登记表 already embeds
 * (subset, so the file stays small and its text extractable). A4; the rundown table breaks across pages with
 * its header repeated; "第 X 页 / 共 Y 页" is written once every page exists (bufferPages).
 */
const PAGE_W = 595.28
const PAGE_H = 841.89
const MARGIN = 50
const WIDTH = PAGE_W - 2 * MARGIN
const BOTTOM = PAGE_H - 60
const REGULAR = 'NotoSansSC'
const BOLD = 'NotoSansSC-Bold'
/** Same shares as the DOCX table: 序号 开始 倒计时 段落 形式 内容 播音 时长 提示. */
const WIDTHS = [5, 10, 10, 10, 7, 24, 8, 9, 17].map((share) => (share / 100) * WIDTH)
const PAD = 3

type Doc = PDFKit.PDFDocument

export async function programmePdf(programme: Programme): Promise<Buffer> {
  const sheet = buildSheet(programme)
  const doc: Doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, bufferPages: true, info: { Title: sheet.title, Creator: '融媒 Rongmei' } })
  doc.registerFont(REGULAR, fontBytes('regular'))
  doc.registerFont(BOLD, fontBytes('bold'))
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  let y = MARGIN
  const newPage = () => {
    doc.addPage({ size: 'A4', margin: 0 })
    y = MARGIN
  }
  const ensure = (height: number) => {
    if (y + height > BOTTOM) newPage()
  }
  const para = (text: string, opts: { size?: number; bold?: boolean; indent?: number; gap?: number; color?: string; align?: 'left' | 'center' } = {}) => {
    const size = opts.size ?? 11
    const width = WIDTH - (opts.indent ?? 0)
    doc.font(opts.bold ? BOLD : REGULAR).fontSize(size)
    const height = doc.heightOfString(text, { width, lineGap: 4 })
    ensure(height)
    doc.fillColor(opts.color ?? '#000000').text(text, MARGIN + (opts.indent ?? 0), y, { width, lineGap: 4, align: opts.align ?? 'left' })
    y += height + (opts.gap ?? 4)
  }
  const tableRow = (cells: string[], header: boolean) => {
    doc.font(header ? BOLD : REGULAR).fontSize(8)
    const height = Math.max(16, ...cells.map((text, i) => doc.heightOfString(text, { width: WIDTHS[i] - 2 * PAD }) + 2 * PAD))
    if (y + height > BOTTOM) {
      newPage()
      if (!header) tableRow(sheet.columns, true)
    }
    let x = MARGIN
    cells.forEach((text, i) => {
      if (header) doc.rect(x, y, WIDTHS[i], height).fillColor('#e8e8e8').fill()
      doc.rect(x, y, WIDTHS[i], height).lineWidth(0.5).strokeColor('#000000').stroke()
      doc.font(header ? BOLD : REGULAR).fontSize(8).fillColor('#000000').text(text, x + PAD, y + PAD, { width: WIDTHS[i] - 2 * PAD })
      x += WIDTHS[i]
    })
    y += height
  }

  newPage()
  para(sheet.title, { size: 18, bold: true, align: 'center', gap: 6 })
  para(sheet.subtitle, { size: 10.5, align: 'center' })
  sheet.meta.forEach((line) => para(line, { size: 10.5 }))
  y += 8
  para('串联单', { size: 14, bold: true })
  tableRow(sheet.columns, true)
  sheet.rows.forEach((row) => tableRow(row, false))
  y += 6
  para(sheet.total, { size: 10.5, bold: true })

  newPage()
  para('播音稿', { size: 14, bold: true, gap: 8 })
  for (const block of sheet.blocks) {
    if (block.kind === 'segment') para(`【${block.text}】`, { size: 13, bold: true, gap: 6 })
    else if (block.kind === 'item') para(block.text, { size: 9.5, color: '#555555' })
    else if (block.kind === 'cue') para(block.text, { size: 11, bold: true, indent: 20 })
    else {
      block.lines.forEach((line, i) => {
        // Readings stay in the text, in 〔〕, smaller and grey: pdfkit's `continued` runs keep them inline.
        const label = i === 0 ? `${block.label}：` : ''
        const runs = hintRuns(line)
        doc.font(REGULAR).fontSize(12)
        const height = doc.heightOfString(label + line, { width: WIDTH - 42, lineGap: 6 })
        ensure(height)
        if (label) doc.font(BOLD).fontSize(12).fillColor('#000000').text(label, MARGIN, y, { width: 42 })
        doc.text('', MARGIN + 42, y, { width: WIDTH - 42, lineGap: 6, continued: true })
        runs.forEach((part, k) => {
          doc.font(REGULAR).fontSize(part.hint ? 9 : 12).fillColor(part.hint ? '#808080' : '#000000')
          doc.text(part.text, { continued: k < runs.length - 1, lineGap: 6 })
        })
        if (!runs.length) doc.text('', { continued: false })
        y += height + 4
      })
    }
  }

  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    doc.font(REGULAR).fontSize(9).fillColor('#000000').text(`第 ${i + 1} 页 / 共 ${range.count} 页`, MARGIN, PAGE_H - 40, { width: WIDTH, align: 'center', lineBreak: false })
  }
  doc.end()
  return done
}
