import { describe, expect, it } from 'vitest'

import { lexicalToHtml, renderArticlePage, type LexicalNode, type NodeConverter } from '../../publishers/website/render'
import { DEMO_ARTICLES } from '../../seed/articles'
import { heading, list, paragraph, quote } from '../../seed/lexical'
import { editorState, linkNode, mediaDoc, para, textNode } from './documents'
import { expectInert } from './inert'

const n = (type: string, extra: Record<string, unknown> = {}, children?: LexicalNode[]): LexicalNode => ({ type, version: 1, ...extra, ...(children ? { children } : {}) })

describe('lexicalToHtml converters', () => {
  it('renders paragraphs, headings, quotes and lists', () => {
    const html = lexicalToHtml(editorState(heading('小标题', 3) as never, paragraph(['甲', { bold: '乙' }]) as never, quote('引文') as never, list(['一', '二'], true) as never))
    expect(html).toBe('<h3>小标题</h3><p>甲<strong>乙</strong></p><blockquote>引文</blockquote><ol><li>一</li><li>二</li></ol>')
  })

  it('renders every text format, line breaks and tabs', () => {
    const formats = [1, 2, 4, 8, 16, 32, 64].map((bit) => textNode('x', bit))
    expect(lexicalToHtml(editorState(para(...formats, n('linebreak'), textNode('a', 3), n('tab'))))).toBe(
      '<p><strong>x</strong><em>x</em><s>x</s><u>x</u><code>x</code><sub>x</sub><sup>x</sup><br><strong><em>a</em></strong>\t</p>',
    )
  })

  it('renders bullet, numbered (with start), check and nested lists', () => {
    const html = lexicalToHtml(
      editorState(
        n('list', { listType: 'check' }, [n('listitem', { checked: true }, [textNode('已办')]), n('listitem', {}, [textNode('待办')])]),
        n('list', { listType: 'number', start: 4 }, [n('listitem', {}, [n('list', { listType: 'bullet' }, [n('listitem', {}, [textNode('内')])])])]),
      ),
    )
    expect(html).toBe(
      '<ul class="checklist"><li class="checked" role="checkbox" aria-checked="true">已办</li><li class="unchecked" role="checkbox" aria-checked="false">待办</li></ul>' +
        '<ol start="4"><li class="nested"><ul><li>内</li></ul></li></ol>',
    )
  })

  it('renders links (new tab), internal links, autolinks, horizontal rules and alignment', () => {
    const html = lexicalToHtml(
      editorState(
        n('paragraph', { format: 'center' }, [
          linkNode('https://example.edu.cn', '外链', true),
          n('link', { fields: { linkType: 'internal', doc: { relationTo: 'videos', value: { id: 9 } } } }, [textNode('视频')]),
          n('autolink', { fields: { url: 'mailto:a@example.edu.cn' } }, [textNode('a@example.edu.cn')]),
        ]),
        n('horizontalrule'),
      ),
    )
    expect(html).toBe(
      '<p class="align-center"><a href="https://example.edu.cn" target="_blank" rel="noopener noreferrer">外链</a><a href="/videos/9">视频</a><a href="mailto:a@example.edu.cn">a@example.edu.cn</a></p><hr>',
    )
  })

  it('renders an image upload with the card rendition, alt, caption and credit; skips unpopulated uploads', () => {
    const media = { ...mediaDoc('', '/media/a.jpg'), alt: '图书馆', caption: '清晨的广场', credit: '王浩然 摄', renditions: { card: { url: '/media/a-card.jpg', width: 1200, height: 675 } } }
    expect(lexicalToHtml(editorState(n('upload', { relationTo: 'media', value: media }), n('upload', { relationTo: 'media', value: 4 })))).toBe(
      '<figure class="image"><img src="/media/a-card.jpg" alt="图书馆" width="1200" height="675" loading="lazy" decoding="async"><figcaption>清晨的广场<span class="credit">王浩然 摄</span></figcaption></figure>',
    )
  })

  it('renders relationships as cards and tables with header cells', () => {
    const html = lexicalToHtml(
      editorState(
        n('relationship', { relationTo: 'articles', value: { id: 5, title: '相关报道' } }),
        n('relationship', { relationTo: 'users', value: { id: 1, name: '不公开' } }),
        n('table', {}, [n('tablerow', {}, [n('tablecell', { headerState: 1 }, [para(textNode('项目'))]), n('tablecell', { headerState: 0, colSpan: 2 }, [para(textNode('值'))])])]),
      ),
    )
    expect(html).toBe(
      '<aside class="related-card"><a href="/articles/5">相关报道</a></aside><div class="table-wrap"><table><tbody><tr><th><p>项目</p></th><td colspan="2"><p>值</p></td></tr></tbody></table></div>',
    )
  })

  it('lets a caller override one converter and keeps the rest', () => {
    const paragraphAsDiv: NodeConverter = ({ children }) => `<div>${children()}</div>`
    expect(lexicalToHtml(editorState(para(textNode('<x>', 1))), { converters: { paragraph: paragraphAsDiv } })).toBe('<div><strong>&lt;x&gt;</strong></div>')
  })

  it('survives odd input: no root, unknown nodes (children kept), deep nesting', () => {
    expect(lexicalToHtml(null)).toBe('')
    expect(lexicalToHtml({ root: 'x' })).toBe('')
    expect(lexicalToHtml(editorState(n('mystery', {}, [textNode('留下')]), n('__proto__', {}, [textNode('也留下')])))).toBe('留下也留下')
    let deep: LexicalNode = textNode('深')
    for (let i = 0; i < 10_000; i++) deep = n('quote', {}, [deep])
    expect(() => lexicalToHtml(editorState(deep as never))).not.toThrow()
  })
})

describe('renderArticlePage', () => {
  it('builds the page of a demo article: credits line, review line, description, body', () => {
    const demo = DEMO_ARTICLES[0]
    const body = editorState(...(demo.body.map((b) => (typeof b === 'string' ? paragraph(b) : Array.isArray(b) ? paragraph(b) : 'heading' in b ? heading(b.heading, b.level) : 'quote' in b ? quote(b.quote) : list(b.list, b.ordered))) as never[]))
    const page = renderArticlePage(
      {
        id: 12,
        title: demo.title,
        kicker: demo.kicker,
        summary: demo.summary,
        body,
        credits: [...demo.credits.map((c) => ({ role: c.role, name: c.name, user: c.user ? 3 : undefined }))],
        review: { approvals: [{ stage: '3', reviewerName: '刘建华' }, { stage: '1', reviewerName: '王嘉怡' }, { stage: '2', reviewerName: '赵国栋' }] },
        column: { name: '早鸟行动', slug: 'zaoniao-xingdong' },
        tags: demo.tags,
      },
      { userName: (id) => (id === 3 ? '陈晓' : null) },
    )
    expect(page.creditsLine).toBe('文／李沐阳 张可欣　图／王浩然　编辑／陈晓')
    expect(page.reviewCreditsLine).toBe('初审：王嘉怡  复审：赵国栋  终审：刘建华')
    expect(page.kicker).toBe('早起 早读 早锻炼')
    expect(page.description).toBe(demo.summary)
    expect(page.column).toEqual({ name: '早鸟行动', slug: 'zaoniao-xingdong' })
    expect(page.bodyHtml.startsWith('<p>')).toBe(true)
    expectInert(page.bodyHtml, 'demo article')
  })

  it('falls back to the body text for the description and to the original image for the cover', () => {
    const page = renderArticlePage({ id: 1, title: 't', body: editorState(para(textNode('甲'.repeat(200)))), cover: { url: '/media/c.png', alt: '封面', width: 64, height: 48 } })
    expect(page.description).toBe(`${'甲'.repeat(120)}…`)
    expect(page.cover).toEqual({ src: '/media/c.png', alt: '封面', caption: '', credit: '', width: 64, height: 48 })
  })

  it('renders all demo articles fast', () => {
    const docs = DEMO_ARTICLES.map((demo, i) => ({ id: i, title: demo.title, body: editorState(...demo.body.filter((b) => typeof b === 'string').map((b) => paragraph(b)) as never[]) }))
    const started = performance.now()
    for (let round = 0; round < 100; round++) for (const doc of docs) renderArticlePage(doc)
    const perPage = (performance.now() - started) / (100 * docs.length)
    expect(perPage).toBeLessThan(2)
  })
})
