import { XMLValidator } from 'fast-xml-parser'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { layoutIssue, type LaidOutIssue } from '../../../publishers/newspaper/engine'
import { IDML_MIMETYPE, pageIdml } from '../../../publishers/newspaper/idml/package'
import type { Block } from '../../../publishers/newspaper/layout/plan'
import { pagePreviews } from '../../../publishers/newspaper/preview'
import { openInScribus, scribusInstalled } from './scribus'
import { sampleIssue, samplePhotos, TYPST_TRAP } from './sampleIssue'
import { pdfFonts, pdfText, readZip, squash } from './tools'

/**
 * The layout engine end to end on a 4-page 四开 issue with 16 stories: placement, copy fit, the PDF read back
 * with poppler, the IDML parsed strictly (and opened in Scribus when it is installed).
 */
let laid: LaidOutIssue
let photos: Record<string, Buffer>
const issue = sampleIssue()
const blocksOf = (l: LaidOutIssue): (Block & { page: number })[] =>
  l.plan.pages.flatMap((page) => [...page.blocks, ...(page.side?.briefs ?? [])].map((block) => ({ ...block, page: page.number })))

beforeAll(async () => {
  photos = await samplePhotos()
  laid = layoutIssue(issue, photos, { pdf: true, svg: true })
}, 60_000)

describe('a 4-page issue with 16 stories', () => {
  it('places every story, whole or jumped, with matching 下转/上接 pages and nothing left over', () => {
    expect(laid.pageCount).toBe(4)
    const blocks = blocksOf(laid)
    for (const story of issue.stories) {
      const parts = blocks.filter((b) => b.storyId === story.id).sort((a, b) => a.part - b.part)
      expect(parts.length, story.headline).toBeGreaterThan(0)
      expect(parts[0].part).toBe(0)
      expect(parts[0].range.from).toEqual({ para: 0, char: 0 })
      // The parts chain: each ends where the next begins, the jump lines name each other's page.
      for (let i = 0; i < parts.length - 1; i++) {
        expect(parts[i].jumpTo).toBe(parts[i + 1].page)
        expect(parts[i + 1].jumpFrom).toBe(parts[i].page)
        expect(parts[i + 1].page).toBeGreaterThan(parts[i].page)
        expect(parts[i + 1].range.from).toEqual(parts[i].range.to)
      }
      expect(parts.at(-1)!.jumpTo).toBeUndefined()
      expect(parts.at(-1)!.range.to).toEqual({ para: story.paragraphs.length, char: 0 })
    }
    expect(laid.plan.warnings.filter((w) => w.code === 'unplaced' || w.code === 'overset')).toEqual([])
    // The sample is long enough that page 1's lead jumps: the jump machinery is exercised, not assumed.
    expect(blocks.some((b) => b.jumpTo)).toBe(true)
    // Page 1: masthead band, 导读 box listing stories on later pages, briefs below it.
    const front = laid.plan.pages[0]
    expect(front.side?.kind).toBe('front')
    expect(front.side!.contents.length).toBeGreaterThan(3)
    expect(front.side!.contents.every((entry) => entry.page > 1)).toBe(true)
    expect(blocks.filter((b) => b.kind === 'brief').length).toBeGreaterThan(0)
  })

  it('has no overset module without a jump line: Typst measured every module after the last pass', () => {
    const blocks = new Map(blocksOf(laid).map((b) => [b.id, b]))
    expect(laid.verify).toHaveLength(blocks.size)
    for (const entry of laid.verify) {
      if (entry.need > entry.capacity) expect(blocks.get(entry.id)?.jumpTo, entry.id).toBeDefined()
    }
    expect(laid.verify.filter((v) => v.need > v.capacity)).toEqual([])
    // Balanced columns: a module is only as deep as its text needs (its last column is at most one line short per column).
    for (const entry of laid.verify) {
      const block = blocks.get(entry.id)!
      if (block.kind === 'story' && !block.jumpTo && block.photo?.mode !== 'side') expect(entry.capacity - entry.need, entry.id).toBeLessThan(block.textSpan * 2)
    }
  })

  it('prints every story in the PDF (pdftotext), jump lines included', async () => {
    const text = await pdfText(laid.pdf!)
    for (const story of issue.stories) {
      expect(text, story.headline).toContain(squash(story.headline))
      for (const paragraph of story.paragraphs) {
        // Whole paragraphs, except where a jump splits one: then both halves are there.
        const pieces = blocksOf(laid).filter((b) => b.storyId === story.id).length > 1 ? [paragraph.slice(0, 8), paragraph.slice(-8)] : [paragraph]
        for (const piece of pieces) expect(text, story.headline).toContain(squash(piece))
      }
    }
    for (const block of blocksOf(laid)) {
      if (block.jumpTo) expect(text).toContain(`（下转第${block.jumpTo}版）`)
      if (block.jumpFrom) expect(text).toContain(`（上接第${block.jumpFrom}版）`)
    }
    expect(text).toContain('融媒大学报')
    expect(text).toContain('第12期（总第345期）')
    expect(text).toContain('2026年11月30日星期一')
    expect(text).toContain('责任编辑：李然')
    expect(text).toContain('导读')
  })

  it('embeds its fonts (pdffonts): the four Noto SC faces, as CID subsets with Unicode maps', async () => {
    const fonts = await pdfFonts(laid.pdf!)
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular', 'NotoSerifSC-Black', 'NotoSerifSC-Regular'])
    for (const font of fonts) expect([font.name, font.type, font.embedded, font.subset, font.unicode]).toEqual([font.name, 'CID TrueType', true, true, true])
  })

  it('prints Typst syntax in a story literally', async () => {
    const text = await pdfText(laid.pdf!)
    expect(text).toContain(squash(TYPST_TRAP))
    // …and it changed nothing: the page is not red, no extra page appeared.
    expect(laid.pageCount).toBe(4)
  })

  it('renders a PNG preview of each page with the page’s proportions', async () => {
    const pngs = await pagePreviews(laid.svg!, laid.plan.geometry, laid.pageCount, 0.5)
    expect(pngs).toHaveLength(4)
    for (const png of pngs) {
      const { width = 0, height = 0 } = await sharp(png).metadata()
      expect(height / width).toBeCloseTo(laid.plan.geometry.pageHeight / laid.plan.geometry.pageWidth, 1)
      // Not blank: a printed page has a good share of dark pixels.
      const { channels } = await sharp(png).stats()
      expect(channels[0].mean).toBeLessThan(250)
    }
  })
})

describe('IDML package per page', () => {
  it('is a ZIP with an uncompressed mimetype first and every part well-formed XML referencing each other', () => {
    for (let index = 0; index < laid.plan.pages.length; index++) {
      const parts = readZip(pageIdml(laid.plan, laid.data, index))
      expect([parts[0].name, parts[0].method, parts[0].offset, parts[0].data.toString()]).toEqual(['mimetype', 0, 0, IDML_MIMETYPE])
      const byName = new Map(parts.map((p) => [p.name, p.data.toString('utf8')]))
      for (const name of ['META-INF/container.xml', 'designmap.xml', 'Resources/Graphic.xml', 'Resources/Fonts.xml', 'Resources/Styles.xml', 'Resources/Preferences.xml', 'MasterSpreads/MasterSpread_ma.xml', 'Spreads/Spread_sp1.xml', 'XML/BackingStory.xml']) {
        expect(byName.has(name), name).toBe(true)
      }
      for (const [name, xml] of byName) {
        if (name === 'mimetype') continue
        expect(XMLValidator.validate(xml, { allowBooleanAttributes: false }), name).toBe(true)
      }
      // designmap lists exactly the stories in the package; each text frame's ParentStory is one of them.
      const designmap = byName.get('designmap.xml')!
      const listed = /StoryList="([^"]*)"/.exec(designmap)![1].split(' ')
      const storyFiles = [...byName.keys()].filter((n) => n.startsWith('Stories/'))
      expect(storyFiles.sort()).toEqual(listed.map((id) => `Stories/Story_${id}.xml`).sort())
      for (const src of [...designmap.matchAll(/src="([^"]+)"/g)].map((m) => m[1])) expect(byName.has(src), src).toBe(true)
      const spread = byName.get('Spreads/Spread_sp1.xml')!
      const parents = [...spread.matchAll(/ParentStory="([^"]+)"/g)].map((m) => m[1])
      expect(parents.sort()).toEqual([...listed].sort())
      // The body frames carry the module's column count.
      const page = laid.plan.pages[index]
      for (const block of page.blocks) expect(spread).toContain(`TextColumnCount="${block.textSpan}"`)
    }
  })

  it('carries the page text (a story with Typst and XML syntax survives as text)', () => {
    const index = laid.plan.pages.findIndex((page) => page.blocks.some((b) => b.storyId === 's7'))
    const parts = readZip(pageIdml(laid.plan, laid.data, index))
    const stories = parts.filter((p) => p.name.startsWith('Stories/')).map((p) => p.data.toString('utf8')).join('')
    const contents = [...stories.matchAll(/<Content>([^<]*)<\/Content>/g)].map((m) => m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'))
    expect(contents.join('')).toContain(TYPST_TRAP)
  })

  // Page 1 (报头, 压题照片, 导读, 简讯) and page 2 (a continuation with 上接).
  it.runIf(scribusInstalled())('opens in Scribus with every frame, its columns and its text', async () => {
    for (const index of [0, 1]) {
      const idml = pageIdml(laid.plan, laid.data, index)
      const report = await openInScribus(idml)
      expect(report.error).toBeUndefined()
      const spread = readZip(idml).find((p) => p.name === 'Spreads/Spread_sp1.xml')!.data.toString()
      const textFrames = (spread.match(/<TextFrame /g) ?? []).length
      const images = (spread.match(/<Rectangle /g) ?? []).length
      expect([report.pages, report.text, report.images]).toEqual([1, textFrames, images])
      const page = laid.plan.pages[index]
      for (const block of page.blocks) {
        expect(report.columns).toContain(block.textSpan)
        expect(squash(report.sample ?? '')).toContain(squash(block.head.headline.lines.join('')))
        if (block.jumpFrom) expect(report.sample).toContain(`（上接第${block.jumpFrom}版）`)
      }
    }
  }, 300_000)
})
