import { describe, expect, it } from 'vitest'

import { checkMedia } from '../../workflow/checks/mediaChecks'
import { lexicalToText } from '../../workflow/text/lexicalText'

const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', text, version: 1 }] })
const upload = (value: unknown, fields?: Record<string, unknown>) => ({ type: 'upload', relationTo: 'media', value, fields, version: 3 })
const body = (...children: unknown[]) => lexicalToText({ root: { type: 'root', children } })

const good = { id: 1, alt: '操场全景', credit: '王浩然 摄', mimeType: 'image/jpeg', filename: 'a.jpg' }
const credits = [{ role: 'text', name: '李沐阳' }]

describe('checkMedia', () => {
  it('accepts images with alt text and credits, and an item with credits', () => {
    expect(checkMedia({ cover: good, credits }, body(paragraph('正文'), upload(good)))).toEqual([])
  })

  it('warns about a cover without alt text or credit', () => {
    expect(checkMedia({ cover: { ...good, alt: ' ', credit: null }, credits }, body())).toEqual([
      { id: 'missing-alt:cover', kind: 'missing-alt', level: 'warn', field: 'cover', message: '封面图片（a.jpg）缺少替代文字（alt），请在媒体库补充' },
      { id: 'missing-credit:cover', kind: 'missing-credit', level: 'warn', field: 'cover', message: '封面图片（a.jpg）缺少来源/摄影署名' },
    ])
  })

  it('warns about body images without alt or credit, with their place in the body', () => {
    const doc = body(paragraph('第一段'), upload({ ...good, alt: '' }), paragraph('第三段'), upload(2))
    const found = checkMedia({ credits }, doc, [{ id: 2, alt: '图二', credit: '', mimeType: 'image/png', filename: 'b.png' }])
    expect(found).toEqual([
      {
        id: 'missing-alt:body:1',
        kind: 'missing-alt',
        level: 'warn',
        field: 'body',
        start: 3,
        end: 3,
        location: { block: 1, blockType: 'upload', offset: 0, path: [1], nodeOffset: 0 },
        message: '正文第 2 段的第 1 张图片（a.jpg）缺少替代文字（alt）',
      },
      {
        id: 'missing-credit:body:3',
        kind: 'missing-credit',
        level: 'warn',
        field: 'body',
        start: 7,
        end: 7,
        location: { block: 3, blockType: 'upload', offset: 0, path: [3], nodeOffset: 0 },
        message: '正文第 4 段的第 1 张图片（b.png）缺少来源/摄影署名',
      },
    ])
  })

  it('takes alt and credit from the upload node fields when set there, skips non-images and unresolved ids', () => {
    const doc = body(upload({ ...good, alt: '', credit: '' }, { alt: '节点替代文字', credit: '节点署名' }), upload({ id: 5, mimeType: 'video/mp4' }), upload(99))
    expect(checkMedia({ credits, cover: 42 }, doc)).toEqual([])
  })

  it('warns when the item has no credit line', () => {
    for (const empty of [[], null, undefined, [{ role: 'text', name: '  ' }]])
      expect(checkMedia({ credits: empty }, body())).toEqual([
        { id: 'missing-credit:credits', kind: 'missing-credit', level: 'warn', field: 'credits', message: '署名为空：请填写文、图、编辑等署名' },
      ])
    expect(checkMedia({ credits: [{ role: 'editor', user: 3 }] }, body())).toEqual([])
  })
})
