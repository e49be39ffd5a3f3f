import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { strFromU8, unzipSync } from 'fflate'
import { afterEach, describe, expect, it } from 'vitest'

import { ESPEAK_MISSING, espeakAvailable, previewWav, toNumberedPinyin } from '../../../publishers/radio/audioPreview'
import { programmeDocx } from '../../../publishers/radio/output/docx'
import { programmePdf } from '../../../publishers/radio/output/pdf'
import { programmeText } from '../../../publishers/radio/output/text'
import { articleScript } from '../../../publishers/radio/render/articleScript'
import { scriptText } from '../../../publishers/radio/render/scriptText'
import type { RundownItem } from '../../../publishers/radio/rundown/types'
import { ITEMS, programme } from './fixtures'

const p = (t: string) => ({ type: 'paragraph', children: [{ type: 'text', text: t }] })
const script = articleScript({ title: '图书馆延长开放', body: { root: { children: [p('2026年1月1日起开放时间为7:30—21:00，同学们还书后可以向曾老师咨询。')] } } })
const SCRIPT_ITEM: RundownItem = {
  kind: 'script',
  title: '图书馆延长开放',
  announcer: '王芳',
  segment: '校园新闻',
  text: scriptText(script, { hints: false }),
  hintedText: scriptText(script),
  syllables: script.syllables,
}
const PROGRAMME = programme(900, [ITEMS[0], ITEMS[1], SCRIPT_ITEM, ...ITEMS.slice(3)])
const squash = (text: string) => text.replace(/\s+/g, '')

describe('DOCX (docx package)', async () => {
  const bytes = await programmeDocx(PROGRAMME)
  const files = unzipSync(new Uint8Array(bytes))
  const xml = strFromU8(files['word/document.xml'])
  const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

  it('is a Word package', () => {
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']))
  })

  it('holds the rundown table: a header row and one row per item with front/back times and lengths', () => {
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(1)
    expect((xml.match(/<w:tr>|<w:tr /g) ?? []).length).toBe(1 + PROGRAMME.items.length)
    expect(texts).toContain('序号开始倒计时段落形式内容播音时长提示')
    expect(texts).toContain('112:00:00')
    expect(texts).toContain('采访录音')
    expect(texts).toContain('入：我觉得 / 出：谢谢大家')
    expect(texts).toMatch(/合计 \d+分\d{2}秒 \/ 时段 15分00秒　欠时/)
  })

  it('sets out segments, announcer labels, cues and readings', () => {
    expect(texts).toContain('【校园新闻】')
    expect(texts).toContain('女：')
    expect(texts).toContain('男：')
    expect(texts).toContain('【录音】采访录音　入点：“我觉得”　出点：“谢谢大家”')
    expect(texts).toContain('【垫乐】背景垫乐')
    expect(texts).toContain('二〇二六年一月一日起开放时间为七点半到二十一点')
    expect(texts).toContain('还〔huán〕书')
    expect(texts).toContain('曾〔zēng〕老师')
  })

  it('names the Noto CJK fonts and numbers pages 第 X 页 / 共 Y 页', () => {
    expect(xml).toContain('w:eastAsia="Noto Serif CJK SC"')
    expect(xml).toContain('w:eastAsia="Noto Sans CJK SC"')
    const footerName = Object.keys(files).find((name) => /^word\/footer\d*\.xml$/.test(name))!
    const footer = strFromU8(files[footerName])
    expect(footer).toMatch(/PAGE/)
    expect(footer).toMatch(/NUMPAGES/)
    expect(footer).toContain('第 ')
    expect(footer).toContain(' 页 / 共 ')
  })
})

describe('PDF (pdfkit, Noto Sans SC)', async () => {
  const bytes = await programmePdf(PROGRAMME)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'radio-pdf-'))
  const file = path.join(dir, 'programme.pdf')
  writeFileSync(file, bytes)
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })

  it('is a PDF with the script text extractable', () => {
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(squash(text)).toContain(squash('二〇二六年一月一日起开放时间为七点半到二十一点'))
    expect(squash(text)).toContain('还〔huán〕书')
    expect(squash(text)).toContain('【录音】采访录音')
  })

  it('has the rundown and page numbers on every page', () => {
    expect(squash(text)).toContain('串联单')
    expect(squash(text)).toContain('12:00:00')
    const pages = execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]
    expect(Number(pages)).toBeGreaterThanOrEqual(2)
    for (let i = 1; i <= Number(pages); i++) expect(squash(text)).toContain(`第${i}页/共${pages}页`)
  })

  it('embeds a font subset, not the whole 10 MB face', () => {
    expect(bytes.length).toBeLessThan(400_000)
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/NotoSansSC/)
  })
})

describe('plain text', () => {
  it('has the rundown (tab-separated) and the script with labels', () => {
    const text = programmeText(PROGRAMME)
    expect(text).toContain('序号\t开始\t倒计时')
    expect(text).toContain('3\t12:00:27\t')
    expect(text).toContain('女：图书馆延长开放')
    expect(text).toContain('【垫乐】背景垫乐（1分00秒，可在 30秒—3分00秒 间伸缩）')
  })
})

describe('audio preview (espeak-ng)', () => {
  const saved = process.env.ESPEAK_NG
  afterEach(() => {
    if (saved === undefined) delete process.env.ESPEAK_NG
    else process.env.ESPEAK_NG = saved
  })

  it('turns the script into numbered pinyin for the cmn-latn-pinyin voice', () => {
    expect(toNumberedPinyin('还钱了。')).toBe('hai2 qian2 le5 .')
    expect(toNumberedPinyin('绿色')).toBe('lv4 se4')
  })

  it('degrades cleanly without espeak-ng: no audio and a Chinese message', async () => {
    process.env.ESPEAK_NG = '/nonexistent/espeak-ng'
    expect(await espeakAvailable()).toBe(false)
    expect(await previewWav('各位同学，中午好。')).toBeNull()
    expect(ESPEAK_MISSING).toMatch(/未安装 espeak-ng/)
  })

  it('with this machine’s espeak-ng: a WAV whose length follows the rate (or the same clean refusal if it is not installed)', async () => {
    if (!(await espeakAvailable())) {
      expect(await previewWav('各位同学')).toBeNull()
      return
    }
    const text = '各位同学，中午好！欢迎收听汤青之声。今天的节目有三条校园新闻。'
    const seconds = (wav: Buffer) => (wav.length - 44) / wav.readUInt32LE(28)
    const normal = (await previewWav(text, 220))!
    const slow = (await previewWav(text, 110))!
    expect(normal.subarray(0, 4).toString()).toBe('RIFF')
    expect(normal.subarray(8, 12).toString()).toBe('WAVE')
    // 28 syllables at 220 a minute is about 7.6 s; espeak adds its pauses.
    expect(seconds(normal)).toBeGreaterThan(4)
    expect(seconds(normal)).toBeLessThan(16)
    expect(seconds(slow) / seconds(normal)).toBeGreaterThan(1.5)
  })
})
