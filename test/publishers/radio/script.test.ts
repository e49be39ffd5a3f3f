import { describe, expect, it } from 'vitest'

import { itemScript } from '../../../publishers/radio/itemScript'
import { articleScript } from '../../../publishers/radio/render/articleScript'
import { countSyllables, readSeconds } from '../../../publishers/radio/render/readTime'
import { scriptText } from '../../../publishers/radio/render/scriptText'
import { splitSentences } from '../../../publishers/radio/render/sentences'

const text = (t: string) => ({ type: 'text', text: t })
const p = (...children: object[]) => ({ type: 'paragraph', children })
const cell = (t: string, header = false) => ({ type: 'tablecell', headerState: header ? 1 : 0, children: [p(text(t))] })
const row = (...cells: object[]) => ({ type: 'tablerow', children: cells })
const body = (...children: object[]) => ({ root: { type: 'root', children } })

describe('article → 播音稿', () => {
  const script = articleScript({
    kicker: '校园新闻',
    title: '图书馆2026年起延长开放',
    body: body(
      p(text('从2026年1月1日起，开放时间为7:30—21:00。')),
      { type: 'upload', value: 7, fields: { caption: '图书馆外景（摄影：张三）' } },
      p(text('详情请看'), { type: 'link', fields: { url: 'https://lib.example.edu.cn' }, children: [text('图书馆主页')] }, text('。')),
      p({ type: 'autolink', fields: { url: 'https://lib.example.edu.cn' }, children: [text('https://lib.example.edu.cn')] }),
      { type: 'table', children: [row(cell('校区', true), cell('开放时间', true)), row(cell('东校区'), cell('8:00')), row(cell('西校区'), cell('9:00'))] },
      { type: 'table', children: [row(cell('a'), cell('b'))] },
      { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('带好校园卡')] }, { type: 'listitem', children: [text('保持安静')] }] },
    ),
  })
  const all = scriptText(script, { hints: false })

  it('reads the title with kicker, then the body in spoken form', () => {
    expect(script.paragraphs[0]).toMatchObject({ kind: 'heading', lines: ['校园新闻——图书馆二〇二六年起延长开放'] })
    expect(all).toContain('从二〇二六年一月一日起，开放时间为七点半到二十一点。')
  })

  it('drops images and captions, keeps link text, drops bare URLs', () => {
    expect(all).not.toContain('摄影')
    expect(all).toContain('详情请看图书馆主页。')
    expect(all).not.toMatch(/https?:|example/)
    expect(script.notes).toContain('略去图片 1 张（含图片说明）')
    expect(script.notes).toContain('链接地址不宜播读，已略去')
  })

  it('turns a small table with a header into sentences, and leaves out one without, with a note', () => {
    expect(all).toContain('校区为东校区，开放时间为八点。')
    expect(all).toContain('校区为西校区，开放时间为九点。')
    expect(all).toContain('【此处表格略】')
    expect(script.paragraphs.find((paragraph) => paragraph.kind === 'note')).toBeTruthy()
    expect(script.notes.some((note) => note.startsWith('表格（1 行 × 2 列）不宜播读'))).toBe(true)
  })

  it('reads numbered lists as 第一，第二', () => {
    expect(all).toContain('第一，带好校园卡。')
    expect(all).toContain('第二，保持安静。')
  })

  it('counts syllables of what is said (notes are silent) and the read time at the rate', () => {
    const spoken = script.paragraphs.filter((paragraph) => paragraph.kind !== 'note').flatMap((paragraph) => paragraph.lines).join('')
    expect(script.syllables).toBe(countSyllables(spoken))
    expect(script.seconds).toBe(readSeconds(script.syllables, 220))
    expect(articleScript({ title: '', body: body(p(text('一'.repeat(220)))) }).seconds).toBe(60)
    expect(articleScript({ title: '', body: body(p(text('一'.repeat(220)))) }, { rate: 110 }).seconds).toBe(120)
  })

  it('a video is read from its transcript', () => {
    const video = itemScript({ collection: 'videos', title: '宣传片', transcript: '第一段。\n第二段有30%的内容。' })
    expect(scriptText(video, { hints: false })).toBe('宣传片\n\n第一段。\n\n第二段有百分之三十的内容。')
  })

  it('marks each reading once, at its first occurrence, inline in 〔〕', () => {
    const hinted = articleScript({ title: '还钱', body: body(p(text('他去银行还钱。银行很近。'))) })
    expect(scriptText(hinted)).toBe('还〔huán〕钱\n\n他去银行〔háng〕还钱。\n银行很近。')
  })
})

describe('breathable lines', () => {
  it('splits a paragraph into sentences', () => {
    expect(splitSentences('第一句。第二句！第三句？“第四句。”')).toEqual(['第一句。', '第二句！', '第三句？', '“第四句。”'])
  })
  it('cuts a sentence longer than one breath after a comma', () => {
    const long = '今天上午，学校在大礼堂隆重举行二〇二六届毕业典礼，全体校领导出席，三千余名毕业生和家长代表参加，典礼由副校长主持。'
    const lines = splitSentences(long, 40)
    expect(lines.join('')).toBe(long)
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(40)
    expect(lines.slice(0, -1).every((line) => /[，、：]$/.test(line))).toBe(true)
  })
})

describe('syllables', () => {
  it('counts hanzi, 〇, spelled letters and Latin words', () => {
    expect(countSyllables('二〇二〇年')).toBe(5)
    expect(countSyllables('A I技术')).toBe(4)
    expect(countSyllables('学习Python')).toBe(4)
    expect(countSyllables('，。！')).toBe(0)
  })
})
