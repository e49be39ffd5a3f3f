import PDFDocument from 'pdfkit'

import { fontBytes } from './fonts'
import { formatShanghaiTime } from './formatTime'
import type { ReviewRecord, ReviewStageEntry } from './types'

// A4 portrait in points; 20 mm side margins like a printed form.
const PAGE_W = 595.28
const PAGE_H = 841.89
const LEFT = 56
const TABLE_W = PAGE_W - 2 * LEFT
const TOP = 56
/** Rows stop here; below is the footer (hash, time, page number). */
const BOTTOM = PAGE_H - 70
const LABEL_W = 84
const PAD = 6
const BODY_SIZE = 10.5 // 五号, the size of official forms
const LINE_GAP = 3
const MIN_ROW = 26
/** Rows shorter than this move to the next page whole; taller ones are split when at least MIN_SPLIT_ROOM is left. */
const MIN_SPLIT_ROW = 160
const MIN_SPLIT_ROOM = 120

const REGULAR = 'NotoSansSC'
const BOLD = 'NotoSansSC-Bold'

const DECISION_ZH = { approved: '通过', returned: '退回修改' } as const
const ROUND_ZH = { 1: '一校', 2: '二校', 3: '三校' } as const

type Doc = PDFKit.PDFDocument

interface Cell {
  text: string
  width: number
  bold?: boolean
  align?: 'left' | 'center' | 'right'
  fill?: string
}

/** Lays out the form top to bottom, breaking pages itself (pdfkit's own breaks are off: margins are 0). */
class FormWriter {
  y = TOP

  constructor(readonly doc: Doc) {}

  textHeight(text: string, width: number, bold = false, size = BODY_SIZE): number {
    this.doc.font(bold ? BOLD : REGULAR).fontSize(size)
    return this.doc.heightOfString(text, { width, lineGap: LINE_GAP })
  }

  newPage() {
    this.doc.addPage({ size: [PAGE_W, PAGE_H], margin: 0 })
    this.y = TOP
  }

  /** Room left on this page; a row that does not fit goes to the next one. */
  ensure(height: number) {
    if (this.y + height > BOTTOM) this.newPage()
  }

  cellBox(x: number, width: number, height: number, fill?: string) {
    if (fill) this.doc.rect(x, this.y, width, height).fillColor(fill).fill()
    this.doc.rect(x, this.y, width, height).lineWidth(0.75).strokeColor('#000000').stroke()
  }

  drawText(text: string, x: number, y: number, width: number, opts: { bold?: boolean; align?: Cell['align']; size?: number; color?: string } = {}) {
    this.doc
      .font(opts.bold ? BOLD : REGULAR)
      .fontSize(opts.size ?? BODY_SIZE)
      .fillColor(opts.color ?? '#000000')
      .text(text, x, y, { width, lineGap: LINE_GAP, align: opts.align ?? 'left' })
  }

  /** One table row of cells side by side, each text centred vertically. */
  row(cells: Cell[]) {
    const heights = cells.map((c) => this.textHeight(c.text, c.width - 2 * PAD, c.bold))
    const height = Math.max(MIN_ROW, ...heights.map((h) => h + 2 * PAD))
    this.ensure(height)
    let x = LEFT
    cells.forEach((cell, i) => {
      this.cellBox(x, cell.width, height, cell.fill)
      const offset = (height - heights[i]) / 2
      this.drawText(cell.text, x + PAD, this.y + offset, cell.width - 2 * PAD, { bold: cell.bold, align: cell.align })
      x += cell.width
    })
    this.y += height
  }

  labelled(label: string, value: string) {
    this.row([
      { text: label, width: LABEL_W, bold: true, align: 'center', fill: '#f5f5f5' },
      { text: value || '—', width: TABLE_W - LABEL_W },
    ])
  }

  labelledPair(label1: string, value1: string, label2: string, value2: string) {
    const half = (TABLE_W - 2 * LABEL_W) / 2
    this.row([
      { text: label1, width: LABEL_W, bold: true, align: 'center', fill: '#f5f5f5' },
      { text: value1 || '—', width: half },
      { text: label2, width: LABEL_W, bold: true, align: 'center', fill: '#f5f5f5' },
      { text: value2 || '—', width: half },
    ])
  }

  /** A section heading never ends a page on its own: `keep` is the room wanted for it and what must follow it. */
  section(title: string, keep = MIN_ROW * 2.5) {
    this.ensure(keep)
    this.row([{ text: title, width: TABLE_W, bold: true, align: 'center', fill: '#e6e6e6' }])
  }

  /**
   * One review stage: the opinion on top, the reviewer's line under it at the right, as on a paper form.
   * An opinion longer than a page is split over pages, the continuation labelled （续）.
   */
  stage(entry: ReviewStageEntry, repeat: number) {
    const contentW = TABLE_W - LABEL_W - 2 * PAD
    const who = `审核人：${entry.reviewer}（${entry.unitName}）`
    const what = `结论：${DECISION_ZH[entry.decision]}　时间：${formatShanghaiTime(entry.at)}`
    // One line when it fits; otherwise reviewer and verdict on two lines, never a time broken in half.
    this.doc.font(REGULAR).fontSize(BODY_SIZE)
    const oneLine = `${who}　${what}`
    const signature = this.doc.widthOfString(oneLine) <= contentW ? oneLine : `${who}\n${what}`
    const signatureH = this.textHeight(signature, contentW)
    let label = `${entry.label}意见${repeat > 1 ? `\n（第 ${repeat} 次）` : ''}`
    let rest = entry.opinion.trim() || '（无）'
    for (;;) {
      const full = Math.max(MIN_ROW, this.textHeight(rest, contentW) + signatureH + 3 * PAD + 4)
      if (this.y + full <= BOTTOM) return this.stageRow(label, rest, signature, full, signatureH)
      // A short row, or little room left here: start the row on the next page. Otherwise split it, so a long
      // opinion does not leave most of a page blank.
      if (full < MIN_SPLIT_ROW || BOTTOM - this.y < MIN_SPLIT_ROOM) {
        this.newPage()
        continue
      }
      const room = BOTTOM - this.y - 2 * PAD
      let [head, tail] = this.splitToFit(rest, contentW, room)
      // All the text fits but not the reviewer's line: leave some text for the continued row, never a bare signature.
      if (!tail.trim()) [head, tail] = this.splitToFit(rest, contentW, room - signatureH - 2 * PAD)
      this.stageRow(label, head, null, BOTTOM - this.y, 0)
      this.newPage()
      label = `${entry.label}意见\n（续）`
      rest = tail
    }
  }

  private stageRow(label: string, opinion: string, signature: string | null, height: number, signatureH: number) {
    this.cellBox(LEFT, LABEL_W, height, '#f5f5f5')
    this.cellBox(LEFT + LABEL_W, TABLE_W - LABEL_W, height)
    const labelH = this.textHeight(label, LABEL_W - 2 * PAD, true)
    this.drawText(label, LEFT + PAD, this.y + (height - labelH) / 2, LABEL_W - 2 * PAD, { bold: true, align: 'center' })
    const contentX = LEFT + LABEL_W + PAD
    const contentW = TABLE_W - LABEL_W - 2 * PAD
    this.drawText(opinion, contentX, this.y + PAD, contentW)
    if (signature) this.drawText(signature, contentX, this.y + height - PAD - signatureH, contentW, { align: 'right' })
    this.y += height
  }

  /** The longest start of `text` that fits in `height` (cut at a line end when there is one), and the rest. */
  private splitToFit(text: string, width: number, height: number): [string, string] {
    const chars = [...text]
    let lo = 1
    let hi = chars.length
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (this.textHeight(chars.slice(0, mid).join(''), width) <= height) lo = mid
      else hi = mid - 1
    }
    const head = chars.slice(0, lo).join('')
    const newline = head.lastIndexOf('\n')
    const cut = newline > head.length / 2 ? newline : head.length
    return [text.slice(0, cut), text.slice(cut).replace(/^\n/, '')]
  }
}

function drawTitle(form: FormWriter, record: ReviewRecord) {
  form.drawText('融媒稿件审核登记表', LEFT, form.y, TABLE_W, { bold: true, size: 20, align: 'center' })
  form.y += 38
  form.drawText(`填报单位：${record.unitName}`, LEFT, form.y, TABLE_W / 2, { size: 9.5, color: '#333333' })
  form.drawText(`登记日期：${formatShanghaiTime(record.generatedAt).slice(0, 10)}`, LEFT + TABLE_W / 2, form.y, TABLE_W / 2, {
    size: 9.5,
    align: 'right',
    color: '#333333',
  })
  form.y += 20
}

function drawBody(form: FormWriter, record: ReviewRecord) {
  if (record.kicker) form.labelled('眉　　题', record.kicker)
  form.labelled('稿件标题', record.title)
  form.labelledPair('所属单位', record.unitName, '栏　　目', record.columnName ?? '')
  form.labelled('署　　名', record.authors)
  form.labelledPair('提交时间', formatShanghaiTime(record.submittedAt), '版　　本', record.versionHash.slice(0, 12))
  form.labelled('发布渠道', record.targets.join('、'))

  form.section('三审意见')
  if (!record.stages.length) form.labelled('审核记录', '尚无审核记录')
  const seen = new Map<number, number>()
  for (const entry of record.stages) {
    const repeat = (seen.get(entry.stage) ?? 0) + 1
    seen.set(entry.stage, repeat)
    form.stage(entry, repeat)
  }

  // The 三校 table (heading, column titles, at most three rounds) stays on one page.
  form.section('三校记录', MIN_ROW * (3 + Math.max(1, record.proofreading.length)))
  const widths = [LABEL_W, 150, 100, TABLE_W - LABEL_W - 250]
  const header = ['校　次', '校对人', '改正（处）', '完成时间']
  form.row(header.map((text, i) => ({ text, width: widths[i], bold: true, align: 'center' as const, fill: '#f5f5f5' })))
  if (!record.proofreading.length) form.row([{ text: '尚无校对记录', width: TABLE_W, align: 'center' }])
  for (const round of [...record.proofreading].sort((a, b) => a.round - b.round)) {
    const values = [ROUND_ZH[round.round], round.proofreader, String(round.corrections), formatShanghaiTime(round.at)]
    form.row(values.map((text, i) => ({ text, width: widths[i], align: 'center' as const, bold: i === 0, fill: i === 0 ? '#f5f5f5' : undefined })))
  }

  const { blocks, warnings, acknowledged } = record.checks
  const verdict = blocks > 0 ? '未通过' : acknowledged < warnings ? '有未确认的提示' : '通过'
  form.section('检查结果', MIN_ROW * 2 + 30)
  form.labelled('稿件检查', `禁用词 ${blocks} 处；提示 ${warnings} 处，已确认 ${acknowledged} 处。结论：${verdict}`)

  form.y += 8
  form.ensure(20)
  form.drawText('本表由融媒系统根据审核记录自动生成，内容以系统记录为准；版本哈希对应所审核稿件的确切版本。', LEFT, form.y, TABLE_W, {
    size: 8.5,
    color: '#555555',
  })
}

/** Hash, generation time and "第 X 页 / 共 Y 页" on every page, written once all pages exist. */
function drawFooters(doc: Doc, record: ReviewRecord) {
  const { start, count } = doc.bufferedPageRange()
  const generated = `生成时间：${formatShanghaiTime(record.generatedAt)}`
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    const y = PAGE_H - 58
    doc.moveTo(LEFT, y).lineTo(LEFT + TABLE_W, y).lineWidth(0.5).strokeColor('#888888').stroke()
    doc.font(REGULAR).fontSize(8).fillColor('#333333')
    doc.text(`版本哈希：${record.versionHash}`, LEFT, y + 6, { width: TABLE_W, lineBreak: false })
    doc.text(generated, LEFT, y + 6, { width: TABLE_W, align: 'right', lineBreak: false })
    doc.fontSize(9).text(`第 ${i - start + 1} 页 / 共 ${count} 页`, LEFT, y + 22, { width: TABLE_W, align: 'center', lineBreak: false })
  }
}

/** The printable 审核登记表 of one reviewed version, as PDF bytes (A4, Noto Sans SC subset embedded). */
export async function reviewRecordPdf(record: ReviewRecord): Promise<Uint8Array> {
  const generatedAt = new Date(record.generatedAt)
  const doc = new PDFDocument({
    size: [PAGE_W, PAGE_H],
    margin: 0,
    bufferPages: true,
    // null (not undefined) skips pdfkit's default Helvetica, which would otherwise be listed, unembedded, in the PDF.
    font: null as unknown as string,
    autoFirstPage: false,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: `融媒稿件审核登记表 - ${record.title}`,
      Creator: '融媒 Rongmei',
      Producer: '融媒 Rongmei',
      CreationDate: Number.isNaN(generatedAt.getTime()) ? new Date() : generatedAt,
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve)
    doc.on('error', reject)
  })
  doc.registerFont(REGULAR, fontBytes('regular'))
  doc.registerFont(BOLD, fontBytes('bold'))

  const form = new FormWriter(doc)
  form.newPage()
  drawTitle(form, record)
  drawBody(form, record)
  drawFooters(doc, record)
  doc.end()
  await done
  const bytes = Buffer.concat(chunks)
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length)
}
