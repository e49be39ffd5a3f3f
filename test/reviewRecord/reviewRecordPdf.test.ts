import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { reviewRecordPdf, type ReviewRecord } from '../../workflow/reviewRecord'

// Reads the PDFs back with Debian's poppler-utils (pdftotext, pdffonts, pdfinfo), as a person's viewer would.
const dir = mkdtempSync(path.join(os.tmpdir(), 'rongmei-review-record-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let n = 0
function save(pdf: Uint8Array): string {
  const file = path.join(dir, `record-${++n}.pdf`)
  writeFileSync(file, pdf)
  return file
}
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' })
/** pdftotext output without white space: CJK text has none, and wrapping inserts line breaks anywhere. */
const flatText = (file: string) => poppler('pdftotext', file, '-').replace(/\s+/g, '')
const flat = (text: string) => text.replace(/\s+/g, '')
/**
 * The text of the table's right-hand column on every page (x ≥ 141 pt, above the footer), in reading order:
 * the row labels, centred beside a long opinion, and the page footers would otherwise interleave with it.
 */
const contentColumn = (file: string) => flat(poppler('pdftotext', '-x', '141', '-y', '0', '-W', '460', '-H', '780', file, '-'))
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))?.[1])

const HASH = 'a3f5c2e9d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1'

const record = (overrides: Partial<ReviewRecord> = {}): ReviewRecord => ({
  title: '我校召开2026年宣传思想工作会议暨融媒体中心建设推进会',
  kicker: '要闻',
  unitName: '党委宣传部',
  columnName: '校园要闻',
  authors: '文/张三 李四　图/王五',
  submittedAt: '2026-11-30T06:05:00Z',
  versionHash: HASH,
  targets: ['学校官方微信公众号', '学校官方微博'],
  stages: [
    { stage: 1, label: '初审', reviewer: '陈晓明', unitName: '新闻中心', opinion: '内容属实，导向正确，同意提交复审。', decision: 'approved', at: '2026-11-30T07:10:00Z' },
    { stage: 2, label: '复审', reviewer: '刘建国', unitName: '党委宣传部', opinion: '标题可再精炼，同意。', decision: 'approved', at: '2026-11-30T08:20:00Z' },
    { stage: 3, label: '终审', reviewer: '周慧敏', unitName: '党委宣传部', opinion: '同意发布。', decision: 'approved', at: '2026-12-01T01:30:00Z' },
  ],
  proofreading: [
    { round: 1, proofreader: '孙丽', corrections: 5, at: '2026-11-30T06:30:00Z' },
    { round: 2, proofreader: '钱伟', corrections: 2, at: '2026-11-30T06:50:00Z' },
    { round: 3, proofreader: '吴喆', corrections: 0, at: '2026-11-30T07:00:00Z' },
  ],
  checks: { blocks: 0, warnings: 3, acknowledged: 3 },
  generatedAt: '2026-12-01T02:00:00Z',
  ...overrides,
})

/** An opinion of numbered sentences, so a lost or reordered piece after wrapping or a page break shows. */
const longOpinion = (sentences: number) =>
  Array.from({ length: sentences }, (_, i) => `第${i + 1}点：稿件第${i + 1}段表述需与学校官方口径保持一致，数据请核对原始文件。`).join('')

describe('reviewRecordPdf', () => {
  it('prints the form: title, unit, every reviewer and opinion, proofreaders, checks, hash and Beijing times', async () => {
    const file = save(await reviewRecordPdf(record()))
    const text = flatText(file)
    for (const expected of ['融媒稿件审核登记表', '所属单位', '初审意见', '复审意见', '终审意见', '三校记录', `版本哈希：${HASH}`, '生成时间：2026-12-0110:00', '第1页/共1页']) {
      expect(text).toContain(flat(expected))
    }
    const column = contentColumn(file)
    for (const expected of [
      '我校召开2026年宣传思想工作会议暨融媒体中心建设推进会',
      '党委宣传部',
      '校园要闻',
      // pdftotext reads the wide space in the 署名 line as a column gap, so its parts are checked one by one.
      '文/张三 李四',
      '图/王五',
      '学校官方微信公众号、学校官方微博',
      '内容属实，导向正确，同意提交复审。',
      '审核人：陈晓明（新闻中心）',
      '审核人：刘建国（党委宣传部）',
      '标题可再精炼，同意。',
      '审核人：周慧敏（党委宣传部）',
      '同意发布。',
      '孙丽',
      '钱伟',
      '吴喆', // 喆: a name character outside GB2312, still in the font
      '禁用词 0 处；提示 3 处，已确认 3 处。结论：通过',
      // 06:05Z is 14:05 in Asia/Shanghai, whatever the server's zone.
      '2026-11-30 14:05',
      '时间：2026-12-01 09:30',
    ]) {
      expect(column).toContain(flat(expected))
    }
    expect(pageCount(file)).toBe(1)
  })

  it('embeds only the subset Noto Sans SC fonts, and stays small', async () => {
    const pdf = await reviewRecordPdf(record())
    const fonts = poppler('pdffonts', save(pdf)).trim().split('\n').slice(2)
    expect(fonts.length).toBeGreaterThan(0)
    for (const line of fonts) {
      // name type encoding emb sub uni
      expect(line).toMatch(/^[A-Z]{6}\+NotoSansSC-\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/)
    }
    expect(pdf.byteLength).toBeLessThan(150_000)
  })

  it('wraps a long opinion and flows onto a second page numbered 第 2 页 / 共 2 页, losing no text', async () => {
    const opinion = longOpinion(30)
    const file = save(await reviewRecordPdf(record({ stages: [record().stages[0], { ...record().stages[1], opinion }, record().stages[2]] })))
    expect(pageCount(file)).toBe(2)
    const text = flatText(file)
    expect(contentColumn(file)).toContain(flat(opinion))
    expect(text).toContain('第1页/共2页')
    expect(text).toContain('第2页/共2页')
    expect(text).toContain('（续）')
    // The footer with the hash is on every page.
    expect(text.split(`版本哈希：${HASH}`).length - 1).toBe(2)
    for (const name of ['陈晓明', '刘建国', '周慧敏']) expect(text).toContain(name)
  })

  it('an opinion longer than a page is split over pages in order, the reviewer line kept with text', async () => {
    const opinion = longOpinion(90)
    const file = save(await reviewRecordPdf(record({ stages: [{ ...record().stages[1], opinion }] })))
    expect(pageCount(file)).toBeGreaterThanOrEqual(3)
    const column = contentColumn(file)
    expect(column).toContain(flat(opinion))
    expect(column).toContain(`第90点：稿件第90段表述需与学校官方口径保持一致，数据请核对原始文件。审核人：刘建国`)
  })

  it('prints returns, repeated stages, empty sections and text with markup characters as they are', async () => {
    const file = save(
      await reviewRecordPdf(
        record({
          title: '<b>标题</b> & “引号”',
          kicker: null,
          columnName: null,
          stages: [
            { stage: 1, label: '初审', reviewer: '陈晓明', unitName: '新闻中心', opinion: '图片缺少说明，退回修改。', decision: 'returned', at: '2026-11-30T07:10:00Z' },
            { stage: 1, label: '初审', reviewer: '陈晓明', unitName: '新闻中心', opinion: '已补充，同意。', decision: 'approved', at: '2026-11-30T09:00:00Z' },
          ],
          proofreading: [],
        }),
      ),
    )
    const text = flatText(file)
    expect(text).toContain(flat('<b>标题</b> & “引号”'))
    expect(text).toContain('结论：退回修改')
    expect(text).toContain('（第2次）')
    expect(text).toContain('尚无校对记录')
    expect(text).not.toContain('眉题')
  })
})
