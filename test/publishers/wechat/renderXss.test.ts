import { describe, expect, it } from 'vitest'

import { renderWechat, validateWechat } from '../../../publishers/wechat/render'
import { inlineAndSanitise } from '../../../publishers/wechat/render/inline'
import { themeCss } from '../../../publishers/wechat/render/themes'
import { previewPage } from '../../../publishers/wechat/preview/page'
import { hostileArticle } from '../../website/documents'
import { HTML_VECTORS, URL_VECTORS } from '../../website/xssVectors'
import { account } from './documents'
import { elements, wechatHtmlProblems } from './html'

const ALL = [...HTML_VECTORS, ...URL_VECTORS]

/** The website's hostile article (a payload in every writer-controlled place) plus WeChat's own places. */
const hostileSnapshot = (payload: string, url: string) => ({
  ...hostileArticle(payload, url),
  collection: 'articles',
  versionHash: 'x',
  column: { name: payload, slug: 'x', wechat: { header: payload, footer: payload } },
  wechat: { title: payload.slice(0, 32), digest: payload.slice(0, 120), author: '', sourceUrl: url, theme: payload },
})

describe('XSS vectors through the WeChat renderer', () => {
  it('has at least 100 distinct vectors (shared with the website tests)', () => {
    expect(new Set(ALL).size).toBeGreaterThanOrEqual(100)
  })

  it.each(ALL.map((v, i) => [i, v] as const))('vector %i leaves no unsafe tag, attribute, URL or style', (_, vector) => {
    for (const [payload, url] of [
      [vector, 'https://example.edu.cn/'],
      ['标题', vector],
      [vector, vector],
    ]) {
      for (const settings of [{}, { externalLinks: true }]) {
        const snap = hostileSnapshot(payload, url)
        const out = renderWechat(snap, account(settings))
        const html = out.articles[0].content
        expect(wechatHtmlProblems(html, { externalLinks: 'externalLinks' in settings }), `${JSON.stringify(vector)} → ${html}`).toEqual([])
        // Images only as placeholders for media documents the item really uses.
        for (const image of out.images) expect(image.placeholder).toBe(`rongmei-media:${image.mediaId}`)
        // 阅读原文 is either the vector refused by validate, or an http(s) URL.
        const source = out.articles[0].contentSourceUrl
        if (source && !/^https?:\/\/\S+$/i.test(source)) expect(validateWechat(snap, account(settings)).join('\n')).toContain('content_source_url')
      }
    }
  })

  it.each(ALL.map((v, i) => [i, v] as const))('vector %i as raw markup: the sanitiser alone leaves it inert', (_, vector) => {
    // Defence in depth: the converters escape everything, but the sanitiser must hold even on hostile HTML.
    for (const html of [vector, `<p>${vector}</p>`, `<a href="${vector}">x</a><img src="${vector}">`, `<p style="${vector}">x</p>`]) {
      const out = inlineAndSanitise(`<section class="rm">${html}</section>`, themeCss('default'), { allowExternalLinks: false })
      expect(wechatHtmlProblems(out), `${JSON.stringify(html)} → ${out}`).toEqual([])
      expect(out).not.toMatch(/<(script|iframe|svg|math|object|embed|form|style)\b/i)
    }
  })

  it('the preview page (shown in the admin) carries no script and no handler for any vector', () => {
    for (const vector of ALL) {
      const snap = hostileSnapshot(vector, vector)
      const html = previewPage({ artifact: renderWechat(snap, account()), accountName: vector, imageUrls: new Map([['7', vector]]), dateText: vector })
      const bad = elements(html).filter(({ tag, attrs }) => ['script', 'iframe', 'object', 'embed', 'svg', 'math', 'form'].includes(tag) || Object.keys(attrs).some((a) => a.startsWith('on')))
      expect(bad, JSON.stringify(vector)).toEqual([])
    }
  })

  it('hostile styles are dropped declaration by declaration', () => {
    const out = inlineAndSanitise(
      '<p style="color:red;background-color:url(javascript:alert(1));width:expression(alert(1));position:fixed;font-size:14px;behavior:url(x.htc);display:flex">x</p>',
      '',
      { allowExternalLinks: false },
    )
    expect(out).toBe('<p style="color:red;font-size:14px">x</p>')
  })
})
