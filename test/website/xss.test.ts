import { describe, expect, it } from 'vitest'

import { escapeHtml, lexicalToHtml, renderArticlePage, sanitizeUrl } from '../../publishers/website/render'
import { editorState, hostileArticle, linkNode, para, textNode } from './documents'
import { expectInert } from './inert'
import { HTML_VECTORS, SAFE_URLS, URL_VECTORS } from './xssVectors'

const ALL = [...HTML_VECTORS, ...URL_VECTORS]

describe('XSS vectors through the website renderer', () => {
  it('has at least 100 vectors', () => {
    expect(new Set(ALL).size).toBeGreaterThanOrEqual(100)
  })

  it.each(ALL.map((v, i) => [i, v] as const))('vector %i in every text and URL position renders inert', (_, vector) => {
    // The vector as text (with a safe URL), and as the URL of every link and image (with safe text).
    for (const [payload, url] of [
      [vector, 'https://example.edu.cn/'],
      ['标题', vector],
      [vector, vector],
    ]) {
      const page = renderArticlePage(hostileArticle(payload, url))
      expectInert(page.bodyHtml, `body for ${JSON.stringify(vector)}`)
      // Plain fields stay plain text (React escapes them); the cover's src is sanitised like any URL.
      expect(page.title).toBe(payload.trim())
      if (page.cover) expect(page.cover.src === url.trim() || page.cover.src === '#').toBe(true)
      expectInert(`<img src="${escapeHtml(page.cover?.src)}">`, 'cover')
    }
  })

  it('turns every URL with a scheme other than http(s)/mailto/tel into #', () => {
    // The quote-breaking vectors are relative URLs: harmless once escaped, so they are kept (and escaped).
    for (const url of URL_VECTORS.filter((u) => !/^(https:|\/|#|"|')/.test(u))) expect(sanitizeUrl(url), JSON.stringify(url)).toBe('#')
  })

  it('keeps safe URLs unchanged (escaped only in the attribute)', () => {
    for (const url of SAFE_URLS) expect(sanitizeUrl(url)).toBe(url)
    const html = lexicalToHtml(editorState(para(linkNode('https://a.example/?x=1&y="2"', '链接'))))
    expect(html).toBe('<p><a href="https://a.example/?x=1&amp;y=&quot;2&quot;">链接</a></p>')
  })

  it('a URL with quotes stays inside its attribute', () => {
    const html = lexicalToHtml(editorState(para(linkNode(`https://example.edu.cn/" onmouseover="x`, 'a'))))
    expect(html).toBe('<p><a href="https://example.edu.cn/&quot; onmouseover=&quot;x">a</a></p>')
  })

  it('a text node never becomes markup, whatever its format bits', () => {
    expect(lexicalToHtml(editorState(para(textNode('<b>x</b>', 1))))).toBe('<p><strong>&lt;b&gt;x&lt;/b&gt;</strong></p>')
  })
})
