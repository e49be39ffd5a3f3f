import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx'

import type { Programme } from '../rundown/types'
import { buildSheet, hintRuns } from './sheet'

/**
 * The programme as a Word document (the `docx` package): A4, the rundown table, then the script with segment
 * headings, announcer labels, cues set apart and readings in small grey 〔〕; "第 X 页 / 共 Y 页" in the footer.
 * The fonts are named Noto Serif CJK SC (body) and Noto Sans CJK SC (headings, table): with 宋体/黑体 LibreOffice on
 * Debian would substitute a sans face for the serif.
 */
export const SERIF = 'Noto Serif CJK SC'
export const SANS = 'Noto Sans CJK SC'

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name })
const run = (text: string, options: Omit<IRunOptions, 'text'> = {}) => new TextRun({ text, font: font(SERIF), size: 24, ...options })
const sans = (text: string, options: Omit<IRunOptions, 'text'> = {}) => run(text, { font: font(SANS), ...options })

/** Table column widths in percent: 序号 开始 倒计时 段落 形式 内容 播音 时长 提示. */
const WIDTHS = [5, 10, 10, 10, 7, 24, 8, 9, 17]

const cell = (text: string, i: number, header = false) =>
  new TableCell({
    width: { size: WIDTHS[i], type: WidthType.PERCENTAGE },
    shading: header ? { fill: 'E8E8E8' } : undefined,
    children: [new Paragraph({ children: [sans(text, { size: 18, bold: header })] })],
  })

export async function programmeDocx(programme: Programme): Promise<Buffer> {
  const sheet = buildSheet(programme)
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: sheet.columns.map((text, i) => cell(text, i, true)) }),
      ...sheet.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i)) })),
    ],
  })
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [sans(sheet.title, { size: 36, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [sans(sheet.subtitle, { size: 21 })] }),
    ...sheet.meta.map((line) => new Paragraph({ children: [sans(line, { size: 21 })] })),
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240 }, children: [sans('串联单', { size: 28, bold: true })] }),
    table,
    new Paragraph({ spacing: { before: 120 }, children: [sans(sheet.total, { size: 21, bold: true })] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [sans('播音稿', { size: 28, bold: true })] }),
  ]
  for (const block of sheet.blocks) {
    if (block.kind === 'segment') {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [sans(`【${block.text}】`, { size: 26, bold: true })] }))
    } else if (block.kind === 'item') {
      body.push(
        new Paragraph({
          spacing: { before: 200 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '999999', space: 1 } },
          children: [sans(block.text, { size: 20, color: '555555' })],
        }),
      )
    } else if (block.kind === 'cue') {
      body.push(new Paragraph({ indent: { left: 420 }, children: [sans(block.text, { size: 22, bold: true })] }))
    } else {
      block.lines.forEach((line, i) =>
        body.push(
          new Paragraph({
            spacing: { line: 400 },
            indent: { left: 840, hanging: 840 },
            children: [
              i === 0 ? sans(`${block.label}：`, { bold: true }) : run('\t'),
              ...hintRuns(line).map((part) => (part.hint ? run(part.text, { size: 18, color: '808080' }) : run(part.text))),
            ],
          }),
        ),
      )
    }
  }
  const doc = new Document({
    creator: '融媒 Rongmei',
    title: sheet.title,
    styles: { default: { document: { run: { font: font(SERIF) } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [sans('', { size: 18, children: ['第 ', PageNumber.CURRENT, ' 页 / 共 ', PageNumber.TOTAL_PAGES, ' 页'] })] })],
          }),
        },
        children: body,
      },
    ],
  })
  return Packer.toBuffer(doc)
}
