import { describe, expect, it } from 'vitest'

import { renderWechat, renderWechatBundle, validateWechat, validateWechatBundle } from '../../../publishers/wechat/render'
import { account, editorState, image, para, snapshot, textNode } from './documents'

const item = (id: number, extra: Record<string, unknown> = {}) =>
  snapshot({ id, title: `第${id}篇稿件`, body: editorState(para(textNode(`正文${id}`)), image(100 + id), image(500)), ...extra })

describe('renderWechatBundle: one post of up to 8 articles (头条 + 次条)', () => {
  it('keeps the order (the first is the 头条), each article its own fields and theme', () => {
    const out = renderWechatBundle([item(1), item(2, { wechat: { theme: 'red', comments: 'open' } }), item(3)], account())
    expect(out.articles.map((a) => a.title)).toEqual(['第1篇稿件', '第2篇稿件', '第3篇稿件'])
    expect(out.articles.map((a) => a.contentSourceUrl)).toEqual([1, 2, 3].map((id) => `https://news.example.edu.cn/articles/${id}`))
    expect(out.articles[1].needOpenComment).toBe(1)
    expect(out.articles[1].content).toContain('#b71c1c')
    expect(out.articles[0].content).not.toContain('#b71c1c')
  })

  it('uploads a shared image once across the articles', () => {
    const out = renderWechatBundle([item(1), item(2)], account())
    expect(out.images.map((i) => i.mediaId)).toEqual([101, 500, 102])
    expect(out.articles[1].content).toContain('src="rongmei-media:500"')
  })

  it('says which article a note is about', () => {
    const out = renderWechatBundle([item(1), item(2, { cover: null })], account())
    expect(out.warnings).toEqual(['第 2 篇（次条）：未设置封面，已使用正文第一张图片作为微信封面'])
  })

  it('a single item is the same artifact as renderWechat', () => {
    expect(renderWechatBundle([item(1)], account())).toEqual(renderWechat(item(1), account()))
  })

  it('validates the size: 1 to 8 articles', () => {
    const eight = Array.from({ length: 8 }, (_, i) => item(i + 1))
    expect(validateWechatBundle(eight, account())).toEqual([])
    expect(validateWechatBundle([...eight, item(9)], account())).toEqual(['一次群发最多 8 篇（头条 + 7 篇次条），当前 9 篇'])
    expect(validateWechatBundle([], account())).toEqual(['微信图文至少需要 1 篇稿件'])
  })

  it('names the article and its position in each problem', () => {
    const problems = validateWechatBundle([item(1), item(2, { title: '长'.repeat(40) })], account())
    expect(problems).toEqual([`第 2 篇（次条）《${'长'.repeat(40)}》：微信标题 40 字，超过上限 32 字（安徽某大学）`])
    expect(validateWechat(item(1, { title: '长'.repeat(40) }), account())).toEqual(['微信标题 40 字，超过上限 32 字（安徽某大学）'])
  })
})
