import { describe, expect, it } from 'vitest'

import { richText } from '../../seed/lexical'
import { lexicalToText, locateOffset } from '../../workflow/text/lexicalText'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const el = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra })

describe('lexicalToText', () => {
  it('joins the seed vocabulary: blocks on lines, inline runs (bold, links) without separators', () => {
    const doc = lexicalToText(
      richText(['第一段文字', ['前', { bold: '粗体' }, { link: '链接', url: 'https://example.edu.cn/' }], { heading: '标题' }, { list: ['甲', '乙'] }, { quote: '引用' }]),
    )
    expect(doc.text).toBe('第一段文字\n前粗体链接\n标题\n甲\n乙\n引用')
    expect(doc.blocks).toEqual([
      { index: 0, type: 'paragraph', start: 0, end: 5 },
      { index: 1, type: 'paragraph', start: 6, end: 11 },
      { index: 2, type: 'heading', start: 12, end: 14 },
      { index: 3, type: 'list', start: 15, end: 18 },
      { index: 4, type: 'quote', start: 19, end: 21 },
    ])
    expect(doc.segments.map(({ start, end, path }) => [doc.text.slice(start, end), path])).toEqual([
      ['第一段文字', [0, 0]],
      ['前', [1, 0]],
      ['粗体', [1, 1]],
      ['链接', [1, 2, 0]],
      ['标题', [2, 0]],
      ['甲', [3, 0, 0]],
      ['乙', [3, 1, 0]],
      ['引用', [4, 0]],
    ])
    expect(locateOffset(doc, 9)).toEqual({ block: 1, blockType: 'paragraph', offset: 3, path: [1, 2, 0], nodeOffset: 0 })
    expect(locateOffset(doc, 17)).toEqual({ block: 3, blockType: 'list', offset: 2, path: [3, 1, 0], nodeOffset: 0 })
  })

  it('handles line breaks, tabs, autolinks, empty paragraphs, rules, relationships, uploads and tables', () => {
    const media = { id: 7, alt: '操场', credit: '王浩然 摄', mimeType: 'image/jpeg' }
    const state = {
      root: el('root', [
        el('paragraph', [text('上行'), { type: 'linebreak', version: 1 }, text('下行'), { type: 'tab', text: '\t', version: 1 }, text('尾')]),
        el('paragraph', []),
        { type: 'horizontalrule', version: 1 },
        { type: 'upload', relationTo: 'media', value: media, fields: {}, format: '', version: 3, id: 'u1' },
        el('paragraph', [text('见'), el('autolink', [text('https://www.yiban.cn/')], { fields: { url: 'https://www.yiban.cn/' } })]),
        { type: 'relationship', relationTo: 'articles', value: 3, format: '', version: 2 },
        el('table', [el('tablerow', [el('tablecell', [el('paragraph', [text('姓名')])]), el('tablecell', [el('paragraph', [text('学院')])])]), el('tablerow', [el('tablecell', [el('paragraph', [text('刘一诺')])]), el('tablecell', [el('paragraph', [text('文传')])])])]),
        { type: 'upload', relationTo: 'media', value: 8, version: 3 },
      ]),
    }
    const doc = lexicalToText(state)
    expect(doc.text).toBe('上行\n下行\t尾\n见https://www.yiban.cn/\n姓名\n学院\n刘一诺\n文传')
    expect(doc.blocks.map(({ index, type, start, end }) => [index, type, start, end])).toEqual([
      [0, 'paragraph', 0, 7],
      [1, 'paragraph', 7, 7],
      [2, 'horizontalrule', 7, 7],
      [3, 'upload', 7, 7],
      [4, 'paragraph', 8, 30],
      [5, 'relationship', 30, 30],
      [6, 'table', 31, 43],
      [7, 'upload', 43, 43],
    ])
    expect(doc.uploads).toEqual([
      { path: [3], block: 3, relationTo: 'media', value: media, fields: {}, offset: 7 },
      { path: [7], block: 7, relationTo: 'media', value: 8, fields: undefined, offset: 43 },
    ])
    // "见" starts block 4; a position inside the autolink maps to its text node.
    expect(locateOffset(doc, 10)).toEqual({ block: 4, blockType: 'paragraph', offset: 2, path: [4, 1, 0], nodeOffset: 1 })
    expect(locateOffset(doc, doc.text.indexOf('文传'))).toMatchObject({ block: 6, blockType: 'table', path: [6, 1, 1, 0, 0] })
  })

  it('returns an empty text for null, malformed or empty states', () => {
    for (const state of [null, undefined, {}, { root: {} }, { root: { children: [] } }, 'text'])
      expect(lexicalToText(state)).toEqual({ text: '', blocks: [], segments: [], uploads: [] })
  })
})
