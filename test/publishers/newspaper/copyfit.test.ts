import { describe, expect, it } from 'vitest'

import { layoutIssue, measureStories } from '../../../publishers/newspaper/engine'
import { breakPoint, fitHeadline } from '../../../publishers/newspaper/layout/headline'
import { placeIssue } from '../../../publishers/newspaper/layout/place'
import { rangeText, takeLines } from '../../../publishers/newspaper/layout/text'
import { cutTo, printStory } from '../../../publishers/newspaper/load'
import { typstString } from '../../../publishers/newspaper/typst/escape'
import { withTypst } from '../../../publishers/newspaper/typst/compiler'
import { sampleIssue } from './sampleIssue'

/** Copy fitting and its pieces: headline fitting, text splitting, overset and underset reports, escaping. */
describe('headline fitting', () => {
  it('keeps the base size when the headline fits, shrinks a little, or breaks at a phrase mark', () => {
    expect(fitHeadline('新生开学典礼', 60, 36, 500)).toEqual({ size: 36, lines: ['新生开学典礼'] })
    // 16 hanzi at 10 pt = 160 pt; 500 pt wide → 31.2 pt still ≥ 80% of 36: one line, smaller.
    const shrunk = fitHeadline('学校隆重举行二〇二六级新生开学典礼', 160, 36, 500)
    expect(shrunk.lines).toHaveLength(1)
    expect(shrunk.size).toBeLessThan(36)
    expect((shrunk.size * 160) / 10).toBeLessThanOrEqual(500)
    // Far too long for one line: two lines, broken after the comma, not inside a word.
    const two = fitHeadline('学校召开新学期工作部署会，全面安排教学科研和学生工作', 250, 36, 300)
    expect(two.lines).toEqual(['学校召开新学期工作部署会，', '全面安排教学科研和学生工作'])
    expect(breakPoint('图书馆延长开放时间 服务师生学习')).toBe(10)
  })
})

describe('text splitting for jumps', () => {
  const body = { paragraphs: ['一'.repeat(36), '二'.repeat(54), '三'.repeat(18)], lines: [2, 3, 1] }
  it('takes whole paragraphs while they fit, then part of the next one at about its characters per line', () => {
    expect(takeLines(body, { para: 0, char: 0 }, 2)).toEqual({ to: { para: 1, char: 0 }, lines: 2 })
    const taken = takeLines(body, { para: 0, char: 0 }, 4)
    expect(taken.to).toEqual({ para: 1, char: 34 }) // 2 lines × 18 characters, less the two-character indent
    const rest = rangeText(body, { from: taken.to, to: { para: 3, char: 0 } })
    expect(rest).toEqual({ paragraphs: ['二'.repeat(20), '三'.repeat(18)], continues: true })
  })
  it('never starts the continuation with a closing mark (避头)', () => {
    const text = { paragraphs: ['一'.repeat(33) + '，' + '二'.repeat(20)], lines: [3] }
    const { to } = takeLines(text, { para: 0, char: 0 }, 2)
    expect([...text.paragraphs[0]][to.char]).not.toBe('，')
  })
  it('删至 N 字 keeps whole paragraphs and ends the cut one at a sentence end', () => {
    expect(cutTo(['甲乙丙。丁戊己。', '庚辛壬癸。'], 6)).toEqual(['甲乙丙。'])
    expect(cutTo(['甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥', '下一段'], 15)).toEqual(['甲乙丙丁戊己庚辛壬癸子丑寅卯……'])
    expect(cutTo(['短段落。'], null)).toEqual(['短段落。'])
  })
})

describe('print overrides (印刷改动)', () => {
  const copy = { kicker: '原眉题', headline: '原标题', deck: '原副题', byline: '文/沈佳怡', paragraphs: ['第一段。第一段。', '第二段。'], photo: 3 }
  it('applies the issue’s kicker, headline, deck, cut, priority, page and brief flag to the delivered copy', () => {
    const photo = { key: 'm9', width: 800, height: 600 }
    expect(printStory({ item: { id: 42 }, copy, kicker: '新眉题', headline: ' 印刷标题 ', deck: '', cutTo: 5, priority: 8, page: 2, asBrief: true }, photo)).toEqual({
      id: '42',
      kicker: '新眉题',
      headline: '印刷标题',
      deck: '原副题',
      byline: '文/沈佳怡',
      paragraphs: ['第一段。'],
      photo,
      priority: 8,
      page: 2,
      brief: true,
    })
  })
  it('keeps the delivered copy where nothing is overridden, and skips an entry without copy', () => {
    expect(printStory({ item: 7, copy }, null)).toMatchObject({ id: '7', kicker: '原眉题', headline: '原标题', paragraphs: copy.paragraphs, priority: 5, page: null, brief: false, photo: null })
    expect(printStory({ item: 8, copy: null }, null)).toBeNull()
  })
})

describe('copy fit on a full issue', () => {
  it('tells the editor in Chinese how many characters to cut when the last page is full', () => {
    // Two pages for the sixteen stories: far too much copy.
    const issue = sampleIssue({ pages: sampleIssue().pages.slice(0, 2) })
    const laid = layoutIssue(issue, {})
    const problems = laid.plan.warnings.filter((w) => w.level === 'error')
    expect(problems.length).toBeGreaterThan(0)
    for (const warning of problems) {
      expect(warning.chars).toBeGreaterThan(0)
      expect(warning.message).toMatch(/删减约? ?\d+ ?字|未能排入本期/)
    }
    // Every story is accounted for: printed, or named in a warning.
    const placed = new Set(laid.plan.pages.flatMap((p) => [...p.blocks, ...(p.side?.briefs ?? [])].map((b) => b.storyId)))
    const warned = new Set(problems.map((w) => w.storyId))
    for (const story of issue.stories) expect(placed.has(story.id) || warned.has(story.id), story.id).toBe(true)
    // A module that overflows without a jump is one the editor was told about.
    const blocks = new Map(laid.plan.pages.flatMap((p) => [...p.blocks, ...(p.side?.briefs ?? [])]).map((b) => [b.id, b]))
    for (const entry of laid.verify.filter((v) => v.need > v.capacity)) {
      const block = blocks.get(entry.id)!
      expect(Boolean(block.jumpTo) || warned.has(block.storyId), entry.id).toBe(true)
    }
  })

  it('reports underset pages with the room left, and an editor-chosen page is kept', () => {
    const full = sampleIssue()
    const issue = { ...full, stories: full.stories.slice(0, 5).map((s) => (s.id === 's5' ? { ...s, page: 4 } : s)) }
    const plan = placeIssue(issue, measureStories(issue))
    const s5 = plan.pages.find((p) => p.blocks.some((b) => b.storyId === 's5' && b.part === 0))
    expect(s5?.number).toBe(4)
    const underset = plan.warnings.filter((w) => w.code === 'underset')
    expect(underset.length).toBeGreaterThan(0)
    expect(underset[0].message).toMatch(/^第\d版（.+）底部空 \d+ 行，可补约 \d+ 字稿件/)
  })
})

describe('Typst escaping', () => {
  const nasty = ['"', '\\', '\\"', '#set page(fill: red)', '*粗*_斜_', '$x^2$', '[链接](x)', '<label>', '@ref', '// 注释', '/* 块 */', '}{)(', 'line\nbreak\ttab\r', '\u0001控制\u007f', '\u2028分隔']
  it('turns any string into a literal that Typst reads back unchanged', () => {
    const source = `${nasty.map((s, i) => `#metadata(${typstString(s)}) <s${i}>`).join('\n')}\n`
    const values = withTypst(source, {}, (doc) => nasty.map((_, i) => doc.query<{ value: string }>(`<s${i}>`)[0]?.value))
    expect(values).toEqual(nasty)
  })
})

describe('page sizes and column grids', () => {
  it.each([
    ['broadsheet', null, 6],
    ['broadsheet', 5, 5],
    ['tabloid', 5, 5],
  ] as const)('%s with %s columns: every module inside the grid, none overset after verification', (pageSize, columns, expected) => {
    const laid = layoutIssue(sampleIssue({ pageSize, columns }), {})
    expect(laid.plan.geometry.columns).toBe(expected)
    expect(laid.pageCount).toBe(4)
    for (const page of laid.plan.pages) {
      for (const block of [...page.blocks, ...(page.side?.briefs ?? [])]) {
        expect(block.x + block.span).toBeLessThanOrEqual(expected)
        expect(block.y + block.height).toBeLessThanOrEqual(laid.plan.geometry.lines - page.bandLines)
      }
    }
    expect(laid.verify.filter((v) => v.need > v.capacity)).toEqual([])
    expect(laid.plan.warnings.filter((w) => w.code === 'overset' || w.code === 'unplaced')).toEqual([])
  })
})
